package dev.assay.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.report.AssessmentWriter;
import dev.assay.risk.detector.MisdeclaredGoodsDetector;
import dev.assay.risk.detector.NetworkRiskDetector;
import dev.assay.risk.detector.TransshipmentRiskDetector;
import dev.assay.risk.detector.ValueAnomalyDetector;
import dev.assay.risk.evidence.EvidenceWeights;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.RestrictedPartyDetector;
import dev.assay.selection.CapacityLanes;
import dev.assay.selection.SelectionSettings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * A stream with the detectors on more than one thread screens as one thread does: the same
 * assessments (score, lane, findings in order, contributions, selection), byte for byte in JSON.
 */
class ScreeningStreamTest {
  private static final ControlList CONTROL_LIST = ControlList.bundled();

  /** Goods that wake the detectors of both groups: controlled, misdeclared, lookalike, plain. */
  private static final String[][] GOODS = {
    {"7616999000", "galium ingots"},
    {"8110101000", "antimony ingots"},
    {"7801910000", "antimony ingots Sb 99.65%"},
    {"8112929010", "gallium"},
    {"2841801000", "ammonium paratungstate"},
    {"6403990000", "shoes"},
    {"3810100000", "Sn42Bi58 low-temperature solder paste"},
    {"8505119000", "NdFeB magnet blocks, Dy 0.24%"},
    {"7601200000", "aluminium alloy ingots"},
    {"2803000000", "carbon black"},
  };

  private static final String[] COUNTRIES = {
    "DE", "US", "NL", "AE", "SG", "HK", "MY", "KR", "JP", "IN", "TR", "VN"
  };

  /**
   * A stream of declarations in date order over about a year: repeat exporters and parties (a
   * restricted one among them), a few hundred labelled with their inspection's outcome.
   */
  static List<Declaration> declarations(long seed, int n) {
    Random r = new Random(seed);
    List<Exporter> exporters = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      exporters.add(
          new Exporter(
              UnifiedSocialCreditCode.withCheckCharacter(String.format("91430100MA4L%05d", i)),
              "Exporter " + i + " Metals Co"));
    }
    List<Party> parties = new ArrayList<>();
    for (int j = 0; j < 40; j++) {
      CountryCode c = new CountryCode(COUNTRIES[j % COUNTRIES.length]);
      parties.add(new Party("Consignee " + j + " Trading", c, (j % 17) + " Harbour Road"));
    }
    parties.add(new Party("General Dynamics", new CountryCode("US"), "1 Main Street"));
    List<Declaration> out = new ArrayList<>(n);
    LocalDate day = LocalDate.of(2024, 11, 1);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(8) == 0) {
        day = day.plusDays(1 + r.nextInt(2));
      }
      int e = r.nextInt(exporters.size());
      Party consignee = parties.get((e * 3 + r.nextInt(4 + e % 3)) % parties.size());
      if (r.nextInt(40) == 0) {
        consignee = parties.getLast();
      }
      Party endUser =
          switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> parties.get(r.nextInt(parties.size()));
            default -> consignee;
          };
      int lineCount = 1 + r.nextInt(3);
      List<GoodsLine> lines = new ArrayList<>();
      double weight = 0;
      for (int k = 1; k <= lineCount; k++) {
        String[] g =
            GOODS[
                (e + r.nextInt(3) + (r.nextInt(10) == 0 ? r.nextInt(GOODS.length) : 0))
                    % GOODS.length];
        double kg = 100 + r.nextInt(5000);
        double perKg = 5 + r.nextDouble() * (r.nextInt(20) == 0 ? 2000 : 60);
        lines.add(
            new GoodsLine(
                k,
                new HsCode(g[0]),
                g[1],
                kg,
                "KG",
                kg,
                Math.round(kg * perKg),
                r.nextInt(5) == 0 ? Optional.of("25GA00000" + r.nextInt(9)) : Optional.empty()));
        weight += kg;
      }
      Optional<Label> label = Optional.empty();
      if (r.nextInt(3) == 0) {
        boolean violation = r.nextInt(e < 3 ? 2 : 8) == 0;
        label =
            Optional.of(new Label(violation ? Outcome.VIOLATION : Outcome.CLEAN, Optional.empty()));
      }
      CountryCode destination = consignee.country();
      out.add(
          new Declaration(
              "D-" + i,
              day,
              "5300",
              exporters.get(e),
              consignee,
              endUser,
              destination,
              r.nextInt(10) == 0 ? List.of(new CountryCode("HK")) : List.of(),
              new Transport(TransportMode.SEA, 1, weight * 1.05),
              r.nextInt(50) == 0 ? EndUse.MILITARY : EndUse.UNSPECIFIED,
              lines,
              label));
    }
    return out;
  }

  /** A fresh engine as {@code assay screen} builds it: party lists, lanes, learned weights. */
  private static Screener engine(boolean weights, int outcomeDelay) {
    PartyScreening screening = PartyScreening.shipped();
    List<Detector> detectors =
        new ArrayList<>(Screener.standardDetectors(CONTROL_LIST, Optional.of(screening)));
    detectors.add(new RestrictedPartyDetector(screening));
    Screener screener =
        new Screener(
            () -> CONTROL_LIST,
            detectors,
            Scoring.bundled(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new CapacityLanes(SelectionSettings.bundled())));
    if (weights) {
      screener = screener.withEvidenceWeights(EvidenceWeights.prior(Scoring.bundled()));
    }
    return outcomeDelay > 0 ? screener.withOutcomeDelay(outcomeDelay) : screener;
  }

  private static List<Assessment> oneThread(Screener screener, List<Declaration> declarations) {
    List<Assessment> out = new ArrayList<>();
    for (Declaration d : declarations) {
      out.add(screener.screen(d));
    }
    return out;
  }

  private static List<Assessment> onThreads(
      Screener screener, int threads, List<Declaration> declarations) {
    List<Assessment> out = new ArrayList<>();
    try (ScreeningStream stream = screener.stream(threads, (d, a) -> out.add(a))) {
      assertThat(stream.threads()).isEqualTo(threads);
      declarations.forEach(stream::accept);
    }
    return out;
  }

  private static String json(List<Assessment> assessments) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (AssessmentWriter writer = new AssessmentWriter(bytes)) {
      assessments.forEach(writer::write);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void assertSame(List<Assessment> reference, List<Assessment> spread) {
    assertThat(spread).hasSameSizeAs(reference);
    for (int i = 0; i < reference.size(); i++) {
      assertThat(spread.get(i)).as(reference.get(i).declarationId()).isEqualTo(reference.get(i));
    }
    assertThat(json(spread)).isEqualTo(json(reference));
  }

  @Test
  void two_threads_give_the_assessments_of_one_with_labels_learned_at_once() {
    List<Declaration> stream = declarations(7, 4000);
    List<Assessment> reference = oneThread(engine(false, 0), stream);
    List<Assessment> spread = onThreads(engine(false, 0), 2, stream);

    assertSame(reference, spread);
    // the stream is worth the comparison: findings of both groups, joined on one declaration
    assertThat(reference.stream().mapToInt(a -> a.findings().size()).sum()).isGreaterThan(500);
    assertThat(
            reference.stream()
                .filter(
                    a ->
                        a.findings().stream().anyMatch(f -> onWorker(f.code()))
                            && a.findings().stream().anyMatch(f -> !onWorker(f.code()))))
        .hasSizeGreaterThan(20);
    assertThat(reference)
        .anyMatch(a -> a.findings().stream().anyMatch(f -> f.code() == FindingCode.NETWORK_RISK));
  }

  private static boolean onWorker(FindingCode code) {
    return code == FindingCode.MISDECLARED_GOODS
        || code == FindingCode.VALUE_ANOMALY
        || code == FindingCode.NETWORK_RISK
        || code == FindingCode.TRANSSHIPMENT_RISK;
  }

  @Test
  void two_and_three_threads_give_the_same_with_weights_and_an_outcome_delay() {
    List<Declaration> stream = declarations(11, 3000);
    List<Assessment> reference = oneThread(engine(true, 14), stream);

    assertSame(reference, onThreads(engine(true, 14), 2, stream));
    assertSame(reference, onThreads(engine(true, 14), 3, stream));
    assertSame(reference, onThreads(engine(true, 14), 1, stream));
  }

  @Test
  void outcomes_learned_between_screens_come_after_what_the_stream_held_back() {
    List<Declaration> stream = declarations(13, 3000);
    List<Declaration> unlabelled = stream.stream().map(d -> d.withLabel(Optional.empty())).toList();
    // every 40th declaration, an earlier one's inspection outcome arrives from outside
    IntFunction<Optional<Declaration>> outcomeAfter =
        i -> i % 40 == 39 ? Optional.of(unlabelled.get(i - 7 - i % 13)) : Optional.empty();

    Screener one = engine(true, 3);
    List<Assessment> reference = new ArrayList<>();
    for (int i = 0; i < unlabelled.size(); i++) {
      reference.add(one.screen(unlabelled.get(i)));
      outcomeAfter.apply(i).ifPresent(d -> one.learnOutcome(d, violationOf(d)));
    }

    Screener two = engine(true, 3);
    List<Assessment> spread = new ArrayList<>();
    try (ScreeningStream s = two.stream(2, (d, a) -> spread.add(a))) {
      for (int i = 0; i < unlabelled.size(); i++) {
        s.accept(unlabelled.get(i));
        outcomeAfter.apply(i).ifPresent(d -> two.learnOutcome(d, violationOf(d)));
      }
    }
    assertSame(reference, spread);
    // the network learned from them: findings that only outcomes can raise
    assertThat(reference)
        .anyMatch(a -> a.findings().stream().anyMatch(f -> f.code() == FindingCode.NETWORK_RISK));
  }

  private static Outcome violationOf(Declaration d) {
    return d.id().hashCode() % 3 == 0 ? Outcome.CLEAN : Outcome.VIOLATION;
  }

  @Test
  void a_screen_between_stream_declarations_flushes_the_stream_first() {
    List<Declaration> stream = declarations(17, 600);
    List<Assessment> reference = oneThread(engine(false, 0), stream);

    Screener two = engine(false, 0);
    List<Assessment> spread = new ArrayList<>();
    try (ScreeningStream s = two.stream(2, (d, a) -> spread.add(a))) {
      for (int i = 0; i < stream.size(); i++) {
        if (i % 100 == 50) {
          spread.add(two.screen(stream.get(i)));
        } else {
          s.accept(stream.get(i));
        }
      }
    }
    assertSame(reference, spread);
  }

  /** Writes down every event a detector sees, and the thread it sees it on. */
  private static final class Recorder implements Detector {
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
    private final FindingCode code;

    Recorder(FindingCode code) {
      this.code = code;
    }

    @Override
    public FindingCode code() {
      return code;
    }

    @Override
    public void inspect(EnrichedDeclaration e, Consumer<Finding> findings) {
      events.add("inspect " + e.declaration().id() + " " + e.declaration().declaredAt());
      threads.add(Thread.currentThread());
      if (e.declaration().id().endsWith("3")) {
        findings.accept(
            new Finding(
                code,
                Severity.LOW,
                java.util.OptionalInt.empty(),
                code + " on " + e.declaration().id(),
                java.util.Map.of(),
                "test"));
      }
    }

    @Override
    public void learnOutcome(Declaration d, Outcome outcome) {
      events.add("learn " + d.id() + " " + d.declaredAt() + " " + outcome);
    }
  }

  private static Screener withRecorders(Recorder here, Recorder there) {
    List<Detector> detectors =
        new ArrayList<>(Screener.standardDetectors(CONTROL_LIST, Optional.empty()));
    detectors.add(1, there);
    detectors.add(here);
    return new Screener(CONTROL_LIST, detectors, Scoring.bundled(), Optional.empty())
        .withOutcomeDelay(14);
  }

  @Test
  void each_group_sees_the_declarations_and_outcomes_of_one_thread_in_the_same_order() {
    List<Declaration> stream = declarations(19, 1500);
    Recorder hereOne = new Recorder(FindingCode.CONCEALMENT);
    Recorder thereOne = new Recorder(FindingCode.VALUE_ANOMALY);
    List<Assessment> reference = oneThread(withRecorders(hereOne, thereOne), stream);

    Recorder here = new Recorder(FindingCode.CONCEALMENT);
    Recorder there = new Recorder(FindingCode.VALUE_ANOMALY);
    Screener screener = withRecorders(here, there);
    List<Assessment> spread = new ArrayList<>();
    try (ScreeningStream s = screener.stream(d -> d == there, (d, a) -> spread.add(a))) {
      stream.forEach(s::accept);
    }

    assertThat(there.events).isEqualTo(thereOne.events);
    assertThat(here.events).isEqualTo(hereOne.events);
    assertThat(there.events).anyMatch(e -> e.startsWith("learn "));
    assertSame(reference, spread);
    assertThat(there.threads).allMatch(t -> t.getName().equals("assay-detectors-1"));
    assertThat(there.threads.getFirst().isDaemon()).isTrue();
    assertThat(here.threads).allMatch(t -> t == Thread.currentThread());
    // closed: the worker has ended
    assertThat(there.threads.getFirst().isAlive()).isFalse();
  }

  @Test
  void an_outcome_reaches_the_worker_on_its_day_not_a_day_before() {
    // D-0 on 1 March, its CLEAN outcome known 14 days later: the declaration of 14 March is
    // inspected before it arrives, the one of 15 March after
    List<Declaration> stream =
        List.of(
            plain("D-0", LocalDate.of(2025, 3, 1), Optional.of(Outcome.CLEAN)),
            plain("D-1", LocalDate.of(2025, 3, 14), Optional.empty()),
            plain("D-2", LocalDate.of(2025, 3, 15), Optional.empty()));
    Recorder here = new Recorder(FindingCode.CONCEALMENT);
    Recorder there = new Recorder(FindingCode.VALUE_ANOMALY);
    try (ScreeningStream s = withRecorders(here, there).stream(d -> d == there, (d, a) -> {})) {
      stream.forEach(s::accept);
    }
    assertThat(there.events)
        .containsExactly(
            "inspect D-0 2025-03-01",
            "inspect D-1 2025-03-14",
            "learn D-0 2025-03-01 CLEAN",
            "inspect D-2 2025-03-15");
  }

  private static Declaration plain(String id, LocalDate day, Optional<Outcome> label) {
    CountryCode de = new CountryCode("DE");
    return new Declaration(
        id,
        day,
        "5300",
        new Exporter(
            UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"), "Hunan Metals"),
        new Party("Buyer", de, "1 Road"),
        null,
        de,
        List.of(),
        new Transport(TransportMode.SEA, 1, 1050),
        EndUse.UNSPECIFIED,
        List.of(
            new GoodsLine(
                1, new HsCode("6403990000"), "shoes", 1000, "KG", 1000, 30000, Optional.empty())),
        label.map(o -> new Label(o, Optional.empty())));
  }

  /** Fails on one declaration, as a detector with a bug would. */
  private static final class Failing implements Detector {
    private final String on;

    Failing(String on) {
      this.on = on;
    }

    @Override
    public FindingCode code() {
      return FindingCode.CONCEALMENT;
    }

    @Override
    public void inspect(EnrichedDeclaration e, Consumer<Finding> findings) {
      if (e.declaration().id().equals(on)) {
        throw new ArithmeticException("bug");
      }
    }
  }

  private static Screener concealmentAnd(Failing failing) {
    return new Screener(
        CONTROL_LIST,
        List.of(new dev.assay.risk.detector.ConcealmentDetector(), failing),
        Scoring.bundled(),
        Optional.empty());
  }

  @Test
  void a_detector_failing_on_the_worker_fails_the_stream_with_the_declaration_id() {
    Failing failing = new Failing("D-200");
    Screener screener = concealmentAnd(failing);
    List<Assessment> delivered = new ArrayList<>();
    ScreeningStream s = screener.stream(d -> d == failing, (d, a) -> delivered.add(a));
    assertThatThrownBy(
            () -> {
              declarations(23, 1000).forEach(s::accept);
              s.flush();
            })
        .isInstanceOf(ScreeningStream.DetectorFailure.class)
        .hasMessageContaining("D-200")
        .hasMessageContaining("Failing")
        .hasCauseInstanceOf(ArithmeticException.class)
        .satisfies(
            e ->
                assertThat(((ScreeningStream.DetectorFailure) e).declarationId())
                    .isEqualTo("D-200"));
    // nothing from the failed chunk on is delivered
    assertThat(delivered).hasSizeLessThan(200);
    assertThatThrownBy(() -> s.accept(declarations(23, 1).getFirst()))
        .isInstanceOf(IllegalStateException.class);
    s.close(); // stops the worker without throwing again
  }

  @Test
  void a_detector_failing_on_the_stream_thread_throws_as_on_one_thread() {
    // the near miss: the same failure in this thread's group is the detector's own exception
    Failing failing = new Failing("D-200");
    Screener screener = concealmentAnd(failing);
    try (ScreeningStream s = screener.stream(d -> !(d instanceof Failing), (d, a) -> {})) {
      assertThatThrownBy(() -> declarations(23, 1000).forEach(s::accept))
          .isInstanceOf(ArithmeticException.class);
    }
  }

  @Test
  void one_thread_or_a_list_without_the_workers_detectors_runs_everything_here() {
    Screener screener =
        new Screener(
            CONTROL_LIST,
            List.of(new dev.assay.risk.detector.ConcealmentDetector()),
            Scoring.bundled(),
            Optional.empty());
    try (ScreeningStream s = screener.stream(2, (d, a) -> {})) {
      assertThat(s.threads()).isEqualTo(1);
    }
    try (ScreeningStream s = engine(false, 0).stream(1, (d, a) -> {})) {
      assertThat(s.threads()).isEqualTo(1);
    }
  }

  @Test
  void the_workers_take_the_four_detectors_that_share_nothing_with_the_others() {
    List<Detector> detectors =
        new ArrayList<>(
            Screener.standardDetectors(CONTROL_LIST, Optional.of(PartyScreening.shipped())));
    DetectorGroups two = DetectorGroups.of(detectors, 2);
    assertThat(two.workers()).isEqualTo(1);
    assertThat(List.of(two.detectors(1)))
        .hasExactlyElementsOfTypes(
            MisdeclaredGoodsDetector.class,
            ValueAnomalyDetector.class,
            TransshipmentRiskDetector.class,
            NetworkRiskDetector.class);
    DetectorGroups three = DetectorGroups.of(detectors, 3);
    assertThat(three.workers()).isEqualTo(2);
    assertThat(List.of(three.detectors(2)))
        .hasExactlyElementsOfTypes(TransshipmentRiskDetector.class, NetworkRiskDetector.class);
    assertThat(DetectorGroups.of(detectors, 1).workers()).isZero();
  }

  @Test
  void the_default_threads_follow_the_system_property() {
    String before = System.getProperty(Screener.THREADS_PROPERTY);
    try {
      System.setProperty(Screener.THREADS_PROPERTY, "2");
      assertThat(Screener.defaultThreads()).isEqualTo(2);
      System.setProperty(Screener.THREADS_PROPERTY, "zero");
      assertThatThrownBy(Screener::defaultThreads).isInstanceOf(IllegalArgumentException.class);
      System.setProperty(Screener.THREADS_PROPERTY, "0");
      assertThatThrownBy(Screener::defaultThreads).isInstanceOf(IllegalArgumentException.class);
      // unset: one thread, the reference (two gave no clear gain on two cores)
      System.clearProperty(Screener.THREADS_PROPERTY);
      assertThat(Screener.defaultThreads()).isEqualTo(1);
    } finally {
      if (before == null) {
        System.clearProperty(Screener.THREADS_PROPERTY);
      } else {
        System.setProperty(Screener.THREADS_PROPERTY, before);
      }
    }
  }
}
