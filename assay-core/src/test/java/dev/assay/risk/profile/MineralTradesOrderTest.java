package dev.assay.risk.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.HsCode;
import dev.assay.lexicon.Lookalikes;
import dev.assay.lexicon.MineralLexicon;
import dev.assay.price.MineralForm;
import dev.assay.price.ReferencePrices;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The families an HS code covers for come in one fixed order, the order of the reference price
 * forms, in every JVM: the first one the exporter is known for is the one its evidence names, so a
 * hash order here made audit evidence change from run to run (issue 18, item 5).
 */
class MineralTradesOrderTest {

  @Test
  void the_families_a_code_covers_for_follow_the_reference_price_order() {
    ReferencePrices prices = ReferencePrices.bundled();
    Lookalikes lookalikes = Lookalikes.bundled();
    MineralTrades trades = new MineralTrades(MineralLexicon.bundled(), lookalikes, prices);

    // Ferrosilicon is the shipped cover for rare earths, whose forms span two families.
    Set<String> covered = trades.coveredBy(new HsCode("7202210000"));
    assertThat(covered).hasSizeGreaterThan(1);
    assertThat(List.copyOf(covered)).isEqualTo(expectedOrder(prices, lookalikes, "7202210000"));
  }

  /** The order the families are documented to come in, worked out independently. */
  private static List<String> expectedOrder(
      ReferencePrices prices, Lookalikes lookalikes, String code) {
    Set<String> expected = new LinkedHashSet<>();
    prices.goodsValue(new HsCode(code)).ifPresent(v -> expected.addAll(v.coverFor()));
    lookalikes
        .find(new HsCode(code))
        .ifPresent(
            l -> {
              for (String mineral : l.minerals()) {
                for (MineralForm form : prices.forms()) {
                  if (form.carries(mineral)) {
                    expected.add(form.family());
                  }
                }
              }
            });
    return new ArrayList<>(expected);
  }
}
