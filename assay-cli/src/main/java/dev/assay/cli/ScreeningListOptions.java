package dev.assay.cli;

import dev.assay.screening.PartyScreening;
import dev.assay.screening.RestrictedList;
import dev.assay.screening.decisions.DecisionStore;
import dev.assay.screening.decisions.InMemoryDecisionStore;
import dev.assay.screening.decisions.JsonLinesDecisionStore;
import dev.assay.screening.lists.ListArchive;
import dev.assay.screening.lists.ListFileException;
import dev.assay.screening.lists.ShippedLists;
import dev.assay.screening.matching.ListIndex;
import dev.assay.screening.matching.MatchSettings;
import dev.assay.screening.matching.MatchThresholds;
import dev.assay.screening.matching.NameNormalizer;
import dev.assay.screening.matching.PartyMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose the restricted-party lists, the decisions and the thresholds. */
final class ScreeningListOptions {
  @Option(
      names = "--lists",
      paramLabel = "DIR",
      description =
          "Imported lists (written by `assay lists import --into DIR`), screened as well as the"
              + " shipped Chinese lists; the latest version of each.")
  Path lists;

  @Option(
      names = "--decisions",
      paramLabel = "FILE",
      description =
          "Decisions on matches (JSON Lines, appended): dismissed false positives are not raised"
              + " again, confirmed matches are critical.")
  Path decisions;

  @Option(
      names = "--review",
      paramLabel = "SCORE",
      converter = Ranges.Share.class,
      description = "Review threshold (0..1) instead of the configured one.")
  Double review;

  @Option(
      names = "--block",
      paramLabel = "SCORE",
      converter = Ranges.Share.class,
      description = "Block threshold (0..1) instead of the configured one.")
  Double block;

  List<RestrictedList> loadLists() {
    List<RestrictedList> all = new ArrayList<>(ShippedLists.chinese());
    if (lists != null) {
      if (!Files.isDirectory(lists)) {
        throw new UserInputException("--lists " + lists + " is not a directory");
      }
      try {
        all.addAll(new ListArchive(lists).latest());
      } catch (ListFileException e) {
        throw new UserInputException(e.getMessage(), e);
      }
    }
    return all;
  }

  /** The latest version of each imported list, indexed; none without --lists. */
  List<ListIndex> importedIndexes(NameNormalizer normalizer) {
    if (lists == null) {
      return List.of();
    }
    if (!Files.isDirectory(lists)) {
      throw new UserInputException("--lists " + lists + " is not a directory");
    }
    try {
      return new ListArchive(lists).latestIndexes(normalizer);
    } catch (ListFileException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  MatchSettings settings() {
    MatchSettings bundled = MatchSettings.bundled();
    if (review == null && block == null) {
      return bundled;
    }
    try {
      return bundled.withThresholds(
          new MatchThresholds(
              review == null ? bundled.thresholds().review() : review,
              block == null ? bundled.thresholds().block() : block));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  DecisionStore decisionStore() {
    if (decisions == null) {
      return new InMemoryDecisionStore();
    }
    try {
      return JsonLinesDecisionStore.open(decisions);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("decisions: " + e.getMessage(), e);
    }
  }

  /**
   * The shipped lists indexed in memory (small, and indexed once per process) and the imported ones
   * from the indexes saved at import, mapped: a command does not normalize and index a large list
   * again.
   */
  PartyScreening load() {
    NameNormalizer normalizer = NameNormalizer.standard();
    List<ListIndex> indexes = new ArrayList<>(ShippedLists.index());
    indexes.addAll(importedIndexes(normalizer));
    return new PartyScreening(new PartyMatcher(indexes, normalizer, settings()), decisionStore());
  }
}
