package dev.assay.risk.detector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.risk.Enricher;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import dev.assay.risk.evidence.EvidenceSignals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConcealmentDetectorTest {
  private static final Enricher ENRICHER = new Enricher(ControlList.bundled());
  private final ConcealmentDetector detector = new ConcealmentDetector();
  private int next;

  private List<Finding> inspect(String hs, double netKg, double grossKg, int containers) {
    return inspect(grossKg, containers, line(1, hs, netKg));
  }

  private static GoodsLine line(int lineNo, String hs, double netKg) {
    return new GoodsLine(
        lineNo, new HsCode(hs), "ceramic tiles", netKg, "KG", netKg, netKg * 0.5, Optional.empty());
  }

  private List<Finding> inspect(double grossKg, int containers, GoodsLine... lines) {
    CountryCode to = new CountryCode("VN");
    Declaration d =
        new Declaration(
            "D-" + next++,
            LocalDate.of(2025, 3, 1),
            "5300",
            new Exporter(
                UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"), "Hunan Tiles"),
            new Party("Buyer", to, "Hanoi"),
            null,
            to,
            List.of(),
            new Transport(TransportMode.SEA, containers, grossKg),
            EndUse.UNSPECIFIED,
            List.of(lines),
            Optional.empty());
    List<Finding> findings = new ArrayList<>();
    detector.inspect(ENRICHER.enrich(d, d.declaredAt()), findings::add);
    return findings;
  }

  /** Ordinary tile shipments whose packing adds 6 to 8 percent. */
  private void learnTiles() {
    for (int i = 0; i < 100; i++) {
      double net = 20_000 + 37 * i;
      assertThat(inspect("6907210000", net, net * (1.06 + (i % 5) * 0.005), 1)).isEmpty();
    }
  }

  @Test
  void an_unexplained_mass_beyond_anything_the_heading_carries_is_marked_beyond_its_range() {
    learnTiles();

    // 1.20 times the net: within honest heavy packing, but tiles have never packed above 1.08.
    Finding f = inspect("6907210000", 20_000, 24_000, 1).getFirst();

    assertThat(f.evidence())
        .containsEntry("within_heavy_packing", true)
        .containsEntry("beyond_heading_range", true);
    assertThat(EvidenceSignals.of(f)).isEqualTo("within_heavy_packing+beyond_range");
  }

  @Test
  void near_miss_a_heading_whose_honest_lots_sometimes_pack_that_heavy_is_not_beyond_its_range() {
    // Tiles where one lot in twenty travels on heavy crates at 1.25 times the net.
    for (int i = 0; i < 200; i++) {
      double net = 20_000 + 37 * i;
      double ratio = i % 20 == 0 ? 1.25 : 1.06 + (i % 5) * 0.005;
      inspect("6907210000", net, net * ratio, 1);
    }

    List<Finding> findings = inspect("6907210000", 20_000, 24_000, 1);

    assertThat(findings)
        .allSatisfy(f -> assertThat(f.evidence()).doesNotContainKey("beyond_heading_range"));
  }

  @Test
  void a_consignment_far_heavier_than_its_goods_and_their_packing_is_concealment() {
    learnTiles();

    List<Finding> findings = inspect("6907210000", 20_000, 36_000, 2);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.CONCEALMENT);
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.evidence()).containsEntry("learned_from_history", true);
              assertThat(f.evidence()).containsEntry("within_heavy_packing", false);
              assertThat((Long) f.evidence().get("unexplained_kg")).isBetween(14_000L, 15_000L);
            });
  }

  @Test
  void near_miss_unexplained_mass_within_honest_heavy_packing_is_only_a_question() {
    learnTiles();

    // 1.3 times the net: far above these tiles' usual packing, but honest crates weigh that much
    List<Finding> findings = inspect("6907210000", 20_000, 26_000, 1);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence()).containsEntry("within_heavy_packing", true);
              assertThat(f.message()).contains("honest heavy packing");
            });
  }

  @Test
  void unexplained_mass_over_lines_of_several_headings_says_their_packing_was_mixed() {
    learnTiles();
    for (int i = 0; i < 100; i++) {
      double net = 10_000 + 41 * i;
      inspect("7308900000", net, net * (1.03 + (i % 5) * 0.005), 1);
    }

    // tiles and steel structures, 1.3 times the net together: the expectation adds two headings'
    // packing, which one consolidated load need not follow
    List<Finding> mixed =
        inspect(26_000, 1, line(1, "6907210000", 10_000), line(2, "7308900000", 10_000));

    assertThat(mixed)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence())
                  .containsEntry("within_heavy_packing", true)
                  .containsEntry("mixed_headings", true);
              assertThat(EvidenceSignals.of(f)).isEqualTo("within_heavy_packing+mixed_headings");
            });
    // near miss: two lines of one heading are that heading's packing, as a single line is
    List<Finding> oneHeading =
        inspect(26_000, 1, line(1, "6907210000", 10_000), line(2, "6907100000", 10_000));
    assertThat(oneHeading)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence()).containsEntry("mixed_headings", false);
              // 1.3 times is also beyond anything these tiles have packed at
              assertThat(EvidenceSignals.of(f)).isEqualTo("within_heavy_packing+beyond_range");
            });
  }

  @Test
  void near_miss_packing_at_the_heavy_end_of_usual_is_not() {
    learnTiles();

    assertThat(inspect("6907210000", 20_000, 21_800, 1)).isEmpty();
  }

  @Test
  void without_history_only_half_again_the_net_weight_is_suspect() {
    assertThat(inspect("8431490000", 10_000, 13_000, 1)).isEmpty();
    assertThat(inspect("8431490000", 10_000, 15_500, 1))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsEntry("learned_from_history", false));
  }

  @Test
  void a_gross_weight_below_the_net_weight_does_not_add_up() {
    assertThat(inspect("6907210000", 20_000, 18_000, 1))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("below the goods' net weight"));
  }

  @Test
  void more_than_a_container_carries_is_reported() {
    assertThat(inspect("7208510000", 59_000, 60_000, 2))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsEntry("kg_per_container", 30_000L));
  }
}
