package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.GoodsLine;
import dev.assay.simulator.reference.MineralProduct;
import dev.assay.simulator.reference.Product;
import dev.assay.simulator.reference.ReferenceData;
import dev.assay.simulator.trade.TradeCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ordinary trade spans the HS chapters in a plausible mix, at plausible prices and dates. */
class TradeMixTest {
  private static final ReferenceData DATA = ReferenceData.bundled();

  @Test
  void ordinaryTradeSpansTheChaptersWithMachineryAndElectricalGoodsTheLargestGroup() {
    Generated run = Generated.by(Generated.standard());
    Map<String, Integer> chapters = new HashMap<>();
    int lines = 0;
    for (SimulatedDeclaration d : run.declarations) {
      for (GoodsLine line : d.declaration().lines()) {
        chapters.merge(line.hsCode().chapter(), 1, Integer::sum);
        lines++;
      }
    }
    double machineryAndElectrical =
        (chapters.getOrDefault("84", 0) + chapters.getOrDefault("85", 0)) / (double) lines;

    assertThat(chapters).hasSizeGreaterThanOrEqualTo(40);
    assertThat(machineryAndElectrical).isBetween(0.15, 0.5);
    String largest =
        chapters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertThat(largest).isIn("84", "85");
  }

  @Test
  void ordinaryUnitValuesStayInTheirProductsBandsSaveForRareOddities() {
    Generated run = Generated.by(Generated.standard());
    Map<String, Product> products = new HashMap<>();
    DATA.products().forEach(p -> products.put(p.hsCode().value(), p));
    int checked = 0;
    int outside = 0;
    for (SimulatedDeclaration d : run.declarations) {
      if (d.truth().isViolation()) {
        continue;
      }
      for (GoodsLine line : d.declaration().lines()) {
        Product p = products.get(line.hsCode().value());
        if (p == null) {
          continue;
        }
        double perKg = line.valueUsd() / line.netWeightKg();
        checked++;
        if (perKg < p.usdPerKgLow() * 0.95 || perKg > p.usdPerKgHigh() * 1.05) {
          outside++;
          // Honest oddities: a price 3.5 times the band or 0.3 of it, never beyond.
          assertThat(perKg)
              .as(line.description())
              .isBetween(p.usdPerKgLow() * 0.28, p.usdPerKgHigh() * 3.7);
        }
      }
    }
    assertThat(checked).isGreaterThan(30_000);
    assertThat(outside / (double) checked).isLessThan(0.01);
  }

  @Test
  void legitimateMineralPricesFollowTheFamilysReferencePriceOnTheDay() {
    Generated run = Generated.by(Generated.standard());
    Map<String, MineralProduct> products = new HashMap<>();
    DATA.mineralProducts()
        .forEach(p -> products.putIfAbsent(p.hsCode().value() + p.descriptionEn(), p));
    int checked = 0;
    for (SimulatedDeclaration d : run.declarations) {
      if (d.truth().isViolation()) {
        continue;
      }
      GoodsLine line = d.declaration().lines().getFirst();
      for (MineralProduct p : DATA.mineralProducts()) {
        if (p.hsCode().equals(line.hsCode())
            && (line.description().contains(p.descriptionEn())
                || line.description().contains(p.descriptionZh()))) {
          double reference =
              DATA.prices(p.family()).usdPerKg(d.declaration().declaredAt()) * p.priceFactor();
          assertThat(line.valueUsd() / line.netWeightKg())
              .as(line.description())
              .isBetween(reference * 0.75, reference * 1.25);
          checked++;
          break;
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void fewerDeclarationsAtWeekendsAndAroundTheChineseNewYear() {
    TradeCalendar calendar =
        new TradeCalendar(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 1_000_000);
    long newYearWeek = 0;
    long marchWeek = 0;
    for (int i = 0; i < calendar.days(); i++) {
      LocalDate day = calendar.day(i);
      if (!day.isBefore(LocalDate.of(2025, 1, 29)) && day.isBefore(LocalDate.of(2025, 2, 5))) {
        newYearWeek += calendar.count(i);
      }
      if (!day.isBefore(LocalDate.of(2025, 3, 10)) && day.isBefore(LocalDate.of(2025, 3, 17))) {
        marchWeek += calendar.count(i);
      }
    }
    long total = 0;
    for (int i = 0; i < calendar.days(); i++) {
      total += calendar.count(i);
    }
    assertThat(total).isEqualTo(1_000_000);
    assertThat(newYearWeek).isLessThan(marchWeek / 4);
    assertThat(calendar.count(4)).as("Sunday 5 January").isLessThan(calendar.count(6) / 3);
  }
}
