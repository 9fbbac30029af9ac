package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.GoodsLine;
import dev.assay.simulator.reference.ReferenceData;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Difficulty decides how much the violations give themselves away. A keyword rule on mineral names
 * catches most disguised goods at the easy level and few at the hard one; concealed weight stands
 * out at easy and hides in packing tolerance at hard.
 */
class DifficultyTest {
  /** The naive rule: any mineral name or symbol in the description. */
  private static final Pattern KEYWORDS =
      Pattern.compile(
          "antimony|\\bsb\\b|锑|gallium|镓|germanium|锗|tungsten|钨|bismuth|\\bbi\\b|铋|rare earth|稀土|dysprosium|镝|terbium|铽|graphite|石墨|ndfeb|钕铁硼");

  private static Generated run(Difficulty difficulty) {
    return Generated.by(Generated.standard().withDeclarations(30_000).withDifficulty(difficulty));
  }

  /** Share of disguised goods caught by the keyword rule, and by it or a price-band rule. */
  private static double[] catchRates(Generated run) {
    Map<String, Double> bandTop = new HashMap<>();
    ReferenceData.bundled()
        .products()
        .forEach(p -> bandTop.put(p.hsCode().value(), p.usdPerKgHigh()));
    int disguised = 0;
    int byKeyword = 0;
    int byKeywordOrPrice = 0;
    for (SimulatedDeclaration d : run.declarations) {
      Typology t = d.truth().typology().orElse(null);
      if (t != Typology.MISREPRESENTATION && t != Typology.VALUE_MANIPULATION) {
        continue;
      }
      disguised++;
      boolean keyword = false;
      boolean price = false;
      for (GoodsLine line : d.declaration().lines()) {
        keyword |= KEYWORDS.matcher(line.description().toLowerCase(Locale.ROOT)).find();
        // The naive price rule: a unit value over three times the top of the declared goods' band.
        price |= line.valuePerKg() > 3 * bandTop.getOrDefault(line.hsCode().value(), 6.0);
      }
      byKeyword += keyword ? 1 : 0;
      byKeywordOrPrice += keyword || price ? 1 : 0;
    }
    return new double[] {byKeyword / (double) disguised, byKeywordOrPrice / (double) disguised};
  }

  private static double meanGrossToNet(Generated run, Typology typology) {
    double sum = 0;
    int n = 0;
    for (SimulatedDeclaration d : run.declarations) {
      if (d.truth().typology().orElse(null) == typology) {
        sum += d.declaration().transport().grossWeightKg() / d.declaration().totalNetWeightKg();
        n++;
      }
    }
    return sum / n;
  }

  @Test
  void keywordAndPriceRulesCatchNearlyAllDisguisedGoodsWhenEasyAndMissManyWhenHard() {
    double[] easy = catchRates(run(Difficulty.EASY));
    double[] hard = catchRates(run(Difficulty.HARD));

    assertThat(easy[0]).as("keyword, easy").isGreaterThan(0.4);
    // Not all: graphite and bismuth are cheap, so their price gives nothing away.
    assertThat(easy[1]).as("keyword or price, easy").isGreaterThan(0.8);
    assertThat(hard[0]).as("keyword, hard").isLessThan(easy[0] / 2);
    assertThat(hard[1]).as("keyword or price, hard").isLessThan(0.6);
  }

  @Test
  void concealedWeightStandsOutWhenEasyAndHidesInPackingToleranceWhenHard() {
    double easy = meanGrossToNet(run(Difficulty.EASY), Typology.CONCEALMENT);
    double hard = meanGrossToNet(run(Difficulty.HARD), Typology.CONCEALMENT);

    assertThat(easy).isGreaterThan(1.5);
    assertThat(hard).isBetween(1.08, 1.35);
  }

  @Test
  void honestTradeAlsoTriggersTheKeywordRule() {
    long honestHits = 0;
    for (SimulatedDeclaration d : run(Difficulty.HARD).declarations) {
      if (!d.truth().isViolation()) {
        for (GoodsLine line : d.declaration().lines()) {
          if (KEYWORDS.matcher(line.description().toLowerCase(Locale.ROOT)).find()) {
            honestHits++;
            break;
          }
        }
      }
    }
    // Lead-antimony battery alloy, ordinary antimony trioxide, NdFeB without Dy, licensed minerals.
    assertThat(honestHits).isGreaterThan(500);
  }
}
