package dev.assay.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.cel.common.ast.CelExpr;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The regular expressions of analyst rules ({@code matches}): checked at load, compiled once.
 *
 * <p>RE2 matches in linear time, but compiling expands every counted repetition: {@code
 * ((x{1000}){1000}){1000}} becomes a billion instructions and exhausts memory before CEL's program
 * size limit is ever checked, and CEL compiles the pattern again on every evaluation. So a pattern
 * must be a literal of the rule (a pattern taken from declaration data could be such a bomb), its
 * expanded size is bounded from the text before RE2 compiles it, and the compiled program is kept.
 */
final class RulePatterns {
  /** Upper bound of a pattern's expanded size, estimated from its text before compiling. */
  static final long MAX_EXPANDED_SIZE = 5_000;

  /** At most this many compiled patterns are kept; every one of them passed the load check. */
  private static final int CACHE_LIMIT = 10_000;

  /** Where the estimate stops counting: far above any limit, far below overflow. */
  private static final long CAP = 1L << 40;

  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private RulePatterns() {}

  /**
   * Checks every {@code matches} call of a checked expression.
   *
   * @throws IllegalArgumentException naming the pattern and what is wrong with it
   */
  static void check(CelExpr expr, int maxProgramSize) {
    Deque<CelExpr> todo = new ArrayDeque<>();
    todo.push(expr);
    while (!todo.isEmpty()) {
      CelExpr e = todo.pop();
      switch (e.getKind()) {
        case CALL -> {
          var call = e.call();
          if (call.function().equals("matches")) {
            CelExpr pattern = call.target().isPresent() ? call.args().get(0) : call.args().get(1);
            if (pattern.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                || pattern.constant().getKind()
                    != dev.cel.common.ast.CelConstant.Kind.STRING_VALUE) {
              throw new IllegalArgumentException(
                  "matches() needs its pattern written in the rule as a string literal");
            }
            compile(pattern.constant().stringValue(), maxProgramSize);
          }
          call.target().ifPresent(todo::push);
          call.args().forEach(todo::push);
        }
        case LIST -> e.list().elements().forEach(todo::push);
        case MAP ->
            e.map()
                .entries()
                .forEach(
                    entry -> {
                      todo.push(entry.key());
                      todo.push(entry.value());
                    });
        case STRUCT -> e.struct().entries().forEach(entry -> todo.push(entry.value()));
        case SELECT -> todo.push(e.select().operand());
        case COMPREHENSION -> {
          var c = e.comprehension();
          todo.push(c.iterRange());
          todo.push(c.accuInit());
          todo.push(c.loopCondition());
          todo.push(c.loopStep());
          todo.push(c.result());
        }
        default -> {}
      }
    }
  }

  /** Whether {@code text} matches {@code pattern}: CEL's {@code matches}, with the kept program. */
  static boolean matches(String text, String pattern, int maxProgramSize, boolean partial) {
    Pattern compiled = compile(pattern, maxProgramSize);
    return partial ? compiled.matcher(text).find() : compiled.matcher(text).matches();
  }

  private static Pattern compile(String pattern, int maxProgramSize) {
    Pattern known = COMPILED.get(pattern);
    if (known != null) {
      return known;
    }
    long expanded = expandedSize(pattern);
    if (expanded > MAX_EXPANDED_SIZE) {
      throw new IllegalArgumentException(
          "the regular expression '%s' expands to more than %,d instructions (its repetitions multiply); at most %,d"
              .formatted(shortened(pattern), expanded, MAX_EXPANDED_SIZE));
    }
    Pattern compiled;
    try {
      compiled = Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "the regular expression '%s' is not valid RE2: %s"
              .formatted(shortened(pattern), e.getDescription()),
          e);
    }
    if (compiled.programSize() > maxProgramSize) {
      throw new IllegalArgumentException(
          "the regular expression '%s' is too large: RE2 program of %,d instructions, at most %,d"
              .formatted(shortened(pattern), compiled.programSize(), maxProgramSize));
    }
    if (COMPILED.size() < CACHE_LIMIT) {
      COMPILED.put(pattern, compiled);
    }
    return compiled;
  }

  private static String shortened(String pattern) {
    return pattern.length() <= 60 ? pattern : pattern.substring(0, 57) + "...";
  }

  /**
   * An upper bound of the number of instructions RE2 would compile the pattern to, from its text:
   * each atom counts one, a group the sum of its parts, and a counted repetition multiplies what it
   * repeats, so nested repetitions multiply. Coarse on purpose: it only has to keep compiling
   * cheap; the exact program size is checked after.
   */
  static long expandedSize(String pattern) {
    Deque<long[]> groups = new ArrayDeque<>(); // each: {total of the group so far, last atom}
    long[] current = {0, 0};
    int i = 0;
    int n = pattern.length();
    while (i < n) {
      char c = pattern.charAt(i);
      switch (c) {
        case '\\' -> {
          i = skipEscape(pattern, i);
          atom(current, 1);
          continue;
        }
        case '[' -> {
          i = skipClass(pattern, i);
          atom(current, 1);
          continue;
        }
        case '(' -> {
          if (i + 1 < n && pattern.charAt(i + 1) == '?') {
            int j = i + 2;
            while (j < n && pattern.charAt(j) != ':' && pattern.charAt(j) != ')') {
              j++;
            }
            if (j < n && pattern.charAt(j) == ')') { // flags only, as (?i): no group
              i = j + 1;
              continue;
            }
            i = j;
          }
          groups.push(current);
          current = new long[] {0, 0};
        }
        case ')' -> {
          long size = current[0] + 2;
          current = groups.isEmpty() ? new long[] {0, 0} : groups.pop();
          atom(current, size);
        }
        case '|' -> {
          current[0] = saturated(current[0] + 1);
          current[1] = 0;
        }
        case '*', '+', '?' -> {
          current[0] = saturated(current[0] + 1);
          current[1] = saturated(current[1] + 1);
        }
        case '{' -> {
          int close = pattern.indexOf('}', i);
          long count = close < 0 ? -1 : repetitions(pattern.substring(i + 1, close));
          if (count < 0) {
            atom(current, 1);
          } else {
            long repeated = saturated(times(current[1], count) + count);
            current[0] = saturated(current[0] - current[1] + repeated);
            current[1] = repeated;
            i = close;
          }
        }
        default -> atom(current, 1);
      }
      i++;
    }
    long total = current[0];
    while (!groups.isEmpty()) {
      total = saturated(total + groups.pop()[0]);
    }
    return total;
  }

  private static void atom(long[] group, long size) {
    group[0] = saturated(group[0] + size);
    group[1] = size;
  }

  /** The most times {@code {n}}, {@code {n,}} or {@code {n,m}} repeats, or -1 if it is none. */
  private static long repetitions(String inside) {
    if (!inside.matches("\\d{1,9}(,\\d{0,9})?")) {
      return -1;
    }
    int comma = inside.indexOf(',');
    if (comma < 0) {
      return Long.parseLong(inside);
    }
    long min = Long.parseLong(inside.substring(0, comma));
    String max = inside.substring(comma + 1);
    return max.isEmpty() ? min + 1 : Math.max(min, Long.parseLong(max));
  }

  private static int skipEscape(String p, int i) {
    int j = i + 2;
    if (j <= p.length() && j - 1 < p.length()) {
      char kind = p.charAt(j - 1);
      if ((kind == 'p' || kind == 'P' || kind == 'x') && j < p.length() && p.charAt(j) == '{') {
        int close = p.indexOf('}', j);
        return close < 0 ? p.length() : close + 1;
      }
    }
    return Math.min(j, p.length());
  }

  private static int skipClass(String p, int i) {
    int j = i + 1;
    if (j < p.length() && p.charAt(j) == '^') {
      j++;
    }
    if (j < p.length() && p.charAt(j) == ']') {
      j++;
    }
    while (j < p.length() && p.charAt(j) != ']') {
      if (p.charAt(j) == '\\') {
        j++;
      } else if (p.startsWith("[:", j)) {
        int close = p.indexOf(":]", j + 2);
        j = close < 0 ? j : close + 1;
      }
      j++;
    }
    return Math.min(j + 1, p.length());
  }

  private static long times(long a, long b) {
    double product = (double) a * b;
    return product > CAP ? CAP : (long) product;
  }

  private static long saturated(long value) {
    return value < 0 || value > CAP ? CAP : value;
  }
}
