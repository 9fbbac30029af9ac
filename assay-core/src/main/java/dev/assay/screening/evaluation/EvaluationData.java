package dev.assay.screening.evaluation;

import dev.assay.screening.RestrictedList;
import dev.assay.screening.lists.ListImport;
import dev.assay.screening.lists.ShippedLists;
import dev.assay.screening.lists.WatchListReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation data shipped under {@code screening/evaluation/}: the lists it runs against (the
 * shipped Chinese lists and a synthetic multi-script watch list), the hand-written romanizations,
 * and the generated labelled pairs and clean names.
 */
public final class EvaluationData {
  static final String DIR = "/screening/evaluation/";
  public static final String WATCHLIST_ID = "evaluation-watchlist";
  public static final String CLASSES_ID = "evaluation-classes";

  /** The day evaluations screen as of: every shipped listing is in force by then. */
  public static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  private EvaluationData() {}

  /**
   * The lists the evaluation runs against: the generated set's lists and the per-class set's
   * synthetic watch list.
   */
  public static List<RestrictedList> lists() {
    List<RestrictedList> lists = new ArrayList<>(generatedSetLists());
    lists.addAll(
        watchList(
            "classes-watchlist.csv",
            CLASSES_ID,
            "Synthetic per-class watch list for evaluation (every script, legal forms, nicknames)"));
    return lists;
  }

  /**
   * The lists the generated labelled pairs are made from (the per-class list is not among them).
   */
  static List<RestrictedList> generatedSetLists() {
    List<RestrictedList> lists = new ArrayList<>(ShippedLists.chinese());
    lists.addAll(
        watchList(
            "evaluation-watchlist.csv",
            WATCHLIST_ID,
            "Synthetic multi-script watch list for evaluation"));
    return lists;
  }

  private static List<RestrictedList> watchList(String file, String id, String title) {
    ListImport wl =
        WatchListReader.read(
            new StringReader(text(file)), id, title, file, LocalDate.of(2024, 1, 15));
    if (!wl.report().rejected().isEmpty()) {
      throw new IllegalStateException(wl.report().rejected().getFirst().describe());
    }
    return wl.lists();
  }

  /** The hand-written per-class pairs, tune and held-out parts. */
  public static List<ClassPair> classPairs() {
    List<ClassPair> pairs = new ArrayList<>();
    for (String[] r : csv("class-pairs.csv")) {
      if (r.length != 6 || !(r[5].equals("match") || r[5].equals("no-match"))) {
        throw new IllegalStateException(
            "class-pairs.csv: row "
                + String.join(",", r)
                + ": expected part,class,entry_id,query,country,match|no-match");
      }
      pairs.add(
          new ClassPair(
              r[0],
              r[1],
              new LabelledPair(r[3], r[4], CLASSES_ID + ":" + r[2], r[5].equals("match"), r[1])));
    }
    return pairs;
  }

  /** Any raised entry: the key of pairs whose query must raise nothing at all. */
  public static final String ANY_ENTRY = "*";

  /** Class prefix of the ordinary names: hard negatives that must raise nothing. */
  public static final String ORDINARY = "ordinary-";

  /**
   * The ordinary names (common Chinese, Japanese, Korean, Arabic, Hebrew and Thai names on no list)
   * as class pairs of class {@code ordinary-<script>}: a false alarm is any match raised.
   */
  public static List<ClassPair> ordinaryNames() {
    List<ClassPair> pairs = new ArrayList<>();
    for (String[] r : csv("ordinary-names.csv")) {
      if (r.length != 4) {
        throw new IllegalStateException(
            "ordinary-names.csv: row "
                + String.join(",", r)
                + ": expected part,script,name,country");
      }
      pairs.add(
          new ClassPair(
              r[0],
              ORDINARY + r[1],
              new LabelledPair(r[2], r[3], ANY_ENTRY, false, ORDINARY + r[1])));
    }
    return pairs;
  }

  public static List<LabelledPair> pairs() {
    List<LabelledPair> pairs = new ArrayList<>();
    for (String[] r : csv("labelled-pairs.csv")) {
      pairs.add(new LabelledPair(r[0], r[1], r[2], r[3].equals("match"), r[4]));
    }
    return pairs;
  }

  public static List<String[]> cleanNames() {
    return csv("clean-names.csv");
  }

  static List<String[]> romanizations() {
    return csv("romanizations.csv");
  }

  /** The rows of a shipped CSV file without its header and comment lines. */
  static List<String[]> csv(String name) {
    List<String[]> rows = new ArrayList<>();
    try (Reader in = new StringReader(text(name))) {
      var reader =
          de.siegmar.fastcsv.reader.CsvReader.builder()
              .commentStrategy(de.siegmar.fastcsv.reader.CommentStrategy.SKIP)
              .ofCsvRecord(in);
      boolean header = true;
      for (var record : reader) {
        if (header) {
          header = false;
          continue;
        }
        rows.add(record.getFields().toArray(String[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static String text(String name) {
    try (InputStream in = EvaluationData.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + name);
      }
      StringBuilder b = new StringBuilder();
      var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        b.append(l).append('\n');
      }
      return b.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
