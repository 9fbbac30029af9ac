package dev.assay.simulator;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import dev.assay.license.License;
import dev.assay.simulator.license.LicenseBook;
import dev.assay.simulator.population.Population;
import dev.assay.simulator.reference.MineralProduct;
import dev.assay.simulator.reference.ReferenceData;
import dev.assay.simulator.smuggling.Injected;
import dev.assay.simulator.smuggling.Smuggling;
import dev.assay.simulator.smuggling.SmugglingContext;
import dev.assay.simulator.smuggling.SplitPart;
import dev.assay.simulator.trade.HonestLookalikes;
import dev.assay.simulator.trade.MineralShipment;
import dev.assay.simulator.trade.MineralTrade;
import dev.assay.simulator.trade.OrdinaryTrade;
import dev.assay.simulator.trade.TradeCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The trade simulator: generates export declarations with ground truth, in date order, and hands
 * each to a consumer as soon as it is made, together with every license the legitimate trade is
 * issued. Memory stays flat whatever the number of declarations: it holds the population, the
 * licenses in use and the parts of split shipments still to come, never the declarations.
 *
 * <p>Each declaration slot of a day is, by draw, a smuggling declaration, a controlled-mineral
 * shipment (legitimate, or turned into a violation), or ordinary trade. The same settings give the
 * same declarations and licenses, byte for byte.
 *
 * <pre>{@code
 * Simulator simulator = new Simulator(SimulationSettings.defaults().withDeclarations(50_000));
 * SimulationSummary summary = simulator.run(d -> writer.write(d.declaration()), licenseWriter::write);
 * }</pre>
 */
public final class Simulator {
  private final SimulationSettings settings;
  private final ControlList controlList;
  private final ReferenceData reference;

  public Simulator(SimulationSettings settings) {
    this(settings, ControlList.bundled(), ReferenceData.bundled());
  }

  public Simulator(SimulationSettings settings, ControlList controlList, ReferenceData reference) {
    this.settings = settings;
    this.controlList = controlList;
    this.reference = reference;
  }

  public SimulationSettings settings() {
    return settings;
  }

  /**
   * Generates every declaration of the settings, in date order.
   *
   * @param declarations receives each declaration as it is made
   * @param licenses receives each license as it is issued (issue dates are not in order)
   */
  public SimulationSummary run(
      Consumer<SimulatedDeclaration> declarations, Consumer<License> licenses) {
    return new Run(declarations, licenses).generate();
  }

  /** The population a run of these settings works with (built the same way as in the run). */
  public Population population() {
    Draws draws = new Draws(settings.seed());
    return Population.build(reference, settings.exporters(), draws.split());
  }

  /** One run: the state that lives while declarations are generated. */
  private final class Run {
    private final Consumer<SimulatedDeclaration> out;
    private final Draws draws;
    private final Population population;
    private final LicenseBook licenseBook;
    private final OrdinaryTrade ordinary;
    private final MineralTrade minerals;
    private final Smuggling smuggling;
    private final TradeCalendar calendar;
    private final InjectionPlan plan;
    private final Optional<Inspector> inspector;
    private final PriorityQueue<Pending> pending =
        new PriorityQueue<>(Comparator.comparing(Pending::date).thenComparingLong(Pending::order));
    private final Map<Typology, Long> violations = new EnumMap<>(Typology.class);
    private final HonestLookalikes lookalikes;
    private final PriorityQueue<HonestPending> honestPending =
        new PriorityQueue<>(
            Comparator.comparing(HonestPending::date).thenComparingLong(HonestPending::order));
    private long serial;
    private long pendingOrder;
    private long emitted;
    private long inspected;
    private long found;

    Run(Consumer<SimulatedDeclaration> out, Consumer<License> licenses) {
      this.out = out;
      this.draws = new Draws(settings.seed());
      this.population = Population.build(reference, settings.exporters(), draws.split());
      this.licenseBook = new LicenseBook(licenses);
      this.ordinary = new OrdinaryTrade(reference, population, settings.parameters());
      this.minerals = new MineralTrade(reference, population, controlList, licenseBook);
      this.smuggling =
          new Smuggling(
              new SmugglingContext(
                  reference, population, ordinary, minerals, settings.parameters()));
      this.lookalikes =
          new HonestLookalikes(reference, population, ordinary, minerals, settings.parameters());
      this.calendar = new TradeCalendar(settings.from(), settings.to(), settings.declarations());
      this.plan = new InjectionPlan(settings, calendar, reference, minerals, smuggling);
      this.inspector =
          settings.inspection().map(p -> new Inspector(p, controlList, settings.seed()));
      for (Typology t : Typology.values()) {
        violations.put(t, 0L);
      }
    }

    SimulationSummary generate() {
      for (int day = 0; day < calendar.days(); day++) {
        LocalDate date = calendar.day(day);
        long count = calendar.count(day);
        for (long i = 0; i < count; i++) {
          slot(day, date);
        }
      }
      return new SimulationSummary(
          emitted,
          violations,
          licenseBook.issuedCount(),
          inspected,
          found,
          population.exporters().size(),
          population.overseasParties().size(),
          plan.warnings());
    }

    private void slot(int day, LocalDate date) {
      long id = ++serial;
      Pending due = pending.peek();
      if (due != null && !due.date().isAfter(date)) {
        pending.poll();
        SplitPart part = due.part();
        MineralShipment redated = part.shipment().withDate(date);
        emit(
            smuggling.declare(
                new SplitPart(
                    date, redated, part.index(), part.of(), part.scheme(), part.covered()),
                id,
                draws));
        return;
      }
      HonestPending honest = honestPending.peek();
      if (honest != null && !honest.date().isAfter(date)) {
        honestPending.poll();
        emitHonest(honest.part(), id);
        return;
      }
      double u = draws.unit();
      double[] slotProbabilities = plan.slotProbabilities(day);
      double cumulative = 0;
      for (int t = 0; t < slotProbabilities.length; t++) {
        cumulative += slotProbabilities[t];
        if (u < cumulative) {
          Typology typology = InjectionPlan.SLOT_TYPOLOGIES.get(t);
          MineralShipment shipment = controlledShipment(anyControlledFamily(day), date);
          emit(smuggling.inject(typology, date, shipment, id, draws));
          return;
        }
      }
      if (u < cumulative + plan.mineralShare(day)) {
        mineralShipment(day, date, id);
        return;
      }
      // honest look-alikes (variants only: without them the default world stays byte for byte)
      if (lookalikes.share() > 0 && draws.chance(lookalikes.share())) {
        List<HonestLookalikes.Part> parts = lookalikes.next(date, draws);
        for (int p = 1; p < parts.size(); p++) {
          honestPending.add(new HonestPending(parts.get(p).date(), ++pendingOrder, parts.get(p)));
        }
        emitHonest(parts.getFirst(), id);
        return;
      }
      emit(ordinary.declaration(id, date, draws), GroundTruth.CLEAN);
    }

    private void emitHonest(HonestLookalikes.Part part, long id) {
      emit(
          part.make().apply(id),
          new GroundTruth(
              Outcome.CLEAN, Optional.empty(), "honest_" + part.kind(), "honest look-alike"));
    }

    private void mineralShipment(int day, LocalDate date, long id) {
      double[] weights = plan.familyWeights(java.time.YearMonth.from(date));
      int family = pickIndex(weights);
      String name = plan.families().get(family);
      if (plan.controlled(day, family)) {
        double v = draws.unit();
        double[] probabilities = plan.eventProbabilities();
        double cumulative = 0;
        for (int t = 0; t < probabilities.length; t++) {
          cumulative += probabilities[t];
          if (v < cumulative) {
            Typology typology = InjectionPlan.SHIPMENT_TYPOLOGIES.get(t);
            MineralShipment shipment = controlledShipment(name, date);
            if (typology == Typology.SPLIT_SHIPMENT) {
              List<SplitPart> parts = smuggling.split(shipment, settings.to(), draws);
              for (int p = 1; p < parts.size(); p++) {
                pending.add(new Pending(parts.get(p).date(), ++pendingOrder, parts.get(p)));
              }
              emit(smuggling.declare(parts.getFirst(), id, draws));
            } else {
              emit(smuggling.inject(typology, date, shipment, id, draws));
            }
            return;
          }
        }
      }
      MineralShipment shipment = minerals.plan(name, date, draws);
      Declaration d =
          minerals.legitimate(shipment, id, new Label(Outcome.CLEAN, Optional.empty()), draws);
      emit(d, GroundTruth.CLEAN);
    }

    private int pickIndex(double[] weights) {
      double sum = 0;
      for (double w : weights) {
        sum += w;
      }
      double target = draws.unit() * sum;
      for (int i = 0; i < weights.length; i++) {
        target -= weights[i];
        if (target < 0) {
          return i;
        }
      }
      return weights.length - 1;
    }

    /** A family the list controls on the day, or null when none is controlled yet. */
    private String anyControlledFamily(int day) {
      List<String> controlled = new ArrayList<>();
      for (int f = 0; f < plan.families().size(); f++) {
        if (plan.controlled(day, f)) {
          controlled.add(plan.families().get(f));
        }
      }
      return controlled.isEmpty() ? null : draws.pick(controlled);
    }

    /** A planned shipment of a controlled product of the family, or null for no family. */
    private MineralShipment controlledShipment(String family, LocalDate date) {
      if (family == null) {
        return null;
      }
      List<MineralProduct> products = minerals.controlledProducts(family, date);
      MineralProduct product = WeightedChoice.of(products, MineralProduct::share).pick(draws);
      return minerals.plan(product, date, draws);
    }

    private void emit(Injected injected) {
      violations.merge(injected.truth().typology().orElseThrow(), 1L, Long::sum);
      emit(injected.declaration(), injected.truth());
    }

    private void emit(Declaration declaration, GroundTruth truth) {
      Optional<Observation> observation = Optional.empty();
      if (inspector.isPresent()) {
        Observation o = inspector.get().observe(declaration, truth);
        observation = Optional.of(o);
        if (o.inspected()) {
          inspected++;
          if (o.outcome().orElse(Outcome.CLEAN) == Outcome.VIOLATION) {
            found++;
          }
        }
      }
      emitted++;
      out.accept(new SimulatedDeclaration(declaration, truth, observation));
    }
  }

  private record Pending(LocalDate date, long order, SplitPart part) {}

  private record HonestPending(LocalDate date, long order, HonestLookalikes.Part part) {}
}
