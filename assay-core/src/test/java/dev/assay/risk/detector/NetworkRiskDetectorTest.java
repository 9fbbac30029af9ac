package dev.assay.risk.detector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Outcome;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.risk.Enricher;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.network.PartyKeys;
import dev.assay.screening.PartyScreening;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkRiskDetectorTest {
  private static final Enricher ENRICHER = new Enricher(ControlList.bundled());
  private static final CountryCode TH = new CountryCode("TH");
  private static final String SHARED = "88 Sukhumvit Road, Bangkok";

  private final NetworkRiskDetector detector =
      new NetworkRiskDetector(PartyKeys.standard(), Optional.empty());
  private int next;

  private Declaration declaration(Party consignee, Party endUser) {
    return new Declaration(
        "D-" + next++,
        LocalDate.of(2025, 3, 1),
        "5300",
        new Exporter(UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"), "Hunan Co"),
        consignee,
        endUser,
        consignee.country(),
        List.of(),
        new Transport(TransportMode.AIR, 0, 30),
        EndUse.UNSPECIFIED,
        List.of(
            new GoodsLine(
                1, new HsCode("6907210000"), "ceramic tiles", 25, "KG", 25, 20, Optional.empty())),
        Optional.empty());
  }

  private List<Finding> inspect(Declaration d) {
    List<Finding> findings = new ArrayList<>();
    detector.inspect(ENRICHER.enrich(d, d.declaredAt()), findings::add);
    return findings;
  }

  private void violation(Party consignee) {
    Declaration d = declaration(consignee, null);
    inspect(d);
    detector.learnOutcome(d, Outcome.VIOLATION);
  }

  @Test
  void a_sibling_at_a_violators_address_is_reported_with_the_path() {
    Party front = new Party("Velora Materials Co Ltd", TH, SHARED);
    violation(front);
    violation(front);

    List<Finding> findings =
        inspect(declaration(new Party("Kanix Chemical Co Ltd", TH, SHARED.toUpperCase()), null));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.NETWORK_RISK);
              assertThat(f.evidence())
                  .containsEntry("distance", 2)
                  .containsEntry("source", "VIOLATION");
              assertThat(f.evidence().get("path").toString())
                  .contains("Kanix")
                  .contains("located at")
                  .contains("Velora");
            });
  }

  @Test
  void a_party_elsewhere_is_not_reported() {
    Party front = new Party("Velora Materials Co Ltd", TH, SHARED);
    violation(front);
    violation(front);

    assertThat(inspect(declaration(new Party("Kanix Chemical Co Ltd", TH, "3 Silom Road"), null)))
        .isEmpty();
  }

  @Test
  void a_single_violation_among_clean_inspections_does_not_mark_a_customer() {
    Party buyer = new Party("Velora Materials Co Ltd", TH, SHARED);
    for (int i = 0; i < 3; i++) {
      Declaration d = declaration(buyer, null);
      inspect(d);
      detector.learnOutcome(d, Outcome.CLEAN);
    }
    violation(buyer);
    violation(buyer);

    assertThat(inspect(declaration(buyer, null))).isEmpty();
  }

  @Test
  void an_outcome_reaches_only_later_declarations() {
    Party front = new Party("Velora Materials Co Ltd", TH, SHARED);
    violation(front);
    Declaration second = declaration(front, null);

    assertThat(inspect(second)).isEmpty();
    detector.learnOutcome(second, Outcome.VIOLATION);

    assertThat(inspect(declaration(front, null)))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsEntry("distance", 0));
  }

  @Test
  void a_consignee_delivering_to_a_restricted_party_is_near_it() {
    NetworkRiskDetector seeded =
        new NetworkRiskDetector(PartyKeys.standard(), Optional.of(PartyScreening.shipped()));
    Declaration d =
        declaration(
            new Party("Orion Sourcing Pte Ltd", new CountryCode("SG"), "1 Raffles Place"),
            new Party("Lockheed Martin Corporation", CountryCode.UNITED_STATES, "Bethesda"));
    List<Finding> findings = new ArrayList<>();
    seeded.inspect(ENRICHER.enrich(d, d.declaredAt()), findings::add);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.evidence())
                    .containsEntry("source", "RESTRICTED_PARTY")
                    .containsEntry("distance", 1)
                    .containsEntry("party_role", "consignee"));
  }
}
