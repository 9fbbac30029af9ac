package dev.assay.intelligence.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The disruption model on parameters chosen so that the market clears in closed form: demand
 * elasticity -1 (D = D0 / p) and inelastic supply outside China (k = 0), so p = D0 / supply.
 */
class DisruptionModelTest {

  /**
   * World supply 100 t, China half of it and exports all of it: D0 = 100, outside supply 50 + (1 -
   * c) 50; reference price 1000 USD/t, target economy 10 t, multiplier 10.
   */
  private static DisruptionParameters market(double ceiling) {
    Map<String, Parameter> p = new LinkedHashMap<>();
    put(p, "world_supply_t", 100, 100, 100);
    put(p, "china_share", 0.5, 0.5, 0.5);
    put(p, "china_export_share", 1, 1, 1);
    put(p, "price_usd_per_t", 1000, 1000, 1000);
    put(p, "target_consumption_t", 10, 5, 20);
    put(p, "demand_elasticity", -1, -1, -1);
    put(p, "rest_supply_elasticity", 0, 0, 0);
    put(p, "max_price_multiple", ceiling, ceiling, ceiling);
    put(p, "value_multiplier", 10, 1, 100);
    return new DisruptionParameters("testium", p);
  }

  private static void put(Map<String, Parameter> p, String name, double v, double lo, double hi) {
    p.put(name, new Parameter(name, v, lo, hi, "", "TEST", "confirmed", ""));
  }

  @Test
  void a_half_cut_clears_at_the_price_where_demand_meets_what_is_left() {
    DisruptionEstimate e = DisruptionModel.estimate(market(4), 0.5);

    // Supply 75 t: p = 100 / 75; a quarter of demand goes unmet at that price.
    assertThat(e.priceShock()).isCloseTo(100.0 / 75 - 1, within(1e-9));
    assertThat(e.rationed()).isFalse();
    assertThat(e.shortfall()).isCloseTo(0.25, within(1e-9));
    assertThat(e.targetShortfallT()).isCloseTo(2.5, within(1e-9));
    // (p - 1) P0 T (1 - u) = (1/3) 1000 x 10 x 0.75; u T P0 m = 0.25 x 10 x 1000 x 10.
    assertThat(e.priceCostUsd()).isCloseTo(2_500, within(1e-4));
    assertThat(e.outputLossUsd()).isCloseTo(25_000, within(1e-4));
    assertThat(e.lossUsd()).isCloseTo(27_500, within(1e-4));
  }

  @Test
  void above_the_ceiling_buyers_are_rationed_and_just_under_it_they_are_not() {
    // A total ban needs p = 2 to clear; a ceiling of 1.5 rations half of demand at 1.5.
    DisruptionEstimate capped = DisruptionModel.estimate(market(1.5), 1.0);
    assertThat(capped.rationed()).isTrue();
    assertThat(capped.priceShock()).isCloseTo(0.5, within(1e-12));
    assertThat(capped.shortfall()).isCloseTo(0.5, within(1e-9));
    assertThat(capped.priceCostUsd()).isCloseTo(0.5 * 1000 * 10 * 0.5, within(1e-6));
    assertThat(capped.outputLossUsd()).isCloseTo(0.5 * 10 * 1000 * 10, within(1e-6));

    DisruptionEstimate cleared = DisruptionModel.estimate(market(2.01), 1.0);
    assertThat(cleared.rationed()).isFalse();
    assertThat(cleared.priceShock()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void no_cut_costs_nothing() {
    DisruptionEstimate e = DisruptionModel.estimate(market(4), 0);

    assertThat(e.priceShock()).isCloseTo(0, within(1e-9));
    assertThat(e.lossUsd()).isCloseTo(0, within(1e-4));
  }

  @Test
  void sensitivity_moves_one_parameter_at_a_time_and_puts_the_widest_swing_first() {
    List<DisruptionModel.Sensitivity> rows = DisruptionModel.sensitivity(market(4), 0.5);

    // Loss = 2500 T/10 + 2500 m: m 1..100 gives 5,000..252,500; T 5..20 gives 13,750..55,000.
    assertThat(rows.get(0).parameter()).isEqualTo("value_multiplier");
    assertThat(rows.get(0).lossAtLow()).isCloseTo(5_000, within(1e-3));
    assertThat(rows.get(0).lossAtHigh()).isCloseTo(252_500, within(1e-3));
    assertThat(rows.get(1).parameter()).isEqualTo("target_consumption_t");
    assertThat(rows.get(1).lossAtLow()).isCloseTo(13_750, within(1e-3));
    assertThat(rows.get(1).lossAtHigh()).isCloseTo(55_000, within(1e-3));
    // Parameters without a range do not move the loss.
    assertThat(rows.subList(2, rows.size()))
        .allSatisfy(r -> assertThat(r.lossAtHigh()).isCloseTo(r.lossAtLow(), within(1e-6)));
  }

  @Test
  void impossible_parameters_and_cuts_are_refused() {
    assertThatThrownBy(() -> DisruptionModel.estimate(market(4), 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cut");
    assertThatThrownBy(
            () -> DisruptionModel.estimate(market(4).with("demand_elasticity", 0.2), 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("testium");
    assertThatThrownBy(() -> new DisruptionParameters("testium", Map.of()))
        .hasMessageContaining("world_supply_t is missing");
  }
}
