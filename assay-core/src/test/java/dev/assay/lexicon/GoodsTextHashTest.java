package dev.assay.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Party;
import dev.assay.risk.profile.MineralTrades;
import org.junit.jupiter.api.Test;

/** The hash of a normalised text, computed without building it, is that text's hash. */
class GoodsTextHashTest {

  private static final String[] TEXTS = {
    "Falisica Refining Corporation",
    "  Uniorara   Global\tSA  ",
    "ACME\u001Ftrading\u000B\u000Cco.",
    "x",
    "A B",
    "Ünited Métals GmbH",
    "成都峰华稀土材料有限公司",
    "ＡＢＣ Ｌｔｄ",
    "Mixed\u00A0space\u3000wide",
    " ",
    "",
  };

  @Test
  void normalizedHashCodeIsTheHashOfTheNormalisedText() {
    for (String text : TEXTS) {
      assertEquals(GoodsText.normalize(text).hashCode(), GoodsText.normalizedHashCode(text), text);
    }
    assertEquals(GoodsText.normalize(null).hashCode(), GoodsText.normalizedHashCode(null));
  }

  @Test
  void consigneeHashIsTheHashOfTheConsigneeKey() {
    for (String text : TEXTS) {
      for (CountryCode country : new CountryCode[] {new CountryCode("KR"), null}) {
        Party party = new Party(text, country, "");
        if (MineralTrades.consigneeKey(party) == null) {
          assertEquals(false, MineralTrades.hasConsigneeKey(party), text);
          continue;
        }
        assertEquals(
            MineralTrades.consigneeKey(party).hashCode(), MineralTrades.consigneeHash(party), text);
      }
    }
  }
}
