package dev.assay.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads whether a goods description names a controlled content or says it is absent. "Sintered
 * NdFeB blocks, Dy-free", "烧结钕铁硼磁钢，无镝", "free of dysprosium", "不含镝", "Dy < 0.1%" mention the
 * content only to deny it: on a tariff line that is not conclusive they are an explicit
 * non-controlled specification, a claim to verify with documents, not a declaration of controlled
 * goods. "NdFeB magnets Dy 3%" names it by its element symbol with a content.
 *
 * <p>Works on text in {@link GoodsText#normalize normal form}. A mention's qualifier is looked for
 * in its own clause only (up to a comma, semicolon, bracket or their Chinese forms), so "Dy-free
 * housing, NdFeB Dy 2%" still names Dy.
 */
public final class Qualifiers {
  private Qualifiers() {}

  /** Words before a mention that deny it. */
  private static final String[] BEFORE = {
    "free of ",
    "free from ",
    "without ",
    "no ",
    "non-",
    "non ",
    "not containing ",
    "does not contain ",
    "excluding ",
    "exclusive of ",
    "zero ",
    "0% ",
    "不含有",
    "不含",
    "未含",
    "无",
    "非",
    "零",
    "不带"
  };

  /** Words after a mention that deny it. */
  private static final String[] AFTER = {
    "-free", " free", "free", " not detected", " n.d.", "未检出", "为0", "为零", " 0%", " 0.0%", "0%"
  };

  /** Element symbols by the control list's mineral names, for "Dy-free" and "Dy 3%". */
  private static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("dysprosium", "dy"),
          Map.entry("terbium", "tb"),
          Map.entry("gallium", "ga"),
          Map.entry("germanium", "ge"),
          Map.entry("antimony", "sb"),
          Map.entry("bismuth", "bi"),
          Map.entry("tellurium", "te"),
          Map.entry("molybdenum", "mo"),
          Map.entry("samarium", "sm"),
          Map.entry("gadolinium", "gd"),
          Map.entry("lutetium", "lu"),
          Map.entry("scandium", "sc"),
          Map.entry("holmium", "ho"),
          Map.entry("erbium", "er"),
          Map.entry("thulium", "tm"),
          Map.entry("europium", "eu"),
          Map.entry("ytterbium", "yb"));

  /** The element symbol of a control-list mineral, in lower case, or null. */
  public static String symbol(String mineral) {
    return mineral == null ? null : SYMBOLS.get(mineral);
  }

  /**
   * What a description says about a content.
   *
   * @param named a mention that is not denied: the description names the content
   * @param claim the first denying phrase found (as written in normal form), or null
   */
  public record Reading(boolean named, String claim) {
    public boolean claimsAbsence() {
      return claim != null && !named;
    }

    static final Reading NOTHING = new Reading(false, null);
  }

  /**
   * Reads the mentions of any of the terms (names in any language, matched anywhere) and of the
   * element symbol (a separate word; it names the content only with a figure after it, "dy 3%").
   */
  public static Reading read(String text, String[] terms, String symbol) {
    if (text.isEmpty()) {
      return Reading.NOTHING;
    }
    boolean named = false;
    String claim = null;
    for (String term : terms) {
      int from = 0;
      int at;
      while (!term.isEmpty() && (at = text.indexOf(term, from)) >= 0) {
        String denial = denial(text, at, at + term.length());
        if (denial == null) {
          named = true;
        } else if (claim == null) {
          claim = denial;
        }
        from = at + term.length();
      }
    }
    if (symbol != null) {
      int from = 0;
      int at;
      while ((at = text.indexOf(symbol, from)) >= 0) {
        int end = at + symbol.length();
        from = end;
        if (!wordAt(text, at, end)) {
          continue;
        }
        String denial = denial(text, at, end);
        if (denial != null) {
          if (claim == null) {
            claim = denial;
          }
        } else if (figureAfter(text, end)) {
          named = true;
        }
      }
    }
    return claim == null && !named ? Reading.NOTHING : new Reading(named, claim);
  }

  /**
   * Elements that a denial may list together with the mention: "不含镝铽", "无镝、铽", "Dy/Tb-free", "free
   * of dysprosium and terbium" deny each element listed. Chinese characters, English names and
   * two-letter symbols (as separate words), longest first.
   */
  private static final List<String> LISTABLE = listable();

  private static List<String> listable() {
    List<String> words = new ArrayList<>(SYMBOLS.keySet());
    words.addAll(SYMBOLS.values());
    words.addAll(List.of("yttrium", "indium", "tungsten"));
    for (char c : "镝铽镓锗锑铋碲钼钐钆镥钪钬铒铥铕镱钇铟钨".toCharArray()) {
      words.add(String.valueOf(c));
    }
    words.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(words);
  }

  /** What may join two listed elements: nothing between Chinese characters, or one of these. */
  private static final String[] JOINS = {"、", "/", "&", "+", "和", "及", "与", "或", " and ", " or "};

  /** Where the list of elements that ends with the mention at {@code start} begins. */
  private static int listStart(String text, int start) {
    int at = start;
    while (true) {
      int k = at;
      for (String join : JOINS) {
        if (text.startsWith(join, k - join.length())) {
          k -= join.length();
          break;
        }
      }
      String element = null;
      for (String w : LISTABLE) {
        if (text.startsWith(w, k - w.length()) && wordEdge(text, k - w.length() - 1, w)) {
          element = w;
          break;
        }
      }
      if (element == null) {
        return at;
      }
      at = k - element.length();
    }
  }

  /** Where the list of elements that begins with the mention ending at {@code end} ends. */
  private static int listEnd(String text, int end) {
    int at = end;
    while (true) {
      int k = at;
      for (String join : JOINS) {
        if (text.startsWith(join, k)) {
          k += join.length();
          break;
        }
      }
      String element = null;
      for (String w : LISTABLE) {
        if (text.startsWith(w, k) && wordEdge(text, k + w.length(), w)) {
          element = w;
          break;
        }
      }
      if (element == null) {
        return at;
      }
      at = k + element.length();
    }
  }

  /** A Latin element word ends at a non-letter (or the text's end); a Chinese one anywhere. */
  private static boolean wordEdge(String text, int i, String w) {
    return w.charAt(0) >= 128 || i < 0 || i >= text.length() || !Character.isLetter(text.charAt(i));
  }

  /**
   * Words that grade a family between the denial and its name: "no heavy rare earth", "不含重稀土" deny
   * the controlled part of the family, which is what the mention would claim.
   */
  private static final String[] GRADES = {"medium and heavy ", "heavy ", "中重", "重"};

  private static String withoutGrade(String before) {
    for (String grade : GRADES) {
      if (before.endsWith(grade)) {
        return before.substring(0, before.length() - grade.length());
      }
    }
    return before;
  }

  /** The denying phrase around the mention at [start, end), or null where it is not denied. */
  static String denial(String text, int mentionStart, int mentionEnd) {
    int start = listStart(text, mentionStart);
    int end = listEnd(text, mentionEnd);
    int clauseStart = start;
    while (clauseStart > 0 && !separator(text.charAt(clauseStart - 1))) {
      clauseStart--;
    }
    String before = withoutGrade(text.substring(clauseStart, start));
    for (String w : BEFORE) {
      if (before.endsWith(w)) {
        // English "no" and "non" only as words ("piano " is not "no "); Chinese has no spaces
        int wAt = before.length() - w.length();
        if (w.charAt(0) < 128
            && Character.isLetter(w.charAt(0))
            && wAt > 0
            && Character.isLetter(before.charAt(wAt - 1))) {
          continue;
        }
        return text.substring(clauseStart + wAt, end);
      }
    }
    int clauseEnd = end;
    while (clauseEnd < text.length() && !separator(text.charAt(clauseEnd))) {
      clauseEnd++;
    }
    String after = text.substring(end, clauseEnd);
    for (String w : AFTER) {
      if (after.startsWith(w)) {
        return text.substring(start, end + w.length());
      }
    }
    // "dy < 0.1%", "镝含量<0.1%", "dy content ≤ 0.05 wt%", "dy less than 0.1%": a content below a
    // limit
    String rest = after.replace("content", "").replace("含量", "").strip();
    for (String below : new String[] {"<=", "<", "≤", "less than", "below", "低于", "小于"}) {
      if (rest.startsWith(below) && smallLimit(rest.substring(below.length()))) {
        int stop = Math.min(after.length(), 24);
        return text.substring(start, end + stop).strip();
      }
    }
    return null;
  }

  /**
   * Whether a stated upper limit is a non-controlled specification: 0.1% (1,000 ppm) or less.
   * ASSUMPTION: the smallest content treated as controlled in the penalty decisions is 0.18% Dy
   * (PEN-NB); a limit above 0.1% does not deny a controlled content, it brackets one.
   */
  private static boolean smallLimit(String text) {
    String t = text.strip();
    int i = 0;
    while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
      i++;
    }
    if (i == 0) {
      return false;
    }
    double value;
    try {
      value = Double.parseDouble(t.substring(0, i));
    } catch (NumberFormatException e) {
      return false;
    }
    String unit = t.substring(i).strip();
    if (unit.startsWith("ppm")) {
      return value <= 1000;
    }
    if (unit.startsWith("wt%") || unit.startsWith("%")) {
      return value <= 0.1;
    }
    return false;
  }

  private static boolean separator(char c) {
    return c == ',' || c == ';' || c == '(' || c == ')' || c == '，' || c == '；' || c == '、'
        || c == '（' || c == '）' || c == '/';
  }

  private static boolean wordAt(String text, int start, int end) {
    boolean left = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    boolean right = end == text.length() || !Character.isLetter(text.charAt(end));
    return left && right;
  }

  /** A figure right after a symbol: "dy 3%", "dy3.5%", "dy: 2 wt%". */
  private static boolean figureAfter(String text, int end) {
    int i = end;
    while (i < text.length()
        && (text.charAt(i) == ' ' || text.charAt(i) == ':' || text.charAt(i) == '=')) {
      i++;
    }
    return i < text.length()
        && Character.isDigit(text.charAt(i))
        && text.indexOf('%', i) > i
        && text.indexOf('%', i) - i <= 6;
  }
}
