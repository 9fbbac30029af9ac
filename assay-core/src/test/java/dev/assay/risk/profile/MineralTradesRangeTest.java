package dev.assay.risk.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.lexicon.Lookalikes;
import dev.assay.lexicon.MineralLexicon;
import dev.assay.price.ReferencePrices;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bounded product range of {@link MineralTrades}. */
class MineralTradesRangeTest {
  private static final Exporter SMELTER =
      new Exporter(UnifiedSocialCreditCode.withCheckCharacter("91450100MA5K00001"), "Smelter");
  private static final LocalDate DAY = LocalDate.of(2025, 1, 6);
  private final MineralTrades trades =
      new MineralTrades(MineralLexicon.bundled(), Lookalikes.bundled(), ReferencePrices.bundled());

  private static GoodsLine line(String hs) {
    return new GoodsLine(
        1, new HsCode(hs), "zinc ingots", 1_000, "KG", 1_000, 2_800, Optional.empty());
  }

  private static String buyer(int i) {
    return MineralTrades.consigneeKey(new Party("Buyer " + i, new CountryCode("KR"), ""));
  }

  @Test
  void a_range_remembers_its_buyers_up_to_a_bound_and_then_knows_every_buyer() {
    HsCode zinc = new HsCode("7901120000");
    trades.learn(SMELTER, line("7901120000"), DAY, buyer(0));

    assertThat(trades.range(SMELTER, zinc, buyer(0)).consigneeSeen()).isTrue();
    assertThat(trades.range(SMELTER, zinc, buyer(1)).consigneeSeen()).isFalse();

    for (int i = 1; i <= MineralTrades.MAX_RANGE_CONSIGNEES; i++) {
      trades.learn(SMELTER, line("7901120000"), DAY.plusDays(i), buyer(i));
    }
    assertThat(trades.range(SMELTER, zinc, buyer(999)).consigneeSeen())
        .as("more buyers than remembered: a new one says nothing")
        .isTrue();
  }

  @Test
  void an_exporter_of_more_codes_than_remembered_ships_anything() {
    for (int i = 0; i < MineralTrades.MAX_RANGE_CODES; i++) {
      trades.learn(SMELTER, line(String.format("39%08d", i)), DAY, buyer(0));
    }
    HsCode unseen = new HsCode("9503000000");
    assertThat(trades.range(SMELTER, unseen, buyer(0)).isNew()).isTrue();

    trades.learn(SMELTER, line("9503000000"), DAY, buyer(0));

    assertThat(trades.range(SMELTER, new HsCode("9504000000"), buyer(0)).isNew()).isFalse();
    assertThat(trades.range(SMELTER, new HsCode("9504000000"), buyer(0)).shipsAnything()).isTrue();
  }
}
