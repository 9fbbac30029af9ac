package dev.assay.cli;

import dev.assay.controllist.ControlList;
import dev.assay.ml.model.LearnedRiskModel;
import dev.assay.reload.Reloadable;
import dev.assay.risk.Detector;
import dev.assay.risk.Lane;
import dev.assay.risk.RiskModel;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.risk.detector.LicenseViolationDetector;
import dev.assay.risk.evidence.EvidenceWeights;
import dev.assay.rules.RuleBook;
import dev.assay.rules.RuleDetector;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.RestrictedPartyDetector;
import dev.assay.selection.CapacityLanes;
import dev.assay.selection.SelectionSettings;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.UseDefaultConverter;

/**
 * The options that say how declarations are screened, shared by {@code screen}, {@code evaluate}
 * and {@code backtest}, and the one place where their screener is built, so the three screen alike.
 */
final class ScreeningOptions {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Read the control list as of this date (YYYY-MM-DD) instead of each declaration's own"
              + " date, for what-if questions.")
  LocalDate asOf;

  @Mixin ControlListOptions controlListOptions;

  @Mixin RuleOptions ruleOptions;

  @Option(
      names = "--licenses",
      paramLabel = "FILE",
      description =
          "Check every line that cites a license against the licenses of this license CSV"
              + " (docs/license-format.md); drawdowns are counted in memory for this run.")
  Path licenses;

  @Mixin LicenseSourceOptions licenseSource;

  @Mixin ScreeningListOptions screeningListOptions;

  @Option(
      names = "--scoring",
      paramLabel = "FILE",
      description =
          "Weights per severity and finding code, model blend and lane thresholds, in the format"
              + " of the shipped risk/scoring.yaml, instead of the shipped ones.")
  Path scoring;

  @Option(
      names = "--weights",
      paramLabel = "FILE",
      description =
          "Score soft evidence by the weights learned from inspection outcomes in this file"
              + " (written by `assay evaluate --loop --weights-out`; docs/evidence.md); with"
              + " --model, the model's probability ranks soft evidence instead. Legal certainties"
              + " go RED on their own either way.")
  Path weights;

  @Option(
      names = "--selection",
      paramLabel = "FILE",
      description =
          "Selection settings (red share per office, random rates, ...) overriding the shipped"
              + " risk/selection.yaml field by field (docs/selection.md).")
  Path selection;

  @Option(
      names = "--red-share",
      paramLabel = "SHARE",
      converter = Ranges.Share.class,
      description =
          "Share of each office's daily declarations that may go RED by score (0..1), for every"
              + " office, instead of the configured shares.")
  Double redShare;

  @Option(
      names = "--random-rate",
      paramLabel = "LANE=RATE",
      split = ",",
      converter = {UseDefaultConverter.class, Ranges.Share.class},
      description =
          "Minimum random selection rate of a lane, e.g. --random-rate RED=0.01,BLUE=0.02"
              + " (lanes RED, YELLOW, BLUE).")
  Map<Lane, Double> randomRates;

  @Option(
      names = "--selection-seed",
      paramLabel = "SEED",
      description = "Seed of the random selection draw instead of the configured one.")
  Long selectionSeed;

  /** What this command line configures: configuration A of a backtest. */
  Configuration configuration() {
    return new Configuration(
        Optional.ofNullable(asOf),
        Optional.ofNullable(controlListOptions.directory),
        Optional.ofNullable(scoring),
        Optional.ofNullable(selection),
        Optional.ofNullable(redShare),
        randomRates == null ? Map.of() : Map.copyOf(randomRates),
        Optional.ofNullable(selectionSeed),
        Optional.ofNullable(ruleOptions.file),
        Optional.empty());
  }

  /**
   * What can differ between two screenings of the same declarations: the date the control list is
   * read as of, the control list, the weights, the selection, the analyst rules and the ranking
   * model.
   */
  record Configuration(
      Optional<LocalDate> asOf,
      Optional<Path> controlList,
      Optional<Path> scoring,
      Optional<Path> selection,
      Optional<Double> redShare,
      Map<Lane, Double> randomRates,
      Optional<Long> seed,
      Optional<Path> rules,
      Optional<Path> model) {

    /** This configuration with a ranking model blended in, where a file is given. */
    Configuration withModel(Path file) {
      return new Configuration(
          asOf,
          controlList,
          scoring,
          selection,
          redShare,
          randomRates,
          seed,
          rules,
          Optional.ofNullable(file).or(() -> model));
    }

    /** This configuration with whatever {@code other} sets replacing it. */
    Configuration overriddenBy(Configuration other) {
      Map<Lane, Double> rates = new java.util.EnumMap<>(Lane.class);
      rates.putAll(randomRates);
      rates.putAll(other.randomRates);
      return new Configuration(
          other.asOf.or(() -> asOf),
          other.controlList.or(() -> controlList),
          other.scoring.or(() -> scoring),
          other.selection.or(() -> selection),
          other.redShare.or(() -> redShare),
          Map.copyOf(rates),
          other.seed.or(() -> seed),
          other.rules.or(() -> rules),
          other.model.or(() -> model));
    }

    boolean isEmpty() {
      return asOf.isEmpty()
          && controlList.isEmpty()
          && scoring.isEmpty()
          && selection.isEmpty()
          && redShare.isEmpty()
          && randomRates.isEmpty()
          && seed.isEmpty()
          && rules.isEmpty()
          && model.isEmpty();
    }
  }

  /** A screening set up as configured, with a control list of its own. */
  record Setup(
      Screener screener,
      Supplier<ControlList> controlListInForce,
      Optional<Reloadable<RuleBook>> rules,
      Optional<RuleDetector> ruleDetector,
      Configuration configuration) {

    /** The control list in force now. */
    ControlList controlList() {
      return controlListInForce.get();
    }
  }

  /**
   * Builds a screener for one configuration: the standard detectors, party screening against the
   * restricted-party lists, the license check when licenses are given, the scoring and the
   * capacity-aware lanes.
   *
   * @param whatIf true for replays (evaluate, backtest): licenses in a database are read, never
   *     drawn down
   */
  Setup setup(Configuration c, CommandSpec spec, boolean whatIf) {
    Path directory = c.controlList().orElse(null);
    ControlList initial = ControlListOptions.load(directory, "--control-list");
    // A running screen follows edits of a control-list directory; a replay keeps one version.
    Supplier<ControlList> controlList =
        directory == null || whatIf
            ? () -> initial
            : new Reloadable<>(directory, initial, ControlList::load);
    PrintWriter err = spec.commandLine().getErr();
    Optional<Reloadable<RuleBook>> rules = ruleOptions.load(c.rules().orElse(null), err);
    Optional<RuleDetector> ruleDetector =
        rules.map(
            book ->
                new RuleDetector(
                    book,
                    failure -> {
                      err.println(
                          "assay: "
                              + failure.describe()
                              + " (counted as no match; later failures of this rule are"
                              + " counted, not shown)");
                      err.flush();
                    }));
    PartyScreening screening = screeningListOptions.load();
    List<Detector> detectors =
        new ArrayList<>(Screener.standardDetectors(controlList, Optional.of(screening)));
    detectors.add(new RestrictedPartyDetector(screening));
    ruleDetector.ifPresent(detectors::add);
    // A replay must not draw down the licenses of a database; a license file is drawn down in
    // memory, per screener, which the exceeded-license check needs.
    boolean drawdowns = licenseSource.recordsDrawdowns() && !(whatIf && licenses == null);
    licenseSource
        .repository(licenses, spec)
        .ifPresent(
            repository -> detectors.add(new LicenseViolationDetector(repository, drawdowns)));
    Scoring scoring = scoring(c);
    Optional<RiskModel> model = c.model().map(file -> learnedModel(file, scoring));
    Screener screener =
        new Screener(
            controlList,
            detectors,
            scoring,
            c.asOf(),
            model,
            Optional.of(new CapacityLanes(selection(c))));
    if (weights != null) {
      screener = screener.withEvidenceWeights(loadWeights(weights, scoring));
    }
    return new Setup(screener, controlList, rules, ruleDetector, c);
  }

  private static Scoring scoring(Configuration c) {
    if (c.scoring().isEmpty()) {
      return Scoring.bundled();
    }
    Path file = c.scoring().get();
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("--scoring: no such file: " + file);
    }
    try {
      return Scoring.load(file);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UserInputException("scoring: " + e.getMessage(), e);
    }
  }

  /** Learned evidence weights; the prior is the scoring's weights. */
  static EvidenceWeights loadWeights(Path file, Scoring scoring) {
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("--weights: no such file: " + file);
    }
    try {
      return EvidenceWeights.load(file, scoring);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("weights: " + e.getMessage(), e);
    }
  }

  /** The scoring this command line configures (the shipped one without --scoring). */
  Scoring scoring() {
    return scoring(configuration());
  }

  private static SelectionSettings selection(Configuration c) {
    try {
      SelectionSettings settings = SelectionSettings.bundled();
      if (c.selection().isPresent()) {
        Path file = c.selection().get();
        if (!Files.isRegularFile(file)) {
          throw new UserInputException("--selection: no such file: " + file);
        }
        settings = SelectionSettings.load(file);
      }
      if (c.redShare().isPresent()) {
        settings = settings.withRedShare(c.redShare().get());
      }
      if (!c.randomRates().isEmpty()) {
        settings = settings.withRandomRates(c.randomRates());
      }
      if (c.seed().isPresent()) {
        settings = settings.withSeed(c.seed().get());
      }
      return settings;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UserInputException("selection: " + e.getMessage(), e);
    }
  }

  /** A ranking model for declarations; a model of another schema is the user's mistake. */
  private static RiskModel learnedModel(Path file, Scoring scoring) {
    try {
      return new LearnedRiskModel(MlCommand.loadModel(file), scoring);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--model " + file + ": " + e.getMessage(), e);
    }
  }
}
