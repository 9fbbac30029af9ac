package dev.assay.reload;

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
import dev.assay.risk.FindingCode;
import dev.assay.risk.Screener;
import dev.assay.rules.RuleBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changed source is swapped in when it loads; a broken one leaves the old version in force. */
class ReloadableTest {
  @TempDir Path directory;

  private static final String RULE =
      """
      rules:
        - {id: %s, description: d, expression: "%s", finding: CONCEALMENT, severity: LOW, basis: b}
      """;

  private static RuleBook strict(Path file) {
    RuleBook book = RuleBook.load(file);
    if (!book.problems().isEmpty()) {
      throw new IllegalArgumentException(book.problems().getFirst().describe());
    }
    return book;
  }

  @Test
  void an_edited_file_is_reloaded_once_and_a_broken_edit_keeps_the_old_version()
      throws IOException {
    Path file = directory.resolve("rules.yaml");
    Files.writeString(file, RULE.formatted("one", "true"));
    var rules = new Reloadable<>(file, RuleBook.load(file), ReloadableTest::strict);

    assertThat(rules.reloadIfChanged()).isInstanceOf(Reload.Unchanged.class);

    Files.writeString(file, RULE.formatted("two", "true"));
    assertThat(rules.reloadIfChanged()).isInstanceOf(Reload.Reloaded.class);
    assertThat(rules.get().rules().getFirst().id()).isEqualTo("two");
    assertThat(rules.reloadIfChanged()).isInstanceOf(Reload.Unchanged.class);

    Files.writeString(file, RULE.formatted("three", "declaration.nope"));
    var rejected = rules.reloadIfChanged();
    assertThat(rejected)
        .isInstanceOfSatisfying(
            Reload.Rejected.class,
            r ->
                assertThat(r.reason())
                    .contains("rule three")
                    .contains("undefined field 'nope'")
                    .endsWith("the previous version stays in force"));
    assertThat(rules.get().rules().getFirst().id()).isEqualTo("two");
    assertThat(rules.reloadIfChanged()).isInstanceOf(Reload.Unchanged.class);
  }

  @Test
  void a_new_measure_file_reaches_a_running_screener_through_the_holder() throws IOException {
    var list = new Reloadable<>(directory, ControlList.load(directory), ControlList::load);
    Screener screener =
        new Screener(
            list,
            Screener.standardDetectors(list),
            dev.assay.risk.Scoring.bundled(),
            Optional.empty());
    Declaration platinum = platinum();

    assertThat(screener.screen(platinum).findings())
        .extracting(f -> f.code())
        .doesNotContain(FindingCode.UNLICENSED_CONTROLLED_EXPORT);

    Files.writeString(directory.resolve("broken.yaml"), "id: [unclosed");
    assertThat(list.reloadIfChanged()).isInstanceOf(Reload.Rejected.class);
    assertThat(screener.screen(platinum).findings())
        .as(
            "the same parcel again is a split-shipment series for PROFILE_ANOMALY, but still no list")
        .extracting(f -> f.code())
        .doesNotContain(FindingCode.UNLICENSED_CONTROLLED_EXPORT);

    Files.delete(directory.resolve("broken.yaml"));
    Files.writeString(
        directory.resolve("2027-001-platinum.yaml"),
        """
        id: TEST-2027-1
        citation: TEST 2027 No. 1
        title: Fictitious control on platinum items
        authorities: [MOFCOM, GAC]
        issued: 2027-02-01
        effective: 2027-03-01
        kind: LICENSE_REQUIRED
        sources: [TEST]
        confidence: confirmed
        items:
          - id: platinum-1
            mineral: platinum
            name: unwrought platinum
            hs: ["7110110000"]
            terms: [platinum]
            sources: [TEST]
            confidence: confirmed
        """);
    assertThat(list.reloadIfChanged()).isInstanceOf(Reload.Reloaded.class);

    assertThat(screener.screen(platinum).findings())
        .extracting(f -> f.code())
        .contains(FindingCode.UNLICENSED_CONTROLLED_EXPORT);
  }

  @Test
  void a_suspension_reaches_misdeclared_goods_which_indexes_the_new_list() throws IOException {
    var list = new Reloadable<>(directory, ControlList.load(directory), ControlList::load);
    var detector = dev.assay.risk.detector.MisdeclaredGoodsDetector.bundled(list);
    Screener screener =
        new Screener(list, List.of(detector), dev.assay.risk.Scoring.bundled(), Optional.empty());
    Declaration gallium = declaration("8112990000", "gallium ingots 4N", LocalDate.of(2027, 6, 15));

    assertThat(screener.screen(gallium).findings())
        .extracting(f -> f.code())
        .containsExactly(FindingCode.MISDECLARED_GOODS);

    Files.writeString(
        directory.resolve("2027-002-suspension.yaml"),
        """
        id: TEST-2027-2
        citation: TEST 2027 No. 2
        title: Fictitious suspension of the gallium and germanium measure for June 2027
        authorities: [MOFCOM, GAC]
        issued: 2027-05-20
        kind: SUSPENSION
        sources: [TEST]
        confidence: confirmed
        suspends:
          - measure: MOFCOM-GAC-2023-23
            from: 2027-06-01
            until: 2027-06-30
            sources: [TEST]
            confidence: confirmed
        """);
    assertThat(list.reloadIfChanged()).isInstanceOf(Reload.Reloaded.class);

    assertThat(screener.screen(gallium).findings()).isEmpty();
  }

  private static Declaration platinum() {
    return declaration("7110110000", "platinum sponge", LocalDate.of(2027, 3, 2));
  }

  private static Declaration declaration(String hs, String description, LocalDate date) {
    CountryCode de = new CountryCode("DE");
    return new Declaration(
        "D-1",
        date,
        "5300",
        new Exporter(UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"), "Hunan"),
        new Party("Buyer", de, "1 Road"),
        null,
        de,
        List.of(),
        new Transport(TransportMode.AIR, 0, 11),
        EndUse.UNSPECIFIED,
        List.of(
            new GoodsLine(1, new HsCode(hs), description, 10, "KG", 10, 300_000, Optional.empty())),
        Optional.empty());
  }
}
