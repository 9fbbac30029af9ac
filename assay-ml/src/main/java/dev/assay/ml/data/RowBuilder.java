package dev.assay.ml.data;

import dev.assay.ml.schema.ColumnRole;
import dev.assay.ml.schema.ColumnSpec;
import dev.assay.ml.schema.DatasetSchema;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns one record, read by column name, into a {@link Row} as the schema says. A row without a
 * readable date or with a label that is neither positive nor negative is rejected; any other
 * unreadable field is reported and kept as missing, so one bad number does not lose a row.
 */
public final class RowBuilder {
  private final ColumnSpec id;
  private final ColumnSpec date;
  private final ColumnSpec label;
  private final ColumnSpec value;
  private final List<ColumnSpec> categorical;
  private final List<ColumnSpec> numeric;
  private final List<ColumnSpec> text;
  private final DateTimeFormatter dateFormat;
  private final DataReport report;

  public RowBuilder(DatasetSchema schema, DataReport report) {
    this.id = schema.column(ColumnRole.ID).orElse(null);
    this.date = schema.column(ColumnRole.DATE).orElseThrow();
    this.label = schema.column(ColumnRole.LABEL).orElseThrow();
    this.value = schema.column(ColumnRole.VALUE).orElse(null);
    this.categorical = schema.withRole(ColumnRole.CATEGORICAL);
    this.numeric = schema.withRole(ColumnRole.NUMERIC);
    this.text = schema.withRole(ColumnRole.TEXT);
    this.dateFormat =
        date.dateFormat() == null
            ? DateTimeFormatter.ISO_LOCAL_DATE
            // Strict, so 31/02 is an error rather than the last day of February; strict needs the
            // proleptic year 'u' where patterns usually say 'y' (year of era).
            : DateTimeFormatter.ofPattern(date.dateFormat().replace('y', 'u'), Locale.ROOT)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    this.report = report;
  }

  /**
   * The row, or null when it is rejected (the reasons are in the report).
   *
   * @param field the record's value in a column: its text, or a number taken as it is (rows built
   *     from declarations skip the round trip through text); null where the record lacks it
   */
  public Row build(long line, Function<String, ?> field) {
    report.rowsRead++;
    String rowId = id == null ? Long.toString(line) : id.padded(clean(field.apply(id.name())));
    int day;
    String dateText = clean(field.apply(date.name()));
    try {
      if (dateText == null) {
        throw new DateTimeParseException("empty", "", 0);
      }
      TemporalAccessor parsed = dateFormat.parse(dateText);
      day = (int) LocalDate.from(parsed).toEpochDay();
    } catch (java.time.DateTimeException e) {
      report.problem(
          new RowProblem(
              line,
              rowId,
              date.name(),
              dateText,
              "not a date"
                  + (date.dateFormat() == null ? " (YYYY-MM-DD)" : " (" + date.dateFormat() + ")")
                  + "; row rejected"),
          true);
      report.rowsRejected++;
      return null;
    }
    int outcome;
    String labelText = clean(field.apply(label.name()));
    if (labelText == null) {
      outcome = -1;
    } else {
      String lower = labelText.toLowerCase(Locale.ROOT);
      if (label.positive().contains(lower)) {
        outcome = 1;
      } else if (label.negative().contains(lower)) {
        outcome = 0;
      } else {
        report.problem(
            new RowProblem(
                line,
                rowId,
                label.name(),
                labelText,
                "neither a positive "
                    + label.positive()
                    + " nor a negative "
                    + label.negative()
                    + " label; row rejected"),
            true);
        report.rowsRejected++;
        return null;
      }
    }
    // Revenue is recovered only from violations: its absence elsewhere is no gap in the data.
    double recovered =
        value == null
            ? Double.NaN
            : value.derived()
                ? (outcome == 1 ? product(line, rowId, field) : Double.NaN)
                : outcome != 1 && clean(field.apply(value.name())) == null
                    ? Double.NaN
                    : number(line, rowId, value, field);
    String[] cats = new String[categorical.size()];
    for (int i = 0; i < cats.length; i++) {
      cats[i] = categorical.get(i).padded(clean(field.apply(categorical.get(i).name())));
      if (cats[i] == null) {
        report.missing(categorical.get(i).name());
      }
    }
    double[] nums = new double[numeric.size()];
    for (int i = 0; i < nums.length; i++) {
      nums[i] = number(line, rowId, numeric.get(i), field);
    }
    String[] texts = new String[text.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = clean(field.apply(text.get(i).name()));
      if (texts[i] == null) {
        report.missing(text.get(i).name());
      }
    }
    Row row = new Row(line, rowId, day, outcome, recovered, cats, nums, texts);
    report.kept(row);
    return row;
  }

  /** A derived value: the product of its factor columns, missing when one of them is. */
  private double product(long line, String rowId, Function<String, ?> field) {
    double v = 1;
    for (String factor : value.product()) {
      v *= number(line, rowId, factor, field);
    }
    return v;
  }

  private double number(long line, String rowId, ColumnSpec column, Function<String, ?> field) {
    return number(line, rowId, column.name(), field);
  }

  private double number(long line, String rowId, String column, Function<String, ?> field) {
    Object raw = field.apply(column);
    if (raw instanceof Number n) {
      return n.doubleValue();
    }
    String text = clean(raw);
    if (text == null) {
      report.missing(column);
      return Double.NaN;
    }
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    report.problem(
        new RowProblem(line, rowId, column, text, "not a number; kept as missing"), false);
    return Double.NaN;
  }

  private static String clean(Object value) {
    if (value == null) {
      return null;
    }
    String t = value.toString().strip();
    return t.isEmpty() ? null : t;
  }
}
