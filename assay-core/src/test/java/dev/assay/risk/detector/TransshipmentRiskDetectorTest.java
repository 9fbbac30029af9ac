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
import dev.assay.lexicon.MineralLexicon;
import dev.assay.risk.Enricher;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.network.PartyKeys;
import dev.assay.risk.transshipment.KnownHubs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class TransshipmentRiskDetectorTest {
  private static final ControlList LIST = ControlList.bundled();
  private static final Enricher ENRICHER = new Enricher(LIST);
  private static final String ANTIMONY = "8110101000";
  private static final CountryCode TH = new CountryCode("TH");
  private static final CountryCode US = CountryCode.UNITED_STATES;
  private static final CountryCode JP = CountryCode.JAPAN;

  private final TransshipmentRiskDetector detector =
      new TransshipmentRiskDetector(LIST, PartyKeys.standard(), MineralLexicon.bundled());
  private int next;

  private List<Finding> ship(LocalDate date, Party consignee, Party endUser, CountryCode to) {
    Declaration d =
        new Declaration(
            "D-" + next++,
            date,
            "6400",
            new Exporter(
                UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"), "Hunan Antimony"),
            consignee,
            endUser,
            to,
            List.of(),
            new Transport(TransportMode.SEA, 1, 10_500),
            EndUse.CIVIL,
            List.of(
                new GoodsLine(
                    1,
                    new HsCode(ANTIMONY),
                    "antimony ingot 99.65%",
                    10_000,
                    "KG",
                    10_000,
                    120_000,
                    Optional.of("LIC-1"))),
            Optional.empty());
    List<Finding> findings = new ArrayList<>();
    detector.inspect(ENRICHER.enrich(d, d.declaredAt()), findings::add);
    return findings;
  }

  private static Party party(String name, CountryCode country) {
    // Each its own address: shared addresses are a signal of their own.
    return new Party(name, country, name + " House, 1 Main Road, " + country);
  }

  /**
   * Antimony trade before MOFCOM 2024 No. 33 (effective 2024-09-15): mostly Japan and the US, a
   * little to Thailand; then after it, Thailand takes most of it.
   */
  private void history() {
    for (int i = 0; i < 40; i++) {
      LocalDate day = LocalDate.of(2024, 4, 1).plusDays(i * 3);
      Party buyer = i % 2 == 0 ? party("Kanto Metals KK", JP) : party("Norantex & Essen Inc", US);
      ship(day, buyer, buyer, buyer.country());
    }
    ship(LocalDate.of(2024, 8, 1), party("Siam Alloys Co Ltd", TH), null, TH);
    for (int i = 0; i < 12; i++) {
      Party buyer = i % 3 == 0 ? party("Kanto Metals KK", JP) : party("Siam Alloys Co Ltd", TH);
      ship(LocalDate.of(2024, 10, 1).plusDays(i * 5), buyer, buyer, buyer.country());
    }
  }

  @Test
  void a_new_front_in_a_hub_sharing_its_brand_with_a_us_buyer_is_reported() {
    history();

    Party front = party("Norantex Industries (Thailand) Co., Ltd.", TH);
    List<Finding> findings = ship(LocalDate.of(2024, 12, 20), front, front, TH);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.TRANSSHIPMENT_RISK);
              assertThat((List<Object>) f.evidence().get("signals"))
                  .containsExactlyInAnyOrder(
                      "hub_destination",
                      "new_consignee",
                      "brand_in_restricted_destination",
                      "local_arm");
              assertThat(f.evidence()).containsEntry("tied_country", "US");
              assertThat(f.basis()).contains("2024 No. 33").contains("Art. 16");
            });
  }

  @Test
  void a_known_buyer_in_the_hub_is_not_reported() {
    history();

    assertThat(ship(LocalDate.of(2024, 12, 20), party("Siam Alloys Co Ltd", TH), null, TH))
        .isEmpty();
  }

  @Test
  void an_end_user_in_another_country_than_a_new_consignee_is_reported() {
    history();

    List<Finding> findings =
        ship(
            LocalDate.of(2024, 12, 20),
            party("Orion Sourcing Pte Ltd", new CountryCode("SG")),
            party("Kanto Metals KK", JP),
            new CountryCode("SG"));

    assertThat(findings).singleElement();
    assertThat((List<Object>) findings.getFirst().evidence().get("signals"))
        .contains("end_user_elsewhere", "new_consignee");
  }

  @Test
  void the_same_party_as_consignee_and_end_user_in_one_country_is_not_reported() {
    history();

    Party buyer = party("Kanto Metals KK", JP);
    assertThat(ship(LocalDate.of(2024, 12, 20), buyer, buyer, JP)).isEmpty();
  }

  @Test
  void a_hub_is_learned_only_from_declarations_already_seen() {
    history();
    Party front = party("Velora Materials Co Ltd", TH);

    // The first shipment to a new party in a new hub: before the surge there is no hub yet.
    TransshipmentRiskDetector fresh =
        new TransshipmentRiskDetector(LIST, PartyKeys.standard(), MineralLexicon.bundled());
    List<Finding> early = new ArrayList<>();
    Declaration d =
        new Declaration(
            "E-1",
            LocalDate.of(2024, 12, 20),
            "6400",
            new Exporter(
                UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"), "Hunan Antimony"),
            front,
            front,
            TH,
            List.of(),
            new Transport(TransportMode.SEA, 1, 10_500),
            EndUse.CIVIL,
            List.of(
                new GoodsLine(
                    1,
                    new HsCode(ANTIMONY),
                    "antimony ingot",
                    10_000,
                    "KG",
                    10_000,
                    120_000,
                    Optional.of("LIC-1"))),
            Optional.empty());
    fresh.inspect(ENRICHER.enrich(d, d.declaredAt()), early::add);
    assertThat(early).isEmpty();

    List<Finding> later = ship(LocalDate.of(2024, 12, 20), front, front, TH);
    assertThat(later).singleElement();
    Map<String, Object> evidence = later.getFirst().evidence();
    assertThat((double) evidence.get("share_after")).isGreaterThan(50.0);
    assertThat((double) evidence.get("share_before")).isLessThan(5.0);
  }

  @Test
  void a_hub_named_by_public_data_counts_from_the_first_day_of_the_measure() {
    history();
    CountryCode mexico = new CountryCode("MX");
    // No antimony went to Mexico in the stream: no share could show a hub; the facts name it.
    List<Finding> hub =
        ship(LocalDate.of(2024, 12, 22), party("Norte Metales SA", mexico), null, mexico);
    assertThat(hub)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence()).containsEntry("hub_known_from", "REU-0709");
              assertThat((List<String>) f.evidence().get("signals")).contains("hub_destination");
            });
  }

  @Test
  void near_miss_a_new_consignee_elsewhere_or_a_known_hub_before_the_measure_is_not_reported() {
    history();
    assertThat(ship(LocalDate.of(2024, 12, 22), party("Rhein Metall GmbH", DE), null, DE))
        .isEmpty();
    TransshipmentRiskDetector fresh =
        new TransshipmentRiskDetector(LIST, PartyKeys.standard(), MineralLexicon.bundled());
    CountryCode mexico = new CountryCode("MX");
    assertThat(KnownHubs.bundled().find("antimony", mexico)).isPresent();
    // before MOFCOM 2024 No. 33 took effect (2024-09-15) Mexico is just a destination
    List<Finding> before = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Party buyer = party("Buyer " + i, JP);
      before.clear();
      Declaration d =
          new Declaration(
              "B-" + i,
              LocalDate.of(2024, 5, 1).plusDays(i),
              "6400",
              new Exporter(
                  UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"),
                  "Hunan Antimony"),
              i == 39 ? party("Norte Metales SA", mexico) : buyer,
              null,
              i == 39 ? mexico : JP,
              List.of(),
              new Transport(TransportMode.SEA, 1, 10_500),
              EndUse.CIVIL,
              List.of(
                  new GoodsLine(
                      1,
                      new HsCode(ANTIMONY),
                      "antimony ingot",
                      10_000,
                      "KG",
                      10_000,
                      120_000,
                      Optional.empty())),
              Optional.empty());
      fresh.inspect(ENRICHER.enrich(d, d.declaredAt()), before::add);
    }
    assertThat(before).isEmpty();
  }

  private static final String ALUMINIUM = "7601200000";
  private static final String ANTIMONY_EXPORTER = "91430100MA4L12345";
  private static final String OTHER_EXPORTER = "91440300MA5F00001";

  private List<Finding> shipFrom(
      String exporter, String hs, String description, LocalDate date, Party consignee) {
    Declaration d =
        new Declaration(
            "F-" + next++,
            date,
            "6400",
            new Exporter(UnifiedSocialCreditCode.withCheckCharacter(exporter), "Some Exporter"),
            consignee,
            consignee,
            consignee.country(),
            List.of(),
            new Transport(TransportMode.SEA, 1, 1_050),
            EndUse.CIVIL,
            List.of(
                new GoodsLine(
                    1,
                    new HsCode(hs),
                    description,
                    1_000,
                    "KG",
                    1_000,
                    12_000,
                    Optional.of("LIC-2"))),
            Optional.empty());
    List<Finding> findings = new ArrayList<>();
    detector.inspect(ENRICHER.enrich(d, d.declaredAt()), findings::add);
    return findings;
  }

  private List<Finding> antimonyTo(Party consignee, LocalDate date) {
    return shipFrom(ANTIMONY_EXPORTER, ANTIMONY, "antimony ingot 99.65%", date, consignee);
  }

  private static final CountryCode DE = new CountryCode("DE");
  private static final LocalDate LATER = LocalDate.of(2024, 12, 20);

  @Test
  void local_arms_of_two_brands_at_one_address_are_reported_on_every_shipment() {
    history();
    antimonyTo(new Party("Velora Materials (Germany) GmbH", DE, "Am Kai 17, Hamburg"), LATER);
    Party sibling = new Party("Kestrel Industries (Germany) AG", DE, "Am Kai 17, Hamburg");
    antimonyTo(sibling, LATER);

    List<Finding> again = antimonyTo(sibling, LATER.plusDays(3));

    assertThat(again).singleElement();
    assertThat((List<Object>) again.getFirst().evidence().get("signals"))
        .containsExactlyInAnyOrder("shared_address", "local_arm");
    assertThat((List<Object>) again.getFirst().evidence().get("address_shared_with"))
        .containsExactly("Velora Materials (Germany) GmbH");
    assertThat(again.getFirst().message()).contains("arm in Germany");
  }

  @Test
  void local_arms_at_different_addresses_are_not_reported_once_known() {
    history();
    antimonyTo(new Party("Velora Materials (Germany) GmbH", DE, "Am Kai 17, Hamburg"), LATER);
    Party other = new Party("Kestrel Industries (Germany) AG", DE, "Zeil 9, Frankfurt");
    antimonyTo(other, LATER);

    assertThat(antimonyTo(other, LATER.plusDays(3))).isEmpty();
  }

  @Test
  void companies_without_a_country_in_their_name_sharing_an_address_are_not_reported_once_known() {
    history();
    antimonyTo(new Party("Velora Materials GmbH", DE, "Am Kai 17, Hamburg"), LATER);
    Party sibling = new Party("Kestrel Industries AG", DE, "Am Kai 17, Hamburg");
    antimonyTo(sibling, LATER);

    assertThat(antimonyTo(sibling, LATER.plusDays(3))).isEmpty();
  }

  @Test
  void the_same_company_written_two_ways_at_one_address_is_not_a_sibling() {
    history();
    antimonyTo(new Party("Velora Materials (Germany) GmbH", DE, "Am Kai 17, Hamburg"), LATER);
    Party same = new Party("Velora Metals (Germany) GmbH", DE, "Am Kai 17, Hamburg");
    antimonyTo(same, LATER);

    assertThat(antimonyTo(same, LATER.plusDays(3))).isEmpty();
  }

  @Test
  void an_address_holding_many_consignees_of_the_mineral_is_a_business_centre() {
    history();
    String[] brands = {"Alvora", "Bexton", "Corvil", "Dravex", "Elmora", "Fyrant", "Gorvex"};
    for (String brand : brands) {
      antimonyTo(new Party(brand + " Trading (Germany) GmbH", DE, "Am Kai 17, Hamburg"), LATER);
    }
    Party last = new Party("Hexmora Materials (Germany) GmbH", DE, "Am Kai 17, Hamburg");
    antimonyTo(last, LATER);

    assertThat(antimonyTo(last, LATER.plusDays(3))).isEmpty();
  }

  @Test
  void a_local_arm_whose_brand_bought_from_the_minerals_exporters_abroad_is_reported() {
    history();
    shipFrom(
        ANTIMONY_EXPORTER,
        ALUMINIUM,
        "unwrought aluminium alloy",
        LocalDate.of(2024, 11, 1),
        party("Quorvix & Essen Inc", US));
    Party front = new Party("Quorvix Materials (Germany) GmbH", DE, "Zeil 9, Frankfurt");
    antimonyTo(front, LATER);

    List<Finding> again = antimonyTo(front, LATER.plusDays(3));

    assertThat(again).singleElement();
    Map<String, Object> evidence = again.getFirst().evidence();
    assertThat((List<Object>) evidence.get("signals")).contains("local_arm");
    assertThat(evidence)
        .containsEntry("tied_party", "Quorvix & Essen Inc")
        .containsEntry("tied_country", "US")
        .containsEntry("tie", "bought from antimony exporters");
  }

  @Test
  void a_brand_that_bought_only_from_exporters_of_other_goods_is_no_tie() {
    history();
    shipFrom(
        OTHER_EXPORTER,
        ALUMINIUM,
        "unwrought aluminium alloy",
        LocalDate.of(2024, 11, 1),
        party("Quorvix & Essen Inc", US));
    Party front = new Party("Quorvix Materials (Germany) GmbH", DE, "Zeil 9, Frankfurt");
    antimonyTo(front, LATER);

    assertThat(antimonyTo(front, LATER.plusDays(3))).isEmpty();
  }
}
