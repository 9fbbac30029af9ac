package dev.assay.screening.evaluation;

import dev.assay.declaration.CountryCode;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.matching.PartyMatch;
import dev.assay.screening.matching.PartyMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the matcher over the labelled pairs and the clean names. A pair counts as found when the
 * matcher raises its entry (review level or above) for its name; a clean name counts as flagged
 * when the matcher raises anything for it.
 */
public final class Evaluator {
  private final PartyMatcher matcher;
  private final LocalDate day;

  public Evaluator(PartyMatcher matcher, LocalDate day) {
    this.matcher = matcher;
    this.day = day;
  }

  public EvaluationReport evaluate(List<LabelledPair> pairs, List<String[]> cleanNames) {
    return evaluate(pairs, List.of(), cleanNames);
  }

  /**
   * Evaluates the generated pairs, the hand-written per-class pairs (counted per class and part,
   * and not in the overall figures, so those stay comparable) and the clean names.
   */
  public EvaluationReport evaluate(
      List<LabelledPair> pairs, List<ClassPair> classPairs, List<String[]> cleanNames) {
    Counts overall = new Counts(0, 0, 0, 0);
    Map<String, Counts> byVariant = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    for (LabelledPair p : pairs) {
      boolean found = found(p, "", errors);
      overall = overall.plus(p.match(), found);
      byVariant.merge(p.variant(), new Counts(0, 0, 0, 0).plus(p.match(), found), Evaluator::sum);
    }
    Map<List<String>, Counts> byClass =
        new TreeMap<>(java.util.Comparator.comparing(List::toString));
    for (ClassPair c : classPairs) {
      // The part leads each error line, so that whoever tunes can look at the tune rows alone.
      boolean found = found(c.pair(), "[" + c.part() + "] ", errors);
      Counts one = new Counts(0, 0, 0, 0).plus(c.pair().match(), found);
      byClass.merge(List.of(c.category(), c.part()), one, Evaluator::sum);
      byClass.merge(List.of(c.category(), "all"), one, Evaluator::sum);
      // Ordinary names are counted apart (a rate of false alarms), so that the "all" rows stay
      // the class pairs' precision, recall and F1.
      String total = c.category().startsWith(EvaluationData.ORDINARY) ? "ordinary" : "all";
      byClass.merge(List.of(total, c.part()), one, Evaluator::sum);
    }
    List<ClassCounts> classCounts = new ArrayList<>();
    byClass.forEach((k, v) -> classCounts.add(new ClassCounts(k.get(0), k.get(1), v)));
    int flagged = 0;
    List<String> flaggedNames = new ArrayList<>();
    for (String[] clean : cleanNames) {
      List<PartyMatch> matches =
          matcher.match(party(clean[0], clean.length > 1 ? clean[1] : ""), day);
      if (!matches.isEmpty()) {
        flagged++;
        flaggedNames.add(
            clean[0]
                + " ~ "
                + matches.getFirst().entry().key()
                + " "
                + String.format(java.util.Locale.ROOT, "%.2f", matches.getFirst().score()));
      }
    }
    return new EvaluationReport(
        matcher.settings().thresholds(),
        overall,
        byVariant,
        classCounts,
        cleanNames.size(),
        flagged,
        errors,
        flaggedNames);
  }

  /**
   * Whether the matcher raises the pair's entry for its name; a wrong answer is added to errors.
   */
  private boolean found(LabelledPair p, String prefix, List<String> errors) {
    List<PartyMatch> matches = matcher.match(party(p.query(), p.country()), day);
    boolean found =
        EvaluationData.ANY_ENTRY.equals(p.entryKey())
            ? !matches.isEmpty()
            : matches.stream().anyMatch(m -> m.entry().key().equals(p.entryKey()));
    if (found != p.match()) {
      errors.add(
          prefix
              + (p.match() ? "missed  " : "wrongly ")
              + p.variant()
              + ": '"
              + p.query()
              + "' vs "
              + p.entryKey()
              + (matches.isEmpty()
                  ? ""
                  : " (top: "
                      + matches.getFirst().entry().key()
                      + " "
                      + String.format(java.util.Locale.ROOT, "%.2f", matches.getFirst().score())
                      + ")"));
    }
    return found;
  }

  private static ScreenedParty party(String name, String country) {
    return country == null || country.isBlank()
        ? ScreenedParty.named(name)
        : ScreenedParty.of(name, CountryCode.parse(country));
  }

  private static Counts sum(Counts a, Counts b) {
    return new Counts(
        a.truePositives() + b.truePositives(),
        a.falsePositives() + b.falsePositives(),
        a.falseNegatives() + b.falseNegatives(),
        a.trueNegatives() + b.trueNegatives());
  }
}
