package dev.assay.screening.evaluation;

import dev.assay.screening.matching.MatchThresholds;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The matcher's quality on the labelled set at given thresholds: precision, recall and F1 over all
 * generated pairs and per variant, per error class on the hand-written class set (tune and held-out
 * parts apart), and the share of clean everyday names flagged.
 *
 * @param byClass one row per class and part ({@code tune}, {@code held-out}, {@code all}), and per
 *     part over all classes (class {@code all})
 * @param errors the pairs it got wrong, for whoever tunes the matcher
 */
public record EvaluationReport(
    MatchThresholds thresholds,
    Counts overall,
    Map<String, Counts> byVariant,
    List<ClassCounts> byClass,
    int cleanNames,
    int cleanFlagged,
    List<String> errors,
    List<String> flaggedCleanNames) {

  public EvaluationReport {
    byVariant = Map.copyOf(byVariant);
    byClass = List.copyOf(byClass);
    errors = List.copyOf(errors);
    flaggedCleanNames = List.copyOf(flaggedCleanNames);
  }

  public double cleanFlaggedRate() {
    return cleanNames == 0 ? 0 : (double) cleanFlagged / cleanNames;
  }

  /** The report as `assay lists evaluate` prints it. */
  public String format() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "Thresholds: review %.2f, block %.2f%n",
            thresholds.review(),
            thresholds.block()));
    b.append(
        String.format(
            Locale.ROOT,
            "Labelled pairs: %d (%d true variants, %d hard negatives)%n",
            overall.total(),
            overall.truePositives() + overall.falseNegatives(),
            overall.falsePositives() + overall.trueNegatives()));
    b.append(
        String.format(
            Locale.ROOT,
            "Precision %.3f  Recall %.3f  F1 %.3f%n",
            overall.precision(),
            overall.recall(),
            overall.f1()));
    b.append(
        String.format(
            Locale.ROOT,
            "Clean everyday names flagged: %d of %d (%.2f%%)%n",
            cleanFlagged,
            cleanNames,
            100 * cleanFlaggedRate()));
    b.append(
        String.format(
            Locale.ROOT,
            "%nBy variant:%n  %-28s %6s %6s %6s%n",
            "variant",
            "pairs",
            "found",
            "rate"));
    byVariant.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              Counts c = e.getValue();
              boolean positive = c.truePositives() + c.falseNegatives() > 0;
              int found = positive ? c.truePositives() : c.falsePositives();
              b.append(
                  String.format(
                      Locale.ROOT,
                      "  %-28s %6d %6d %5.1f%% %s%n",
                      e.getKey(),
                      c.total(),
                      found,
                      100.0 * found / c.total(),
                      positive ? "recall" : "wrongly matched"));
            });
    classTable(b, "By class (hand-written class set; held-out pairs are never tuned on):");
    summary(b, ClassPair.HELD_OUT);
    summary(b, ClassPair.TUNE);
    return b.toString();
  }

  /**
   * The per-class rows alone, under a title, with each part's headline (for a set evaluated apart,
   * such as the public benchmark).
   */
  public String formatClasses(String title) {
    StringBuilder b = new StringBuilder();
    classTable(b, title);
    summary(b, ClassPair.HELD_OUT);
    summary(b, ClassPair.TUNE);
    return b.toString();
  }

  private void classTable(StringBuilder b, String title) {
    if (!byClass.isEmpty()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%n%s%n" + "  %-20s %-9s %5s %4s %4s %4s %4s %6s %6s %6s%n",
              title,
              "class",
              "part",
              "pairs",
              "TP",
              "FP",
              "FN",
              "TN",
              "P",
              "R",
              "F1"));
      for (ClassCounts c : byClass) {
        Counts k = c.counts();
        b.append(
            String.format(
                Locale.ROOT,
                "  %-20s %-9s %5d %4d %4d %4d %4d %6.3f %6.3f %6.3f%n",
                c.category(),
                c.part(),
                k.total(),
                k.truePositives(),
                k.falsePositives(),
                k.falseNegatives(),
                k.trueNegatives(),
                k.precision(),
                k.recall(),
                k.f1()));
      }
    }
  }

  /**
   * One part's headline: the F1 over all class pairs, the mean of the classes' F1, the worst class
   * beside them, and the share of ordinary names that raised a match.
   */
  private void summary(StringBuilder b, String part) {
    List<ClassCounts> classes =
        byClass.stream()
            .filter(c -> c.part().equals(part))
            .filter(c -> !c.category().equals("all") && !c.category().equals("ordinary"))
            .filter(c -> !c.category().startsWith(EvaluationData.ORDINARY))
            .toList();
    if (classes.isEmpty()) {
      return;
    }
    ClassCounts worst =
        classes.stream().min(java.util.Comparator.comparingDouble(c -> c.counts().f1())).get();
    double mean = classes.stream().mapToDouble(c -> c.counts().f1()).average().orElse(0);
    Counts all = counts("all", part);
    b.append(
        String.format(
            Locale.ROOT,
            "%n%s: F1 %.3f over all class pairs, mean of %d classes %.3f, worst %s %.3f%n",
            part,
            all == null ? 0 : all.f1(),
            classes.size(),
            mean,
            worst.category(),
            worst.counts().f1()));
    Counts ordinary = counts("ordinary", part);
    if (ordinary != null) {
      b.append(
          String.format(
              Locale.ROOT,
              "%s: ordinary names raising a match: %d of %d (%.1f%%)%n",
              part,
              ordinary.falsePositives(),
              ordinary.total(),
              100.0 * ordinary.falsePositives() / ordinary.total()));
    }
  }

  private Counts counts(String category, String part) {
    return byClass.stream()
        .filter(c -> c.category().equals(category) && c.part().equals(part))
        .map(ClassCounts::counts)
        .findFirst()
        .orElse(null);
  }
}
