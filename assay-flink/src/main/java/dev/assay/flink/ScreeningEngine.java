package dev.assay.flink;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.ControlListException;
import dev.assay.declaration.Declaration;
import dev.assay.ml.model.LearnedRiskModel;
import dev.assay.ml.model.RankingModel;
import dev.assay.risk.Assessment;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.RiskModel;
import dev.assay.risk.Scoring;
import dev.assay.risk.Screener;
import dev.assay.rules.RuleBook;
import dev.assay.rules.RuleDetector;
import dev.assay.rules.RuleFileException;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.RestrictedList;
import dev.assay.screening.RestrictedPartyDetector;
import dev.assay.screening.decisions.InMemoryDecisionStore;
import dev.assay.screening.lists.ChineseListReader;
import dev.assay.screening.lists.ListImport;
import dev.assay.screening.lists.ShippedLists;
import dev.assay.screening.matching.MatchSettings;
import dev.assay.screening.matching.PartyMatcher;
import dev.assay.selection.CapacityLanes;
import dev.assay.selection.SelectionSettings;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The core's screening as one parallel instance of the job runs it: the detectors {@code assay
 * screen} builds with its default options (shipped control list and Chinese restricted-party lists,
 * capacity lanes, analyst rules when given), in the same order, and the reference data the control
 * topic replaces while the detectors keep what they learned.
 *
 * <p>Not thread-safe: a Flink subtask calls it from one thread.
 */
final class ScreeningEngine {
  private ControlList controlList = ControlList.bundled();
  private RuleBook rules = RuleBook.empty();
  private Scoring scoring = Scoring.bundled();
  private Optional<RankingModel> rankingModel = Optional.empty();
  private final SwappableDetector parties;
  private final List<Detector> detectors;
  private final CapacityLanes lanes = new CapacityLanes(SelectionSettings.bundled());
  private Screener screener;

  ScreeningEngine(Consumer<String> ruleFailures) {
    PartyScreening shipped = partyScreening(List.of());
    detectors =
        new ArrayList<>(Screener.standardDetectors(() -> controlList, Optional.of(shipped)));
    parties = new SwappableDetector(new RestrictedPartyDetector(shipped));
    detectors.add(parties);
    detectors.add(
        new RuleDetector(() -> rules, failure -> ruleFailures.accept(failure.describe())));
    rebuild();
  }

  Assessment screen(Declaration declaration) {
    return screener.screen(declaration);
  }

  /**
   * Checks an update and puts it in force; the detectors keep what they learned.
   *
   * @throws IllegalArgumentException with the reason, the version in force unchanged
   */
  void apply(ControlUpdate update) {
    try {
      put(update);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      // Whatever a loader throws, a bad update is the sender's mistake, never the job's end.
      throw new IllegalArgumentException(String.valueOf(e.getMessage()), e);
    }
  }

  private void put(ControlUpdate update) {
    switch (update.kind()) {
      case SCORING -> {
        scoring = fromFile(update.content(), ".yaml", Scoring::load);
        rebuild();
      }
      case RULES -> {
        RuleBook next;
        try {
          next = RuleBook.read(update.version(), update.content());
        } catch (RuleFileException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!next.problems().isEmpty()) {
          throw new IllegalArgumentException(next.problems().getFirst().describe());
        }
        rules = next;
      }
      case CONTROL_LIST -> {
        try {
          controlList =
              ControlList.builder()
                  .addBundled()
                  .add(update.version() + ".yaml", update.content())
                  .build();
        } catch (ControlListException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
      }
      case PARTIES -> {
        ListImport imported =
            ChineseListReader.read(new StringReader(update.content()), update.version());
        if (!imported.report().rejected().isEmpty()) {
          throw new IllegalArgumentException(imported.report().rejected().getFirst().describe());
        }
        if (imported.lists().isEmpty()) {
          throw new IllegalArgumentException("no restricted party in the list");
        }
        parties.replace(new RestrictedPartyDetector(partyScreening(imported.lists())));
      }
      case MODEL -> {
        rankingModel = Optional.of(fromFile(update.content(), ".json", RankingModel::load));
        rebuild();
      }
    }
  }

  /** Reads content with a core loader that takes a file (the loaders the CLI's options use). */
  private static <T> T fromFile(
      String content, String suffix, java.util.function.Function<Path, T> loader) {
    Path file = null;
    try {
      file = Files.createTempFile("assay-control", suffix);
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return loader.apply(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      // The loaders name the temporary file; the reason after it is what the sender needs.
      String message = String.valueOf(e.getMessage());
      throw new IllegalArgumentException(message.replace(file + ": ", ""), e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file left behind is harmless
        }
      }
    }
  }

  private void rebuild() {
    Optional<RiskModel> model = rankingModel.map(m -> new LearnedRiskModel(m, scoring));
    screener =
        new Screener(
            () -> controlList, detectors, scoring, Optional.empty(), model, Optional.of(lanes));
  }

  private static PartyScreening partyScreening(List<RestrictedList> extra) {
    List<RestrictedList> lists = new ArrayList<>(ShippedLists.chinese());
    lists.addAll(extra);
    return new PartyScreening(
        PartyMatcher.over(lists, MatchSettings.bundled()), new InMemoryDecisionStore());
  }

  /**
   * The restricted-party check with lists that the control topic replaces; the party network keeps
   * the lists it was seeded with (docs/flink.md).
   */
  private static final class SwappableDetector implements Detector {
    private Detector delegate;

    SwappableDetector(Detector delegate) {
      this.delegate = delegate;
    }

    void replace(Detector next) {
      delegate = next;
    }

    @Override
    public FindingCode code() {
      return delegate.code();
    }

    @Override
    public void inspect(EnrichedDeclaration declaration, Consumer<Finding> findings) {
      delegate.inspect(declaration, findings);
    }

    @Override
    public void learnOutcome(Declaration declaration, dev.assay.declaration.Outcome outcome) {
      delegate.learnOutcome(declaration, outcome);
    }
  }
}
