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
import dev.assay.risk.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A producer's established product range in MISDECLARED_GOODS: cover goods it ships regularly are
 * not cover, a change is; and goods outside a mineral company's trade.
 */
class ProductRangeTest {
  private static final ControlList LIST = ControlList.bundled();
  private static final String GRAPHITE_PRODUCER = "青岛诚永石墨有限公司";
  private static final String CARBON_BLACK = "2803000000";
  private static final LocalDate START = LocalDate.of(2024, 3, 1);

  private final MisdeclaredGoodsDetector detector = MisdeclaredGoodsDetector.bundled(LIST);
  private int serial;

  private List<Finding> declare(
      String exporter,
      LocalDate date,
      String hs,
      String description,
      Party consignee,
      String destination,
      TransportMode mode,
      double kg,
      double valueUsd) {
    Declaration d =
        new Declaration(
            "D-" + ++serial,
            date,
            "4200",
            new Exporter(UnifiedSocialCreditCode.withCheckCharacter("91370200MA3C00001"), exporter),
            consignee,
            null,
            new CountryCode(destination),
            List.of(),
            new Transport(mode, mode == TransportMode.SEA ? 1 : 0, kg * 1.05),
            EndUse.UNSPECIFIED,
            List.of(
                new GoodsLine(
                    1, new HsCode(hs), description, kg, "KG", kg, valueUsd, Optional.empty())),
            Optional.empty());
    List<Finding> findings = new ArrayList<>();
    detector.inspect(new Enricher(LIST).enrich(d, date), findings::add);
    return findings;
  }

  private static final Party BUYER = new Party("Hanil Carbon Co., Ltd.", new CountryCode("KR"), "");

  private List<Finding> carbonBlack(LocalDate date, Party consignee, String to, double value) {
    return declare(
        GRAPHITE_PRODUCER,
        date,
        CARBON_BLACK,
        "炭黑",
        consignee,
        to,
        TransportMode.SEA,
        10_000,
        value);
  }

  /** Three shipments of carbon black to the usual buyer over two months: its product range. */
  private void establishRange() {
    for (int month = 0; month < 3; month++) {
      carbonBlack(START.plusMonths(month), BUYER, "KR", 14_000);
    }
  }

  @Test
  void a_first_shipment_of_cover_goods_is_reported_as_new_for_the_exporter() {
    assertThat(carbonBlack(START, BUYER, "KR", 14_000))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence())
                  .containsEntry("covers_for", "graphite")
                  .containsEntry("new_for_exporter", true)
                  .containsEntry("established_range", false);
            });
  }

  @Test
  void near_miss_the_producers_regular_goods_to_its_usual_buyer_raise_nothing() {
    establishRange();

    assertThat(carbonBlack(START.plusMonths(4), BUYER, "KR", 15_000)).isEmpty();
  }

  @Test
  void the_regular_goods_to_a_new_buyer_outside_any_hub_are_a_milder_change() {
    establishRange();

    Party newBuyer = new Party("Busan Rubber Works", new CountryCode("KR"), "");
    assertThat(carbonBlack(START.plusMonths(4), newBuyer, "KR", 14_000))
        .singleElement()
        .satisfies(
            f -> assertThat(f.evidence()).containsEntry("changes", List.of("new_consignee")));
  }

  @Test
  void a_code_shipped_now_at_the_covers_price_now_at_the_minerals_is_no_range() {
    carbonBlack(START, BUYER, "KR", 14_000);
    carbonBlack(START.plusMonths(1), BUYER, "KR", 140_000);
    carbonBlack(START.plusMonths(2), BUYER, "KR", 14_000);

    assertThat(carbonBlack(START.plusMonths(3), BUYER, "KR", 14_000))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsEntry("established_range", false));
  }

  @Test
  void the_regular_goods_to_a_new_consignee_in_a_hub_are_reported_as_a_change() {
    establishRange();

    // A consignee in another country than the goods go to: a hub in between.
    Party agent = new Party("Pacific Link Trading Pte. Ltd.", new CountryCode("SG"), "");
    assertThat(carbonBlack(START.plusMonths(4), agent, "VN", 14_000))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence())
                  .containsEntry("established_range", true)
                  .containsEntry("changes", List.of("new_consignee_in_hub"));
              assertThat(f.message()).contains("it ships these goods regularly");
            });
  }

  @Test
  void the_regular_goods_at_several_times_their_usual_value_are_reported_as_a_change() {
    establishRange();

    // Graphite at its own price under the carbon black code: the value gives it away.
    assertThat(carbonBlack(START.plusMonths(4), BUYER, "KR", 60_000))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.evidence())
                    .containsEntry("changes", List.of("unit_value_outside_own_range")));
  }

  @Test
  void three_shipments_within_a_week_are_not_yet_a_range() {
    for (int day = 0; day < 3; day++) {
      carbonBlack(START.plusDays(day), BUYER, "KR", 14_000);
    }

    assertThat(carbonBlack(START.plusDays(4), BUYER, "KR", 14_000))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.evidence())
                    .containsEntry("established_range", false)
                    .containsEntry("exporter_earlier_shipments_of_code", 3));
  }

  private static final Party PARCEL_BUYER =
      new Party("Atelier Lumen SPRL", new CountryCode("BE"), "");

  @Test
  void a_germanium_refiner_posting_artists_paints_is_outside_its_trade() {
    List<Finding> findings =
        declare(
            "包头兴昌锗业有限公司",
            LocalDate.of(2024, 3, 1),
            "3213100000",
            "成套颜料",
            PARCEL_BUYER,
            "BE",
            TransportMode.POST,
            60,
            210);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.evidence())
                  .containsEntry("exporter_trades", "germanium")
                  .containsEntry("new_for_exporter", true)
                  .containsEntry("transport_mode", "POST");
              assertThat(f.basis()).isNotBlank();
            });
  }

  @Test
  void the_same_goods_by_sea_are_a_weaker_question() {
    assertThat(
            declare(
                "包头兴昌锗业有限公司",
                LocalDate.of(2024, 3, 1),
                "3213100000",
                "成套颜料",
                PARCEL_BUYER,
                "BE",
                TransportMode.SEA,
                6_000,
                21_000))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
  }

  @Test
  void a_graphite_miner_shipping_ceramic_tiles_cover_for_rare_earths_is_outside_its_trade() {
    assertThat(
            declare(
                GRAPHITE_PRODUCER,
                START,
                "6907210000",
                "陶瓷地砖",
                BUYER,
                "KR",
                TransportMode.SEA,
                24_000,
                11_000))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence()).containsEntry("exporter_trades", "graphite");
            });
  }

  @Test
  void near_miss_a_stationery_exporter_posting_artists_paints_raises_nothing() {
    assertThat(
            declare(
                "义乌新鑫文具有限公司",
                LocalDate.of(2024, 3, 1),
                "3213100000",
                "成套颜料",
                PARCEL_BUYER,
                "BE",
                TransportMode.POST,
                60,
                210))
        .isEmpty();
  }

  @Test
  void near_miss_goods_the_mineral_company_has_shipped_before_raise_nothing() {
    LocalDate first = LocalDate.of(2024, 3, 1);
    declare(
        "包头兴昌锗业有限公司",
        first,
        "3213100000",
        "成套颜料",
        PARCEL_BUYER,
        "BE",
        TransportMode.SEA,
        6_000,
        21_000);

    assertThat(
            declare(
                "包头兴昌锗业有限公司",
                first.plusMonths(1),
                "3213100000",
                "成套颜料",
                PARCEL_BUYER,
                "BE",
                TransportMode.SEA,
                6_000,
                21_000))
        .isEmpty();
  }

  @Test
  void near_miss_the_mineral_itself_is_not_outside_the_trade() {
    assertThat(
            declare(
                "包头兴昌锗业有限公司",
                LocalDate.of(2024, 3, 1),
                "2825600002",
                "germanium dioxide 99.999%",
                PARCEL_BUYER,
                "BE",
                TransportMode.AIR,
                60,
                90_000))
        .noneMatch(f -> f.evidence().containsKey("exporter_trades"));
  }
}
