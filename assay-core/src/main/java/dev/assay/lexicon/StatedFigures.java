package dev.assay.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The technical figures a goods description states, each with the range it gives and the label
 * written beside it: "Mo 99.95%", "D50 40 um", "-325 mesh", "dia 125 mm", "density 1.82 g/cm3",
 * "flexural 50 MPa". A control item's limits are read against them ({@code
 * dev.assay.controllist.Limit}): a description that states its goods inside a threshold says they
 * are the controlled item, one that states them outside claims they are not.
 *
 * <p>A figure is a range: "99.5%" is [99.5, 99.5], "W ≥ 97%" and "99.5% min" are [97, ∞) and [99.5,
 * ∞), "< 99.99%" is (−∞, 99.99], "75-150 um" is [75, 150], "-325 mesh" passes the sieve: [0, 46]
 * µm.
 */
public final class StatedFigures {
  /** What a figure measures; the unit written after it decides. */
  public enum Quantity {
    /** Purity or content by weight, in percent. */
    PERCENT,
    /** Particle size in micrometres (µm, nm, mesh). */
    PARTICLE_SIZE_UM,
    /** A diameter in millimetres: a figure labelled dia, diameter, φ, Ø or 直径. */
    DIAMETER_MM,
    DENSITY_G_CM3,
    /** A strength in MPa; the label says which (flexural, tensile). */
    STRENGTH_MPA
  }

  /**
   * One stated figure.
   *
   * @param label the token written just before the figure (or, for a percentage with none, just
   *     after it) in the description's own case: "Mo", "D50", "Dy", "纯度"; empty when none
   * @param words up to two words before the figure, lower case: "flexural strength"
   * @param text the figure as written, for evidence
   */
  public record Figure(
      Quantity quantity, String label, String words, double low, double high, String text) {}

  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<cmp><=|>=|≤|≥|<|>|~)?\\s*"
              + NUMBER
              + "(?:\\s*(?:-|–|~|to|至)\\s*"
              + NUMBER
              + ")?\\s*(?<unit>wt\\.?\\s?%|%|μm|um|microns?|微米|nm|纳米|mm|毫米|g/cm3|g/cc|g/cm\\^3|mpa|mesh|目)"
              + "(?![a-z])",
          Pattern.CASE_INSENSITIVE);

  /** A diameter written with φ or Ø and no unit: millimetres, as drawings do. */
  private static final Pattern BARE_DIAMETER =
      Pattern.compile("(?<![a-z])(?:φ|ø)\\s*" + NUMBER + "(?![\\d.]|\\s*(?:mm|毫米|μm|um))");

  private static final String[] DIAMETER_LABELS = {"dia", "dia.", "diameter", "φ", "ø", "od", "直径"};
  private static final List<String> LOWER_SIGNS = List.of(">", ">=", "≥");
  private static final List<String> UPPER_SIGNS = List.of("<", "<=", "≤");
  private static final String[] LOWER_WORDS = {"min", "min.", "not less than", "不低于", "大于"};
  private static final String[] UPPER_WORDS = {
    "max",
    "max.",
    "below",
    "under",
    "less than",
    "lower than",
    "not more than",
    "低于",
    "小于",
    "不大于",
    "不超过",
    "不足"
  };
  private static final String[] INCLUSIVE_UPPER_WORDS = {
    "max", "max.", "not more than", "不大于", "不超过"
  };
  private static final String[] LOWER_AFTER = {"min", "及以上", "以上"};
  private static final String[] UPPER_AFTER = {"max", "及以下", "以下"};

  private StatedFigures() {}

  /** Every figure the description states, in order. */
  public static List<Figure> read(String description) {
    if (description == null || description.isBlank()) {
      return List.of();
    }
    String text = Normalizer.normalize(description, Normalizer.Form.NFKC).replace('µ', 'μ');
    String lower = text.toLowerCase(Locale.ROOT);
    List<Figure> figures = new ArrayList<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      figure(text, lower, m).ifPresent(figures::add);
    }
    Matcher bare = BARE_DIAMETER.matcher(lower);
    while (bare.find()) {
      double value = Double.parseDouble(bare.group(1));
      figures.add(
          new Figure(
              Quantity.DIAMETER_MM,
              "φ",
              "",
              value,
              value,
              text.substring(bare.start(), bare.end())));
    }
    return List.copyOf(figures);
  }

  private static Optional<Figure> figure(String text, String lower, Matcher m) {
    String unit = m.group("unit").toLowerCase(Locale.ROOT).replace(" ", "");
    double a = Double.parseDouble(m.group(2));
    double b = m.group(3) == null ? a : Double.parseDouble(m.group(3));
    int numberStart = m.start(2);
    int before = m.group("cmp") == null ? numberStart : m.start("cmp");
    String prefix = text.substring(0, before).stripTrailing();
    String prefixLower = lower.substring(0, before).stripTrailing();
    String cmp = m.group("cmp") == null ? "" : m.group("cmp");
    String after = lower.substring(m.end()).stripLeading();
    boolean lowerBound = bound(cmp, LOWER_SIGNS, prefixLower, LOWER_WORDS, after, LOWER_AFTER);
    boolean upperBound = bound(cmp, UPPER_SIGNS, prefixLower, UPPER_WORDS, after, UPPER_AFTER);
    String label = label(stripped(prefix));
    String words = words(stripped(prefixLower));
    Quantity quantity;
    double scale = 1;
    boolean diameter = endsWithAny(stripped(prefixLower), DIAMETER_LABELS);
    switch (unit) {
      case "%", "wt%", "wt.%" -> {
        quantity = Quantity.PERCENT;
        // "spherical 99.95% C": a substance written after the figure names it better than a word
        // before it.
        String suffix = suffixLabel(text.substring(m.end()));
        if (!suffix.isEmpty() && !Labels.formula(label)) {
          label = suffix;
        }
      }
      case "μm", "um", "micron", "microns", "微米" -> {
        quantity = diameter ? Quantity.DIAMETER_MM : Quantity.PARTICLE_SIZE_UM;
        scale = diameter ? 0.001 : 1;
      }
      case "nm", "纳米" -> {
        quantity = Quantity.PARTICLE_SIZE_UM;
        scale = 0.001;
      }
      case "mm", "毫米" -> {
        if (!diameter) {
          // A length, thickness or edge: no limit of the list reads one alone.
          return Optional.empty();
        }
        quantity = Quantity.DIAMETER_MM;
      }
      case "g/cm3", "g/cc", "g/cm^3" -> quantity = Quantity.DENSITY_G_CM3;
      case "mpa" -> quantity = Quantity.STRENGTH_MPA;
      default -> {
        // mesh, 目: the sieve's opening, about 14,900 µm divided by the mesh number; "-325 mesh"
        // passes it, "+100 mesh" stays on it.
        double small = 14_900 / Math.max(a, b);
        double large = 14_900 / Math.min(a, b);
        boolean retained = prefixLower.endsWith("+");
        double low = m.group(3) != null ? small : retained ? large : 0;
        double high = m.group(3) != null ? large : retained ? Double.POSITIVE_INFINITY : large;
        return Optional.of(
            new Figure(
                Quantity.PARTICLE_SIZE_UM,
                label,
                words,
                low,
                high,
                text.substring(before, m.end())));
      }
    }
    double low = Math.min(a, b) * scale;
    double high = Math.max(a, b) * scale;
    if (lowerBound && !upperBound) {
      high = Double.POSITIVE_INFINITY;
      low = cmp.equals(">") ? Math.nextUp(low) : low;
    } else if (upperBound && !lowerBound) {
      low = quantity == Quantity.PERCENT ? Double.NEGATIVE_INFINITY : 0;
      // "< 99.99%", "below 99.99%": strictly under the figure.
      boolean inclusive =
          bound(cmp, List.of("≤", "<="), prefixLower, INCLUSIVE_UPPER_WORDS, after, UPPER_AFTER);
      high = inclusive ? high : Math.nextDown(high);
      // "< 0 um" says nothing a size can be; the range stays one point rather than turn over.
      low = Math.min(low, high);
    }
    return Optional.of(
        new Figure(quantity, label, words, low, high, text.substring(before, m.end()).strip()));
  }

  /** Whether a sign before the figure, a word before it or a word after it makes it a bound. */
  private static boolean bound(
      String cmp, List<String> signs, String before, String[] words, String after, String[] next) {
    return signs.contains(cmp) || endsWithAny(before, words) || startsWithAny(after, next);
  }

  /** The prefix without the separators that may stand between a label and its figure. */
  private static String stripped(String prefix) {
    String s = prefix.stripTrailing();
    while (!s.isEmpty() && ":=：".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    return s;
  }

  /**
   * The token just before a figure: a run of letters, digits and slashes ("Mo", "D50", "CeO2/TREO")
   * or of Han characters ("纯度"); empty after a separator (",", "|", "(").
   */
  private static String label(String prefix) {
    int end = prefix.length();
    int start = end;
    while (start > 0 && isLabelChar(prefix.charAt(start - 1))) {
      start--;
    }
    return prefix.substring(start, end);
  }

  private static boolean isLabelChar(char c) {
    return Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '-';
  }

  /** A formula or element written just after a bare percentage: "99.95% C", "55.3% Bi". */
  private static String suffixLabel(String rest) {
    String s = rest.stripLeading();
    int end = 0;
    while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
      end++;
    }
    String token = s.substring(0, end);
    return Labels.formula(token) ? token : "";
  }

  /** Up to two words before the figure ("flexural strength", "抗折强度"). */
  private static String words(String prefix) {
    String[] parts = prefix.split("[\\s,;|(]+");
    int n = parts.length;
    if (n == 0) {
      return "";
    }
    return n == 1 ? parts[0] : parts[n - 2] + " " + parts[n - 1];
  }

  private static boolean endsWithAny(String text, String[] words) {
    for (String word : words) {
      if (text.endsWith(word)
          && (text.length() == word.length()
              || !Character.isLetter(word.charAt(0))
              || word.charAt(0) > 0x2E80
              || !Character.isLetter(text.charAt(text.length() - word.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String text, String[] words) {
    for (String word : words) {
      if (text.startsWith(word)
          && (text.length() == word.length() || !Character.isLetter(text.charAt(word.length())))) {
        return true;
      }
    }
    return false;
  }

  /** What a label is. */
  public static final class Labels {
    private static final Pattern FORMULA =
        Pattern.compile("(?:[A-Z][a-z]?\\d*(?:\\.\\d+)?)+(?:/(?:[A-Z][a-z]?\\d*)+)?");

    private Labels() {}

    /**
     * Whether the label, as written, is a chemical symbol or formula ("Dy", "WO3", "CeO2/TREO"):
     * the content of that substance, not the purity of the goods.
     */
    public static boolean formula(String label) {
      return !label.isEmpty() && FORMULA.matcher(label).matches();
    }
  }
}
