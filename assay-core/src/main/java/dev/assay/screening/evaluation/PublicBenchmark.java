package dev.assay.screening.evaluation;

import dev.assay.screening.RestrictedList;
import dev.assay.screening.lists.ListImport;
import dev.assay.screening.lists.WatchListReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A public labelled name-pair benchmark written by others: OpenSanctions' nomenklatura {@code
 * contrib/name_bench/cases.csv} (MIT licence; provenance and licence in {@code
 * screening/evaluation/public/SOURCE.md}). Each row is a query name, a listed name and whether they
 * are the same party. The listed names become the entries of one synthetic list (one entry per
 * distinct listed name); a pair counts as found when the query raises its listed name's entry.
 *
 * <p>The file is kept as published. Its tune/held-out split is a fixed rule on the two names, not a
 * column, so the file stays comparable with upstream and nobody can move a pair between parts: a
 * pair is {@code tune} when the first byte of SHA-256(query U+001F listed name) is even, else
 * {@code held-out}. Identical pairs in two of its groups land in the same part.
 */
public final class PublicBenchmark {
  public static final String FILE = "public/nomenklatura-name-bench.csv";
  public static final String LIST_ID = "public-name-bench";

  /** Class prefix of the benchmark's rows, by its own case groups. */
  public static final String GROUP_PREFIX = "nk:";

  private final List<Row> rows;
  private final Map<String, String> entryIds;

  /** One labelled pair of the benchmark as published. */
  public record Row(
      String group,
      String schema,
      String query,
      String listed,
      boolean match,
      String quality,
      String category) {}

  private PublicBenchmark(List<Row> rows) {
    this.rows = List.copyOf(rows);
    Map<String, String> ids = new LinkedHashMap<>();
    for (Row r : rows) {
      ids.computeIfAbsent(r.listed(), n -> String.format(Locale.ROOT, "nb-%04d", ids.size() + 1));
    }
    this.entryIds = ids;
  }

  /** The shipped benchmark. */
  public static PublicBenchmark shipped() {
    List<Row> rows = new ArrayList<>();
    int line = 1;
    for (String[] r : EvaluationData.csv(FILE)) {
      line++;
      if (r.length != 8 || !(r[4].equals("true") || r[4].equals("false"))) {
        throw new IllegalStateException(
            FILE
                + ": row "
                + line
                + " ("
                + String.join(",", r)
                + "): expected case_group,schema,name1,name2,is_match (true|false),quality,category,notes");
      }
      rows.add(new Row(r[0], r[1], r[2], r[3], r[4].equals("true"), r[5], r[6]));
    }
    return new PublicBenchmark(rows);
  }

  public List<Row> rows() {
    return rows;
  }

  /** The part of a pair: the fixed rule above. */
  public static String part(String query, String listed) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest((query + "\u001f" + listed).getBytes(StandardCharsets.UTF_8));
      return (h[0] & 1) == 0 ? ClassPair.TUNE : ClassPair.HELD_OUT;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The listed names as one list: an entry per distinct listed name, kind from the row's schema.
   */
  public RestrictedList list() {
    StringBuilder csv =
        new StringBuilder(
            "id,name,aliases,countries,kind,birth_date,identifiers,reason,listed_on,removed_on\n");
    Map<String, String> kinds = new LinkedHashMap<>();
    for (Row r : rows) {
      kinds.putIfAbsent(r.listed(), kind(r.schema()));
    }
    entryIds.forEach(
        (name, id) ->
            csv.append(id)
                .append(',')
                .append(quote(name))
                .append(",,,")
                .append(kinds.get(name))
                .append(",,,public name-pair benchmark,2024-01-15,\n"));
    ListImport wl =
        WatchListReader.read(
            new StringReader(csv.toString()),
            LIST_ID,
            "Public name-pair benchmark (nomenklatura name_bench)",
            FILE,
            LocalDate.of(2024, 1, 15));
    if (!wl.report().rejected().isEmpty()) {
      throw new IllegalStateException(wl.report().rejected().getFirst().describe());
    }
    return wl.lists().getFirst();
  }

  /** The pairs by the benchmark's case groups (class {@code nk:<group>}), tune and held-out. */
  public List<ClassPair> byGroup() {
    return pairs(r -> GROUP_PREFIX + r.group());
  }

  /**
   * The pairs by script: {@code script:latin} (both names in Latin letters), {@code
   * script:same-nonlatin} (both in one other script), {@code script:cross} (the two names in
   * different scripts, a transliteration).
   */
  public List<ClassPair> byScript() {
    return pairs(r -> "script:" + scriptClass(r.query(), r.listed()));
  }

  private List<ClassPair> pairs(java.util.function.Function<Row, String> category) {
    List<ClassPair> pairs = new ArrayList<>();
    for (Row r : rows) {
      String c = category.apply(r);
      pairs.add(
          new ClassPair(
              part(r.query(), r.listed()),
              c,
              new LabelledPair(
                  r.query(), "", LIST_ID + ":" + entryIds.get(r.listed()), r.match(), c)));
    }
    return pairs;
  }

  static String scriptClass(String a, String b) {
    TreeSet<String> sa = scripts(a);
    TreeSet<String> sb = scripts(b);
    if (!sa.equals(sb)) {
      return "cross";
    }
    return sa.equals(new TreeSet<>(List.of("LATIN"))) ? "latin" : "same-nonlatin";
  }

  private static TreeSet<String> scripts(String s) {
    TreeSet<String> out = new TreeSet<>();
    s.codePoints()
        .filter(Character::isLetter)
        .forEach(cp -> out.add(Character.UnicodeScript.of(cp).name()));
    // Kana and Han together are one Japanese name; Hangul alone is Korean.
    if (out.contains("HIRAGANA") || out.contains("KATAKANA")) {
      out.remove("HAN");
    }
    return out;
  }

  private static String kind(String schema) {
    return switch (schema) {
      case "Person" -> "person";
      case "Vessel" -> "vessel";
      default -> "organization";
    };
  }

  private static String quote(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
