package dev.assay.risk.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.lexicon.Lookalikes;
import dev.assay.lexicon.MineralLexicon;
import dev.assay.price.ReferencePrices;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The memo of the last exporter's trade in {@link MineralTrades} answers as the bounded map would:
 * for the right exporter, in the map's order of use, and never for an exporter forgotten.
 */
class MineralTradesMemoTest {
  private static final Exporter A = exporter("91450100MA5K00001", "Alpha Trading");
  private static final Exporter B = exporter("91450100MA5K00002", "Beta Trading");
  private static final Exporter C = exporter("91450100MA5K00003", "Gamma Trading");
  private static final Exporter GRAPHITE = exporter("91450100MA5K00004", "Jixi Graphite Co.");
  private static final HsCode ZINC = new HsCode("7901120000");
  private static final LocalDate DAY = LocalDate.of(2025, 1, 6);

  private static Exporter exporter(String code, String name) {
    return new Exporter(UnifiedSocialCreditCode.withCheckCharacter(code), name);
  }

  private static MineralTrades bounded(int exporters) {
    return new MineralTrades(
        MineralLexicon.bundled(), Lookalikes.bundled(), ReferencePrices.bundled(), exporters);
  }

  private static GoodsLine zinc() {
    return new GoodsLine(1, ZINC, "zinc ingots", 1_000, "KG", 1_000, 2_800, Optional.empty());
  }

  private static int shipments(MineralTrades trades, Exporter exporter) {
    return trades.range(exporter, ZINC, null).shipments();
  }

  @Test
  void each_exporter_gets_its_own_trade_in_any_order_of_questions() {
    MineralTrades trades = bounded(100);
    trades.learn(A, zinc(), DAY, null);
    trades.learn(A, zinc(), DAY, null);

    assertThat(trades.tradesMinerals(GRAPHITE)).isTrue();
    assertThat(trades.tradesMinerals(B)).isFalse();
    assertThat(shipments(trades, B)).isZero();
    assertThat(shipments(trades, A)).isEqualTo(2);
    assertThat(trades.families(GRAPHITE)).isNotEmpty();
    assertThat(trades.families(A)).isEmpty();
    assertThat(shipments(trades, A)).isEqualTo(2);
  }

  @Test
  void asking_for_the_last_exporter_again_keeps_the_order_of_use() {
    MineralTrades trades = bounded(2);
    trades.learn(A, zinc(), DAY, null);
    trades.learn(B, zinc(), DAY, null);
    assertThat(shipments(trades, A)).isEqualTo(1); // A used after B
    trades.learn(A, zinc(), DAY, null);
    trades.learn(A, zinc(), DAY, null);

    trades.learn(C, zinc(), DAY, null); // forgets B, used longest ago

    assertThat(shipments(trades, A)).isEqualTo(3);
    assertThat(shipments(trades, B)).as("B was forgotten").isZero();
  }

  @Test
  void an_exporter_forgotten_is_not_answered_from_the_memo() {
    MineralTrades trades = bounded(1);
    trades.learn(A, zinc(), DAY, null);
    assertThat(shipments(trades, A)).isEqualTo(1);

    assertThat(shipments(trades, B)).isZero(); // forgets A

    assertThat(shipments(trades, A)).as("A was forgotten").isZero();
    trades.learn(A, zinc(), DAY, null);
    assertThat(shipments(trades, A)).isEqualTo(1);
    assertThat(shipments(trades, B)).as("B was forgotten").isZero();
  }
}
