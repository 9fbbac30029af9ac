package dev.assay.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import dev.assay.risk.Assessment;
import dev.assay.risk.Detector;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Lane;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.Severity;
import dev.assay.screening.decisions.DecisionKind;
import dev.assay.screening.decisions.InMemoryDecisionStore;
import dev.assay.screening.lists.ShippedLists;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestrictedPartyDetectorTest {
  private static final String HEADER =
      "declaration_id,line_no,declared_at,customs_office,exporter_id,exporter_name,consignee_name,consignee_country,consignee_address,end_user_name,end_user_country,destination_country,transit_countries,transport_mode,container_count,gross_weight_kg,hs_code,description,quantity,unit,net_weight_kg,value_usd,license_no\n";

  private static Declaration declaration(
      String date, String consignee, String country, String endUser) {
    String csv =
        HEADER
            + "D-1,1,"
            + date
            + ",4900,91431300MA4L2K7P3P,\"Ningbo Footwear Export Co., Ltd.\",\""
            + consignee
            + "\","
            + country
            + ",\"1 Main St\",\""
            + endUser
            + "\","
            + (endUser.isEmpty() ? "" : country)
            + ","
            + country
            + ",,SEA,1,1000,6403990000,leather footwear,100,pair,900,25000,\n";
    List<Declaration> out = new ArrayList<>();
    DeclarationReader.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        Format.CSV,
        new IngestListener() {
          @Override
          public void accepted(Declaration d) {
            out.add(d);
          }

          @Override
          public void rejected(RecordError error) {
            throw new AssertionError(error.describe());
          }
        });
    return out.getFirst();
  }

  private final PartyScreening screening =
      PartyScreening.over(ShippedLists.chinese(), new InMemoryDecisionStore());
  private final Screener screener = screener(new RestrictedPartyDetector(screening));

  private static Screener screener(Detector detector) {
    List<Detector> detectors = new ArrayList<>(Screener.standardDetectors(ControlList.bundled()));
    detectors.add(detector);
    return new Screener(ControlList.bundled(), detectors, Scoring.bundled(), Optional.empty());
  }

  private static List<Finding> restricted(Assessment a) {
    return a.findings().stream().filter(f -> f.code() == FindingCode.RESTRICTED_PARTY).toList();
  }

  @Test
  void a_listed_consignee_raises_a_finding_with_the_entry_list_announcement_and_score() {
    Assessment a = screener.screen(declaration("2025-05-02", "Lockheed Martin Corp.", "US", ""));

    List<Finding> all = restricted(a);
    // The exact entry blocks on both lists; its listed subsidiaries ("Lockheed Martin Ventures")
    // are raised beside it for review only, never hidden by the exact name.
    List<Finding> findings = all.stream().filter(f -> f.severity() == Severity.HIGH).toList();
    assertThat(findings).hasSize(2);
    assertThat(all)
        .filteredOn(f -> f.severity() != Severity.HIGH)
        .allSatisfy(f -> assertThat(f.evidence()).containsEntry("level", "REVIEW"));
    Finding uel =
        findings.stream()
            .filter(f -> f.evidence().get("list").equals("cn-unreliable-entity-list"))
            .findFirst()
            .orElseThrow();
    assertThat(uel.severity()).isEqualTo(Severity.HIGH);
    assertThat(uel.basis()).isEqualTo("不可靠实体清单工作机制公告〔2023〕1号 (cn-unreliable-entity-list)");
    assertThat(uel.evidence())
        .containsEntry("party_role", "consignee")
        .containsEntry("entry_id", "lockheed-martin-corporation")
        .containsEntry("entry_name", "Lockheed Martin Corporation")
        .containsEntry("announcement", "不可靠实体清单工作机制公告〔2023〕1号")
        .containsEntry("level", "BLOCK")
        .containsEntry("score", 1.0);
    assertThat(uel.evidence().get("entry_names"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .contains("洛克希德·马丁公司");
    assertThat(a.lane()).isEqualTo(Lane.RED);
  }

  @Test
  void the_end_user_is_screened_in_chinese_too() {
    Assessment a =
        screener.screen(declaration("2025-05-02", "Rotterdam Commodities B.V.", "NL", "斯凯迪奥公司"));

    assertThat(restricted(a))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.evidence()).containsEntry("party_role", "end_user"));
  }

  @Test
  void nothing_is_raised_before_the_listing_takes_effect_or_for_clean_parties() {
    assertThat(restricted(screener.screen(declaration("2025-03-03", "Skydio Inc.", "US", ""))))
        .isEmpty();
    assertThat(
            restricted(
                screener.screen(declaration("2025-05-02", "Metallhandel Duisburg GmbH", "DE", ""))))
        .isEmpty();
  }

  @Test
  void a_confirmed_match_is_critical_and_a_dismissed_one_is_not_raised() {
    Declaration d = declaration("2025-05-02", "Axient", "US", "");
    ScreenedParty consignee =
        ScreenedParty.of("Axient", dev.assay.declaration.CountryCode.UNITED_STATES);
    screening.decide(
        consignee,
        "cn-export-control-list:axient",
        DecisionKind.CONFIRMED,
        "officer.liu",
        "same company",
        Instant.now());
    screening.decide(
        consignee,
        "cn-unreliable-entity-list:axient",
        DecisionKind.DISMISSED,
        "officer.liu",
        "duplicate of the control-list hit",
        Instant.now());

    List<Finding> findings = restricted(screener.screen(d));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(f.evidence()).containsEntry("decision", "CONFIRMED");
            });
  }

  @Test
  void the_hits_raised_for_a_declaration_are_those_a_full_screening_raises() {
    PartyScreening screening = PartyScreening.shipped();
    for (String name :
        List.of("Lockheed Martin Corp.", "LOCKHEED MARTIN", "Skydio", "斯凯迪奥公司", "Acme Shoes")) {
      for (String day : List.of("2024-01-02", "2025-05-02")) {
        ScreenedParty party =
            new ScreenedParty(
                name,
                Optional.of(new dev.assay.declaration.CountryCode("US")),
                Optional.empty(),
                List.of());
        java.time.LocalDate d = java.time.LocalDate.parse(day);

        assertThat(screening.raised(party, d))
            .as(name + " on " + day)
            .isEqualTo(screening.screen(party, d).raised());
      }
    }
  }
}
