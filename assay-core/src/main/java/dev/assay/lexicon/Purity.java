package dev.assay.lexicon;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the purity a goods description states, as a percentage: {@code 99.99%}, {@code 99.995 %},
 * or the trade's grades {@code 4N} (99.99), {@code 5N} (99.999), {@code 4N5} (99.995). Control
 * thresholds such as "antimony oxides of 99.99% and above" are compared with it.
 */
public final class Purity {
  private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])(\\d{2,3}(?:\\.\\d+)?)\\s*%");
  private static final Pattern GRADE = Pattern.compile("(?<![a-z0-9])([2-9])n([1-9])?(?![a-z0-9])");

  private Purity() {}

  /** The highest purity of 90% or more that the text states, if any. */
  public static OptionalDouble of(String description) {
    String text = GoodsText.normalize(description);
    double best = Double.NaN;
    Matcher percent = PERCENT.matcher(text);
    while (percent.find()) {
      double value = Double.parseDouble(percent.group(1));
      if (value >= 90 && value <= 100 && !(value <= best) && !bound(text, percent.start())) {
        best = value;
      }
    }
    Matcher grade = GRADE.matcher(text);
    while (grade.find()) {
      double value = grade(Integer.parseInt(grade.group(1)), grade.group(2));
      if (!(value <= best) && !bound(text, grade.start())) {
        best = value;
      }
    }
    return Double.isNaN(best) ? OptionalDouble.empty() : OptionalDouble.of(best);
  }

  /** Words that make the figure after them a bound the goods stay under, not their purity. */
  private static final String[] BELOW = {
    "below", "under", "less than", "lower than", "<", "≤", "<=", "低于", "小于", "不足", "不到", "未达"
  };

  /**
   * Whether the figure at {@code at} is an upper bound ("ordinary grade, below 99.99%", "Sb2O3 <
   * 99.99%"): a description that says its goods stay under a control threshold states no purity at
   * it.
   */
  private static boolean bound(String text, int at) {
    String before = text.substring(0, at).stripTrailing();
    for (String word : BELOW) {
      if (before.endsWith(word)) {
        return true;
      }
    }
    return false;
  }

  /** {@code nines} nines, then an optional next digit: 4N = 99.99, 4N5 = 99.995. */
  private static double grade(int nines, String next) {
    StringBuilder digits = new StringBuilder("99.");
    for (int i = 2; i < nines; i++) {
      digits.append('9');
    }
    if (next != null) {
      digits.append(next);
    }
    return Double.parseDouble(digits.toString());
  }
}
