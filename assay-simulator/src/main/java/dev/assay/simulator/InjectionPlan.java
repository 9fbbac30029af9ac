package dev.assay.simulator;

import dev.assay.simulator.reference.MineralFlows;
import dev.assay.simulator.reference.ReferenceData;
import dev.assay.simulator.smuggling.Smuggling;
import dev.assay.simulator.trade.MineralTrade;
import dev.assay.simulator.trade.TradeCalendar;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the typology rates (shares of all declarations) into the probabilities the generator draws
 * with, day by day. A typology can occur only where it makes sense: smuggling a mineral only once
 * the list controls it, a restricted party only once it is listed, an unlicensed export only of
 * goods that need a license. The probabilities are raised on the days where a typology is possible
 * so that, over the period, its share comes out at the rate asked. Typologies of shipment scope
 * convert controlled-mineral shipments (which the monthly flows govern), so they do not add to the
 * volumes that customs statistics count.
 */
final class InjectionPlan {
  static final List<Typology> SLOT_TYPOLOGIES = scope(Typology.Scope.DECLARATION);
  static final List<Typology> SHIPMENT_TYPOLOGIES = scope(Typology.Scope.MINERAL_SHIPMENT);

  private final List<String> families;
  private final TradeCalendar calendar;
  private final boolean[][] controlled;
  private final double[][] slotProbability;
  private final double[] slotTotal;
  private final double[] eventProbability;
  private final Map<YearMonth, double[]> familyWeights = new java.util.HashMap<>();
  private final double mineralShare;
  private final ReferenceData reference;
  private final List<String> warnings = new ArrayList<>();

  InjectionPlan(
      SimulationSettings settings,
      TradeCalendar calendar,
      ReferenceData reference,
      MineralTrade trade,
      Smuggling smuggling) {
    this.reference = reference;
    this.families = reference.families();
    this.calendar = calendar;
    this.mineralShare = settings.mineralShare();
    int days = calendar.days();
    controlled = new boolean[days][families.size()];
    boolean[] anyControlled = new boolean[days];
    boolean[] anyListed = new boolean[days];
    for (int d = 0; d < days; d++) {
      for (int f = 0; f < families.size(); f++) {
        controlled[d][f] = !trade.controlledProducts(families.get(f), calendar.day(d)).isEmpty();
        anyControlled[d] |= controlled[d][f];
      }
      anyListed[d] = smuggling.anyPartyListed(calendar.day(d));
    }
    double n = settings.declarations();
    slotProbability = new double[days][SLOT_TYPOLOGIES.size()];
    slotTotal = new double[days];
    for (int t = 0; t < SLOT_TYPOLOGIES.size(); t++) {
      Typology typology = SLOT_TYPOLOGIES.get(t);
      boolean[] possible = typology == Typology.RESTRICTED_PARTY ? anyListed : anyControlled;
      double slots = 0;
      for (int d = 0; d < days; d++) {
        slots += possible[d] ? calendar.count(d) : 0;
      }
      double rate = settings.rates().of(typology);
      if (rate > 0 && slots == 0) {
        warnings.add(
            typology.label() + " cannot occur in this period (nothing controlled or listed yet)");
        continue;
      }
      for (int d = 0; d < days; d++) {
        slotProbability[d][t] = possible[d] ? Math.min(0.3, rate * n / slots) : 0;
        slotTotal[d] += slotProbability[d][t];
      }
    }
    eventProbability = new double[SHIPMENT_TYPOLOGIES.size()];
    double events = 0;
    for (int d = 0; d < days; d++) {
      double[] weights = familyWeights(YearMonth.from(calendar.day(d)));
      for (int f = 0; f < families.size(); f++) {
        if (controlled[d][f]) {
          events += calendar.count(d) * mineralShare * weights[f] / families.size();
        }
      }
    }
    double sum = 0;
    for (int t = 0; t < SHIPMENT_TYPOLOGIES.size(); t++) {
      Typology typology = SHIPMENT_TYPOLOGIES.get(t);
      double rate = settings.rates().of(typology);
      double perEvent =
          typology == Typology.SPLIT_SHIPMENT ? settings.parameters().meanSplitParts() : 1;
      if (rate > 0 && events == 0) {
        warnings.add(
            typology.label() + " cannot occur in this period (no controlled-mineral shipments)");
        continue;
      }
      eventProbability[t] = events == 0 ? 0 : rate * n / (events * perEvent);
      sum += eventProbability[t];
    }
    if (sum > 0.9) {
      warnings.add(
          String.format(
              java.util.Locale.ROOT,
              "shipment typology rates need %.0f%% of controlled-mineral shipments; scaled down to 90%%"
                  + " (raise --mineral-share or lower the rates)",
              sum * 100));
      for (int t = 0; t < eventProbability.length; t++) {
        eventProbability[t] *= 0.9 / sum;
      }
    }
  }

  private static List<Typology> scope(Typology.Scope scope) {
    List<Typology> list = new ArrayList<>();
    for (Typology t : Typology.values()) {
      if (t.scope() == scope) {
        list.add(t);
      }
    }
    return List.copyOf(list);
  }

  /**
   * Each family's flow index for a month: its volume as a multiple of its average month. The mix
   * across families is balanced (each family weighs the same in an average month) so that every
   * family has enough shipments to learn from; within a family, the months follow the flows.
   */
  double[] familyWeights(YearMonth month) {
    return familyWeights.computeIfAbsent(
        month,
        m -> {
          double[] w = new double[families.size()];
          for (int f = 0; f < w.length; f++) {
            MineralFlows flows = reference.flows(families.get(f));
            w[f] = flows.index(m);
          }
          return w;
        });
  }

  /** The share of a day's declarations that are controlled-mineral shipments. */
  double mineralShare(int day) {
    double[] w = familyWeights(YearMonth.from(calendar.day(day)));
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    return Math.min(0.9 - slotTotal[day], mineralShare * sum / families.size());
  }

  boolean controlled(int day, int family) {
    return controlled[day][family];
  }

  boolean anyControlled(int day) {
    for (boolean c : controlled[day]) {
      if (c) {
        return true;
      }
    }
    return false;
  }

  double[] slotProbabilities(int day) {
    return slotProbability[day];
  }

  double slotTotal(int day) {
    return slotTotal[day];
  }

  double[] eventProbabilities() {
    return eventProbability;
  }

  List<String> families() {
    return families;
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }
}
