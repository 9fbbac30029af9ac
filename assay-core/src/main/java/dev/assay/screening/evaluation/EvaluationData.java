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

  /** The day evaluations screen as of: every shipped listing is in force by then. */
  public static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  private EvaluationData() {}

  /** The lists the evaluation runs against. */
  public static List<RestrictedList> lists() {
    List<RestrictedList> lists = new ArrayList<>(ShippedLists.chinese());
    ListImport wl =
        WatchListReader.read(
            new StringReader(text("evaluation-watchlist.csv")),
            WATCHLIST_ID,
            "Synthetic multi-script watch list for evaluation",
            "evaluation-watchlist.csv",
            LocalDate.of(2024, 1, 15));
    if (!wl.report().rejected().isEmpty()) {
      throw new IllegalStateException(wl.report().rejected().getFirst().describe());
    }
    lists.addAll(wl.lists());
    return lists;
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
