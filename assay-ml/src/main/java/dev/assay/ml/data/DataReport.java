package dev.assay.ml.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading a dataset found: rows kept and rejected, fields that were missing or could not be
 * read (kept as missing), labels. Nothing is dropped silently.
 */
public final class DataReport {
  private static final int KEPT = 50;
  long rowsRead;
  long rowsRejected;
  long problems;
  long labelled;
  long positives;
  int firstDay = Integer.MAX_VALUE;
  int lastDay = Integer.MIN_VALUE;
  final List<RowProblem> firstProblems = new ArrayList<>();
  final Map<String, Long> missing = new LinkedHashMap<>();
  final Map<String, Long> unreadable = new LinkedHashMap<>();

  void problem(RowProblem p, boolean rejectsRow) {
    problems++;
    if (!rejectsRow) {
      unreadable.merge(p.column(), 1L, Long::sum);
    }
    if (firstProblems.size() < KEPT) {
      firstProblems.add(p);
    }
  }

  void missing(String column) {
    missing.merge(column, 1L, Long::sum);
  }

  void kept(Row row) {
    if (row.labelled()) {
      labelled++;
      positives += row.label();
    }
    firstDay = Math.min(firstDay, row.day());
    lastDay = Math.max(lastDay, row.day());
  }

  public long rowsRead() {
    return rowsRead;
  }

  public long rowsRejected() {
    return rowsRejected;
  }

  public long labelled() {
    return labelled;
  }

  public long positives() {
    return positives;
  }

  public List<RowProblem> firstProblems() {
    return List.copyOf(firstProblems);
  }

  public Map<String, Long> missing() {
    return Map.copyOf(missing);
  }

  /** A few lines for a person: counts, the period, missing and unreadable fields by column. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            java.util.Locale.ROOT,
            "read %,d rows, rejected %,d; %,d labelled (%,d positive, %.2f%%)%s",
            rowsRead,
            rowsRejected,
            labelled,
            positives,
            labelled == 0 ? 0.0 : 100.0 * positives / labelled,
            firstDay <= lastDay
                ? ", " + LocalDate.ofEpochDay(firstDay) + " to " + LocalDate.ofEpochDay(lastDay)
                : ""));
    if (!missing.isEmpty()) {
      lines.add("missing values (kept as missing): " + missing);
    }
    if (!unreadable.isEmpty()) {
      lines.add("unreadable values (kept as missing): " + unreadable);
    }
    return lines;
  }
}
