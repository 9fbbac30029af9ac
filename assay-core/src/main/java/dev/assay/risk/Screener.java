package dev.assay.risk;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.Outcome;
import dev.assay.lexicon.MineralLexicon;
import dev.assay.risk.detector.ConcealmentDetector;
import dev.assay.risk.detector.LicenseViolationDetector;
import dev.assay.risk.detector.MisdeclaredGoodsDetector;
import dev.assay.risk.detector.NetworkRiskDetector;
import dev.assay.risk.detector.ProfileAnomalyDetector;
import dev.assay.risk.detector.ProhibitedExportDetector;
import dev.assay.risk.detector.TransshipmentRiskDetector;
import dev.assay.risk.detector.UnlicensedControlledExportDetector;
import dev.assay.risk.detector.UnverifiedLicenseDetector;
import dev.assay.risk.detector.ValueAnomalyDetector;
import dev.assay.risk.evidence.EvidenceKinds;
import dev.assay.risk.evidence.EvidenceWeights;
import dev.assay.risk.evidence.EvidenceWeights.SoftKey;
import dev.assay.risk.network.PartyKeys;
import dev.assay.screening.PartyScreening;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Screens declarations: enriches each one, runs every detector on it, and scores the findings into
 * an assessment. Thread-safe when its detectors are.
 */
public final class Screener {
  private final Enricher enricher;
  private final List<Detector> detectors;
  private final Scoring scoring;
  private final Optional<LocalDate> asOfOverride;
  private final Optional<RiskModel> model;
  private final Optional<LanePolicy> lanePolicy;
  private final EvidenceWeights weights;
  private final int outcomeDelayDays;
  private final Outcomes outcomes;

  public Screener(
      ControlList controlList,
      List<Detector> detectors,
      Scoring scoring,
      Optional<LocalDate> asOfOverride) {
    this(() -> controlList, detectors, scoring, asOfOverride);
  }

  /**
   * A screener that reads the control list in force through a supplier on every declaration, so
   * that a reloaded list takes effect without a new screener: what the detectors have learned is
   * kept.
   */
  public Screener(
      Supplier<ControlList> controlList,
      List<Detector> detectors,
      Scoring scoring,
      Optional<LocalDate> asOfOverride) {
    this(controlList, detectors, scoring, asOfOverride, Optional.empty(), Optional.empty());
  }

  public Screener(
      ControlList controlList,
      List<Detector> detectors,
      Scoring scoring,
      Optional<LocalDate> asOfOverride,
      Optional<RiskModel> model,
      Optional<LanePolicy> lanePolicy) {
    this(() -> controlList, detectors, scoring, asOfOverride, model, lanePolicy);
  }

  /**
   * @param model a ranking model whose probability blends into the score, by the scoring's model
   *     weight
   * @param lanePolicy decides lanes within capacity and picks at random; without one the score's
   *     thresholds decide
   */
  public Screener(
      Supplier<ControlList> controlList,
      List<Detector> detectors,
      Scoring scoring,
      Optional<LocalDate> asOfOverride,
      Optional<RiskModel> model,
      Optional<LanePolicy> lanePolicy) {
    this(
        new Enricher(controlList),
        detectors,
        scoring,
        asOfOverride,
        model,
        lanePolicy,
        null,
        0,
        null);
  }

  private Screener(
      Enricher enricher,
      List<Detector> detectors,
      Scoring scoring,
      Optional<LocalDate> asOfOverride,
      Optional<RiskModel> model,
      Optional<LanePolicy> lanePolicy,
      EvidenceWeights weights,
      int outcomeDelayDays,
      Outcomes outcomes) {
    if (outcomeDelayDays < 0) {
      throw new IllegalArgumentException(
          "an outcome delay is 0 days or more, got " + outcomeDelayDays);
    }
    this.enricher = enricher;
    this.detectors = withRegisterDeciding(detectors);
    this.scoring = scoring;
    this.asOfOverride = asOfOverride;
    this.model = model;
    this.lanePolicy = lanePolicy;
    this.weights = weights;
    this.outcomeDelayDays = outcomeDelayDays;
    this.outcomes = outcomes != null ? outcomes : new Outcomes();
  }

  /**
   * This screener (same detectors, learned state and lane policy) scoring soft evidence by learned
   * weights (docs/evidence.md): each soft finding weighs its posterior probability, and where a
   * model is present the model's calibrated probability takes the place of the soft findings (it
   * may lower a score as well as raise it). Legal certainties keep their shipped weight and force
   * RED in either case. Outcomes learned by this screener update {@code weights}.
   */
  public Screener withEvidenceWeights(EvidenceWeights weights) {
    return new Screener(
        enricher,
        detectors,
        scoring,
        asOfOverride,
        model,
        lanePolicy,
        java.util.Objects.requireNonNull(weights),
        outcomeDelayDays,
        null);
  }

  /**
   * This screener ranking with another model from now on: the same detectors, lane policy, weights
   * and the outcomes still to come (a model retrained in production takes over mid-stream).
   */
  public Screener withModel(RiskModel newModel) {
    return new Screener(
        enricher,
        detectors,
        scoring,
        asOfOverride,
        Optional.of(newModel),
        lanePolicy,
        weights,
        outcomeDelayDays,
        outcomes);
  }

  /**
   * This screener with outcomes known only {@code days} after the declaration date: an outcome
   * learned for a declaration of day D reaches the detectors and weights when a declaration of day
   * D + days or later is screened, never before (inspection results come days after clearance).
   */
  public Screener withOutcomeDelay(int days) {
    return new Screener(
        enricher, detectors, scoring, asOfOverride, model, lanePolicy, weights, days, null);
  }

  /** The learned weights of soft evidence, where this screener has them. */
  public Optional<EvidenceWeights> evidenceWeights() {
    return Optional.ofNullable(weights);
  }

  /** A screener with the control-list detectors and the shipped scoring. */
  public static Screener standard(ControlList controlList, Optional<LocalDate> asOfOverride) {
    return new Screener(
        controlList, standardDetectors(controlList), Scoring.bundled(), asOfOverride);
  }

  /**
   * The detectors that ship with Assay, in the order their findings are reported; the party network
   * learns from inspection outcomes only (no restricted-party lists).
   */
  public static List<Detector> standardDetectors(ControlList controlList) {
    return standardDetectors(() -> controlList, Optional.empty());
  }

  /** The shipped detectors, reading the control list in force through a supplier. */
  public static List<Detector> standardDetectors(Supplier<ControlList> controlList) {
    return standardDetectors(controlList, Optional.empty());
  }

  public static List<Detector> standardDetectors(
      ControlList controlList, Optional<PartyScreening> screening) {
    return standardDetectors(() -> controlList, screening);
  }

  /**
   * The detectors that ship with Assay, the party network seeded with the restricted parties of the
   * given screening (each overseas party is screened once, when first seen). MISDECLARED_GOODS
   * follows a reloaded control list; the profile and transshipment detectors keep the list they
   * started with for the dates and minerals of its measures.
   */
  public static List<Detector> standardDetectors(
      Supplier<ControlList> controlList, Optional<PartyScreening> screening) {
    PartyKeys keys = PartyKeys.standard();
    ControlList atStart = controlList.get();
    return List.of(
        new ProhibitedExportDetector(),
        new UnlicensedControlledExportDetector(),
        MisdeclaredGoodsDetector.bundled(controlList),
        new ConcealmentDetector(),
        ValueAnomalyDetector.bundled(),
        ProfileAnomalyDetector.bundled(atStart),
        new TransshipmentRiskDetector(atStart, keys, MineralLexicon.bundled()),
        new NetworkRiskDetector(keys, screening),
        new UnverifiedLicenseDetector());
  }

  /**
   * Where a license register is checked ({@link LicenseViolationDetector}), the register decides
   * about cited numbers, so the register-less doubts ({@link UnverifiedLicenseDetector}) are left
   * out: every adapter that adds a register gets this without removing the shipped detector.
   */
  private static List<Detector> withRegisterDeciding(List<Detector> detectors) {
    if (detectors.stream().noneMatch(d -> d instanceof LicenseViolationDetector)) {
      return List.copyOf(detectors);
    }
    return detectors.stream().filter(d -> !(d instanceof UnverifiedLicenseDetector)).toList();
  }

  public Assessment screen(Declaration declaration) {
    flushOpenStream();
    outcomes.advance(declaration.declaredAt(), this::apply);
    LocalDate asOf = asOfOverride.orElse(declaration.declaredAt());
    EnrichedDeclaration enriched = enricher.enrich(declaration, asOf);
    List<Finding> findings = new ArrayList<>(2);
    for (Detector detector : detectors) {
      detector.inspect(enriched, findings::add);
    }
    Assessment assessment = assess(declaration, enriched, findings);
    declaration
        .label()
        .ifPresent(
            label -> learn(declaration, label.outcome(), randomPick(assessment), Double.NaN));
    return assessment;
  }

  /**
   * Screens declarations in order, as {@link #screen} one after another would, with the detectors
   * spread over {@code threads} threads (this one and {@code threads - 1} workers; 1 screens on
   * this thread alone, as {@link #screen} does). Every detector sees every declaration and every
   * outcome in the same order as on one thread, and the findings are joined in detector order, so
   * the assessments are the same (docs/performance.md, "Detectors on two threads"). Each assessment
   * reaches {@code out} in order, possibly a few hundred declarations after its declaration was
   * accepted; {@link ScreeningStream#flush} delivers all. Use it from one thread at a time and
   * close it; {@link #screen} and {@link #learnOutcome} flush it first.
   */
  public ScreeningStream stream(int threads, ScreeningStream.Sink out) {
    if (threads < 1) {
      throw new IllegalArgumentException("screening takes 1 thread or more, got " + threads);
    }
    return open(DetectorGroups.of(detectors, threads), out);
  }

  /** A stream with the detectors {@code onWorker} accepts on one worker (for tests). */
  ScreeningStream stream(
      java.util.function.Predicate<Detector> onWorker, ScreeningStream.Sink out) {
    return open(DetectorGroups.of(detectors, onWorker), out);
  }

  private ScreeningStream open(DetectorGroups groups, ScreeningStream.Sink out) {
    if (openStream != null) {
      throw new IllegalStateException("this screener already has an open stream");
    }
    ScreeningStream stream = new ScreeningStream(this, groups, out);
    openStream = stream;
    return stream;
  }

  /** As {@link #stream(int, ScreeningStream.Sink)} on {@link #defaultThreads()} threads. */
  public ScreeningStream stream(ScreeningStream.Sink out) {
    return stream(defaultThreads(), out);
  }

  /** The system property that sets {@link #defaultThreads()}: {@code -Dassay.screen.threads=2}. */
  public static final String THREADS_PROPERTY = "assay.screen.threads";

  /**
   * The threads a batch screen spreads its detectors over unless told otherwise: the system
   * property {@value #THREADS_PROPERTY} where set, else 1. Two threads gave the same assessments
   * but no clear gain in wall time on the project's two-core machine, where the parser, the
   * compiler and the collector already fill the second core (docs/performance.md, "Detectors on two
   * threads"), so one thread stays the default.
   */
  public static int defaultThreads() {
    String set = System.getProperty(THREADS_PROPERTY);
    if (set != null && !set.isBlank()) {
      try {
        int n = Integer.parseInt(set.strip());
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // not a number: the same complaint as a number below 1
      }
      throw new IllegalArgumentException(
          THREADS_PROPERTY + " is a whole number of threads, 1 or more, got '" + set + "'");
    }
    return 1;
  }

  /**
   * The stream opened on this screener and not yet closed: set and cleared by the stream's owner; a
   * screener shared by threads (the server) never opens one, so it reads null there.
   */
  private ScreeningStream openStream;

  void streamClosed(ScreeningStream stream) {
    if (openStream == stream) {
      openStream = null;
    }
  }

  private void flushOpenStream() {
    ScreeningStream stream = openStream;
    if (stream != null) {
      stream.flush();
    }
  }

  /**
   * The first half of screening one declaration in a stream, on the stream's thread: the outcomes
   * now known reach the detectors (this thread's group at once, the workers' groups as events of
   * {@code chunk}), the declaration is enriched, queued for the workers' detectors and inspected by
   * this thread's; its own label reaches the detectors after it. What depends on scoring (the
   * weights, the selection) waits for {@link #finish}.
   */
  void prepare(ScreeningStream.Slot slot, DetectorGroups groups, List<Object> chunk) {
    Declaration declaration = slot.declaration;
    outcomes.advance(
        declaration.declaredAt(),
        p -> {
          learnDetectors(p, groups, chunk);
          slot.released(p);
        });
    LocalDate asOf = asOfOverride.orElse(declaration.declaredAt());
    EnrichedDeclaration enriched = enricher.enrich(declaration, asOf);
    slot.enriched = enriched;
    chunk.add(slot);
    groups.inspect(0, enriched, slot);
    if (declaration.label().isPresent()) {
      PendingOutcome p =
          new PendingOutcome(
              declaration,
              declaration.label().get().outcome(),
              false, // set by finish(), which knows whether the declaration was a random pick
              Double.NaN,
              declaration.declaredAt().plusDays(outcomeDelayDays));
      slot.label = p;
      slot.labelKnown = outcomes.arrive(p, q -> learnDetectors(q, groups, chunk));
    }
  }

  /**
   * The second half, once every group has inspected the declaration: the weights learn the outcomes
   * released before it, its findings are joined in detector order and scored, and its label reaches
   * the weights, all in the order {@link #screen} does them.
   */
  Assessment finish(ScreeningStream.Slot slot, DetectorGroups groups) {
    if (slot.released != null) {
      for (PendingOutcome p : slot.released) {
        learnWeights(p);
      }
    }
    Assessment assessment = assess(slot.declaration, slot.enriched, groups.findings(slot));
    if (slot.label != null) {
      slot.label.wasRandom = randomPick(assessment);
      if (slot.labelKnown) {
        learnWeights(slot.label);
      }
    }
    return assessment;
  }

  private void learnDetectors(PendingOutcome p, DetectorGroups groups, List<Object> chunk) {
    groups.learn(0, p.declaration, p.outcome);
    if (groups.workers() > 0) {
      chunk.add(p);
    }
  }

  /** Scores a declaration's findings and selects its lane; what the weights keep of it. */
  private Assessment assess(
      Declaration declaration, EnrichedDeclaration enriched, List<Finding> findings) {
    boolean certain = !findings.isEmpty() && EvidenceKinds.firstLegalCertainty(findings) >= 0;
    Scoring.ScoreBreakdown breakdown;
    Optional<ModelScore> modelScore = Optional.empty();
    if (weights != null) {
      double p = Double.NaN;
      if (model.isPresent()) {
        p = model.get().probability(enriched, findings);
      }
      breakdown = evidenceScore(findings, p);
      if (model.isPresent()) {
        modelScore =
            Optional.of(new ModelScore(model.get().version(), p, breakdown.modelContribution()));
      }
    } else if (model.isPresent()) {
      RiskModel m = model.get();
      double p = m.probability(enriched, findings);
      breakdown = scoring.explain(findings, p);
      modelScore = Optional.of(new ModelScore(m.version(), p, breakdown.modelContribution()));
    } else {
      breakdown = scoring.explain(findings);
    }
    double score = breakdown.score();
    Lane scoreLane = certain ? Lane.RED : scoring.lane(score);
    List<SoftKey> soft =
        weights != null && !findings.isEmpty()
            ? outcomes.canonical(EvidenceWeights.keys(softFindings(findings)))
            : List.of();
    List<SoftKey> certainKeys =
        weights != null && certain
            ? outcomes.canonical(EvidenceWeights.keys(legalCertainties(findings)))
            : List.of();
    double explored = explorationRate(soft);
    Optional<Selection> selection =
        certain
            ? lanePolicy.map(policy -> policy.selectCertain(declaration, score))
            : lanePolicy.map(
                policy ->
                    Double.isNaN(explored)
                        ? policy.select(declaration, score, scoreLane)
                        : policy.select(declaration, score, scoreLane, explored));
    List<Double> contributions = new ArrayList<>(findings.size());
    for (double c : breakdown.findingContributions()) {
      contributions.add(c);
    }
    Assessment assessment =
        new Assessment(
            declaration.id(),
            score,
            selection.map(Selection::lane).orElse(scoreLane),
            findings,
            contributions,
            modelScore,
            selection);
    if (weights != null && !findings.isEmpty()) {
      // The stratum the random picks stand for: what carried soft evidence and was not targeted.
      boolean random = randomPick(assessment);
      boolean untargeted = !soft.isEmpty() && (assessment.lane() != Lane.RED || random);
      double pi = selection.map(Selection::randomRedProbability).orElse(Double.NaN);
      outcomes.remember(declaration.id(), soft, certainKeys, random, untargeted, pi);
      if (untargeted) {
        weights.screenedUntargetedKeys(soft, 1);
      }
    }
    return assessment;
  }

  /**
   * The random RED probability to draw this declaration at where its lane policy explores ({@link
   * Exploration}) and one of its sub-signals has had fewer random picks than the policy asks for
   * (the picks whose outcomes the weights learned, and those still awaiting an outcome): known at
   * screening, from picks already made. NaN for the policy's base rate.
   */
  private double explorationRate(List<SoftKey> soft) {
    if (soft.isEmpty() || lanePolicy.isEmpty()) {
      return Double.NaN;
    }
    Exploration exploration = lanePolicy.get().exploration();
    // where exploration hears from lone carriers, their rate is the weights' to use
    weights.stratifyLoneCarriers(exploration.on() && exploration.minLonePicks() > 0);
    if (!exploration.on()) {
      return Double.NaN;
    }
    return outcomes.thinlyMeasured(
            soft, weights, exploration.minRandomPicks(), exploration.minLonePicks())
        ? exploration.randomRed()
        : Double.NaN;
  }

  /**
   * Legal certainties at the hit rate their kind has had on inspection (from their shipped weight);
   * soft findings at their learned weight, or, with a model, the model's probability in their
   * place.
   */
  private Scoring.ScoreBreakdown evidenceScore(List<Finding> findings, double modelProbability) {
    boolean withModel = !Double.isNaN(modelProbability);
    int n = findings.size();
    double[] w = new double[withModel ? n + 1 : n];
    for (int i = 0; i < n; i++) {
      Finding f = findings.get(i);
      if (EvidenceKinds.isLegalCertainty(f)) {
        w[i] = weights.certaintyWeight(f);
      } else {
        w[i] = withModel ? 0 : weights.weight(f);
      }
    }
    Scoring.countSoftRepeatsOnce(findings, w);
    if (withModel) {
      w[n] = modelProbability;
    }
    return Scoring.combine(w, withModel);
  }

  private static List<Finding> legalCertainties(List<Finding> findings) {
    List<Finding> certain = new ArrayList<>(1);
    for (Finding f : findings) {
      if (EvidenceKinds.isLegalCertainty(f)) {
        certain.add(f);
      }
    }
    return certain;
  }

  private static List<Finding> softFindings(List<Finding> findings) {
    List<Finding> soft = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!EvidenceKinds.isLegalCertainty(f)) {
        soft.add(f);
      }
    }
    return soft;
  }

  private static boolean randomPick(Assessment assessment) {
    return assessment.lane() == Lane.RED && assessment.laneReason() == Selection.Reason.RANDOM;
  }

  /**
   * Learns the inspection outcome of a declaration this screener screened before; whether it was a
   * random pick is taken from its assessment (false where this screener did not keep it).
   */
  public void learnOutcome(Declaration declaration, Outcome outcome) {
    flushOpenStream();
    learnOutcome(declaration, outcome, outcomes.wasRandom(declaration.id()));
  }

  /**
   * Learns the inspection outcome of a declaration screened before. The detectors learn it, and,
   * with learned weights, the weights of the soft findings it had when screened, weighted by the
   * inverse of its inspection probability (the random rate for a random pick, 1 otherwise). It
   * takes effect once it is known: with an outcome delay, from the first declaration screened on or
   * after the declaration date plus the delay; nothing learned ever reaches back into an assessment
   * already made.
   *
   * @param wasRandom whether a random draw, not the score, sent the declaration to inspection
   */
  public void learnOutcome(Declaration declaration, Outcome outcome, boolean wasRandom) {
    learn(declaration, outcome, wasRandom, Double.NaN);
  }

  /**
   * As {@link #learnOutcome(Declaration, Outcome, boolean)}, with the random pick's inclusion
   * probability as recorded in its assessment ({@link Selection#randomRedProbability()}): a random
   * pick's outcome counts {@code 1 / randomRedProbability} declarations. Empty where the record
   * does not say (an assessment stored before it was recorded): the lane policy's base random rate,
   * as every pick was drawn at then. (The two- and three-argument forms take the probability this
   * screener remembers for the declaration.)
   */
  public void learnOutcome(
      Declaration declaration,
      Outcome outcome,
      boolean wasRandom,
      java.util.OptionalDouble randomRedProbability) {
    double pi = randomRedProbability.orElseGet(this::baseRandomRed);
    if (!(pi > 0 && pi <= 1)) {
      throw new IllegalArgumentException("a random RED probability is in (0, 1], got " + pi);
    }
    learn(declaration, outcome, wasRandom, pi);
  }

  private void learn(
      Declaration declaration, Outcome outcome, boolean wasRandom, double randomRedProbability) {
    // An outcome learned between screens: whatever a stream holds back is screened first, so
    // that the outcome comes after it, as it would on one thread.
    flushOpenStream();
    outcomes.arrive(
        new PendingOutcome(
            declaration,
            outcome,
            wasRandom,
            randomRedProbability,
            declaration.declaredAt().plusDays(outcomeDelayDays)),
        this::apply);
  }

  private void apply(PendingOutcome p) {
    for (Detector detector : detectors) {
      detector.learnOutcome(p.declaration, p.outcome);
    }
    learnWeights(p);
  }

  /** What the learned weights take from an outcome (the detectors' part is apart). */
  private void learnWeights(PendingOutcome p) {
    if (weights != null) {
      Remembered remembered = outcomes.forget(p.declaration.id());
      if (remembered != null && !remembered.certain().isEmpty()) {
        weights.observeCertainties(remembered.certain(), p.outcome == Outcome.VIOLATION);
      }
      List<SoftKey> soft = remembered == null ? null : remembered.soft();
      if (soft != null && !soft.isEmpty()) {
        if (remembered.untargeted() && !p.wasRandom) {
          // inspected although the screener did not target it (an analyst's choice): it leaves
          // the untargeted stratum and counts as targeted
          weights.screenedUntargetedKeys(soft, -1);
        }
        if (remembered.random() && p.wasRandom) {
          // the pick's outcome is in the weights' tallies from now on, no longer awaited
          outcomes.pickLearned(soft);
        }
        double random = p.randomRedProbability;
        if (!(random > 0)) {
          random = remembered.randomRed();
        }
        if (!(random > 0)) {
          random = baseRandomRed();
        }
        // each random pick weighs the inverse of its own inclusion probability (Horvitz-Thompson):
        // an explored declaration, drawn at a higher rate, stands for fewer undrawn ones
        weights.observeKeys(soft, p.outcome == Outcome.VIOLATION, p.wasRandom ? random : 1);
      }
    }
  }

  /** The lane policy's base random RED rate, or the default where it has none. */
  private double baseRandomRed() {
    return lanePolicy
        .flatMap(
            policy -> {
              java.util.OptionalDouble r = policy.randomRedRate();
              return r.isPresent() ? Optional.of(r.getAsDouble()) : Optional.empty();
            })
        .filter(r -> r > 0)
        .orElse(EvidenceWeights.DEFAULT_RANDOM_INCLUSION);
  }

  /** Outcomes learned before the day they are known, so they are held back. */
  static final class PendingOutcome {
    final Declaration declaration;
    final Outcome outcome;

    /**
     * Whether a random draw sent it to inspection: only the weights read it. A stream learns a
     * label's outcome in the detectors before the declaration is scored, and sets this when it is
     * (before the weights can read it, which is never earlier than the scoring).
     */
    boolean wasRandom;

    final double randomRedProbability;
    final LocalDate knownOn;

    PendingOutcome(
        Declaration declaration,
        Outcome outcome,
        boolean wasRandom,
        double randomRedProbability,
        LocalDate knownOn) {
      this.declaration = declaration;
      this.outcome = outcome;
      this.wasRandom = wasRandom;
      this.randomRedProbability = randomRedProbability;
      this.knownOn = knownOn;
    }

    LocalDate knownOn() {
      return knownOn;
    }
  }

  /**
   * The screener's clock (the latest declaration date screened), outcomes not yet known, and the
   * soft findings of recent assessments that outcomes will be learned against.
   */
  private static final class Outcomes {
    private static final int REMEMBERED = 500_000;
    private volatile long clock = Long.MIN_VALUE;
    private volatile int pendingCount;
    private final PriorityQueue<PendingOutcome> pending =
        new PriorityQueue<>(Comparator.comparing(PendingOutcome::knownOn));

    private final Map<SoftKey, SoftKey> keyObjects = new HashMap<>();

    /** Random picks per key made by this screener whose outcomes the weights have not learned. */
    private final Map<SoftKey, Integer> awaiting = new HashMap<>();

    /** Of {@link #awaiting}, the picks whose declaration carried the key as its only evidence. */
    private final Map<SoftKey, Integer> awaitingLone = new HashMap<>();

    private final Map<String, Remembered> recent =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > REMEMBERED;
          }
        };

    void advance(LocalDate day, Consumer<PendingOutcome> apply) {
      long epochDay = day.toEpochDay();
      if (epochDay > clock) {
        synchronized (this) {
          if (epochDay > clock) {
            clock = epochDay;
          }
        }
      }
      if (pendingCount > 0) {
        release(apply);
      }
    }

    /** Applies the outcome now if it is known by the clock, else holds it back; true if applied. */
    synchronized boolean arrive(PendingOutcome p, Consumer<PendingOutcome> apply) {
      if (p.knownOn().toEpochDay() <= clock) {
        apply.accept(p);
        return true;
      }
      pending.add(p);
      pendingCount = pending.size();
      return false;
    }

    private synchronized void release(Consumer<PendingOutcome> apply) {
      while (!pending.isEmpty() && pending.peek().knownOn().toEpochDay() <= clock) {
        apply.accept(pending.poll());
      }
      pendingCount = pending.size();
    }

    synchronized void remember(
        String id,
        List<SoftKey> soft,
        List<SoftKey> certain,
        boolean random,
        boolean untargeted,
        double randomRed) {
      recent.put(id, new Remembered(soft, certain, random, untargeted, randomRed));
      if (random) {
        for (SoftKey k : soft) {
          awaiting.merge(k, 1, Integer::sum);
        }
        if (EvidenceWeights.isLone(soft)) {
          awaitingLone.merge(soft.get(0), 1, Integer::sum);
        }
      }
    }

    /** A random pick's outcome reached the weights: its keys' picks are counted there now. */
    synchronized void pickLearned(List<SoftKey> soft) {
      for (SoftKey k : soft) {
        awaiting.computeIfPresent(k, (key, n) -> n > 1 ? n - 1 : null);
      }
      if (EvidenceWeights.isLone(soft)) {
        awaitingLone.computeIfPresent(soft.get(0), (key, n) -> n > 1 ? n - 1 : null);
      }
    }

    /**
     * Whether any sub-signal among {@code soft} has had fewer than {@code minPicks} random picks:
     * those whose outcomes the weights learned and those made by this screener still awaiting one.
     * A key repeated on a declaration counts once, and an analyst rule is not a sub-signal. Where
     * the declaration carries one sub-signal alone, also whether that sub-signal has had fewer than
     * {@code minLonePicks} random picks among such lone carriers (0: not asked).
     */
    synchronized boolean thinlyMeasured(
        List<SoftKey> soft, EvidenceWeights w, int minPicks, int minLonePicks) {
      for (SoftKey k : soft) {
        if (k.rule() == null && w.randomInspections(k) + awaiting.getOrDefault(k, 0) < minPicks) {
          return true;
        }
      }
      if (minLonePicks > 0 && EvidenceWeights.isLone(soft)) {
        SoftKey k = soft.get(0);
        return w.loneRandomInspections(k) + awaitingLone.getOrDefault(k, 0) < minLonePicks;
      }
      return false;
    }

    /**
     * The same keys, each the one object kept for its value: a screener remembers the soft findings
     * of up to {@link #REMEMBERED} declarations, and there are only as many distinct keys as codes,
     * severities, sub-signals and rules. Keeping keys instead of the findings (with their evidence)
     * took the memory per remembered declaration from about 1.5 KB to about 0.2 KB.
     */
    synchronized List<SoftKey> canonical(List<SoftKey> keys) {
      List<SoftKey> out = new ArrayList<>(keys.size());
      for (SoftKey k : keys) {
        out.add(keyObjects.computeIfAbsent(k, key -> key));
      }
      return List.copyOf(out);
    }

    synchronized boolean wasRandom(String id) {
      Remembered r = recent.get(id);
      return r != null && r.random();
    }

    synchronized Remembered forget(String id) {
      return recent.remove(id);
    }
  }

  /**
   * @param randomRed the random RED probability of the declaration's draw (its inclusion
   *     probability where it was a random pick), NaN where no lane policy drew
   */
  private record Remembered(
      List<SoftKey> soft,
      List<SoftKey> certain,
      boolean random,
      boolean untargeted,
      double randomRed) {}

  public Scoring scoring() {
    return scoring;
  }

  /**
   * The share of declarations its lane policy sends RED by a random draw, whatever their score (the
   * inclusion probability of the unbiased sample); empty without a policy that draws.
   */
  public java.util.OptionalDouble randomRedRate() {
    return lanePolicy
        .map(LanePolicy::randomRedRate)
        .filter(java.util.OptionalDouble::isPresent)
        .orElse(java.util.OptionalDouble.empty());
  }
}
