package dev.assay.intelligence.mirror;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads partner-country trade data in the UN Comtrade CSV layout, streaming: the current bulk and
 * API column names ({@code reporterISO, partnerISO, flowCode, period, cmdCode, primaryValue,
 * netWgt}) or the legacy ones ({@code Reporter ISO, Partner ISO, Trade Flow Code, Period, Commodity
 * Code, Trade Value (US$), Netweight (kg)}), comma- or tab-separated. A bad row is reported with
 * its line, field and reason; the others are read.
 */
public final class ComtradeReader {

  /** Logical field -> accepted column names, current layout first. */
  private static final Map<String, List<String>> COLUMNS =
      Map.of(
          "reporter", List.of("reporterISO", "Reporter ISO"),
          "partner", List.of("partnerISO", "Partner ISO"),
          "flow", List.of("flowCode", "Trade Flow Code"),
          "period", List.of("period", "Period"),
          "commodity", List.of("cmdCode", "Commodity Code"),
          "value", List.of("primaryValue", "Trade Value (US$)"),
          "weight", List.of("netWgt", "Netweight (kg)"));

  private static final Map<String, String> LEGACY_FLOWS =
      Map.of("1", "M", "2", "X", "3", "RX", "4", "RM");

  /** Counts of what was read. */
  public record Summary(long read, long rejected) {}

  private ComtradeReader() {}

  /**
   * @param separator ',' or '\t'
   * @param errors receives one message per rejected row
   */
  public static Summary read(
      Reader text, char separator, Consumer<ComtradeRecord> records, Consumer<String> errors) {
    long read = 0;
    long rejected = 0;
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder()
            .fieldSeparator(separator)
            .commentStrategy(CommentStrategy.SKIP)
            .ofNamedCsvRecord(text)) {
      Map<String, String> names = null;
      for (NamedCsvRecord r : csv) {
        if (names == null) {
          names = resolve(r.getHeader());
        }
        long line = r.getStartingLineNumber();
        String field = "reporter";
        try {
          String reporter = iso(r.getField(names.get("reporter")));
          field = "partner";
          String partner = iso(r.getField(names.get("partner")));
          field = "flow";
          String flowText = r.getField(names.get("flow")).strip().toUpperCase(Locale.ROOT);
          String flow = LEGACY_FLOWS.getOrDefault(flowText, flowText);
          if (!List.of("M", "X", "RX", "RM").contains(flow)) {
            throw new IllegalArgumentException("not a flow (M, X, RX, RM or 1-4)");
          }
          field = "period";
          String period = r.getField(names.get("period")).strip();
          YearMonth month;
          boolean annual;
          if (period.matches("\\d{4}")) {
            month = YearMonth.of(Integer.parseInt(period), 1);
            annual = true;
          } else if (period.matches("\\d{6}")) {
            month =
                YearMonth.of(
                    Integer.parseInt(period.substring(0, 4)),
                    Integer.parseInt(period.substring(4)));
            annual = false;
          } else {
            throw new IllegalArgumentException("not a period (YYYY or YYYYMM)");
          }
          field = "commodity";
          String commodity = r.getField(names.get("commodity")).strip();
          if (!commodity.matches("\\d{2,10}")) {
            throw new IllegalArgumentException("not an HS code");
          }
          field = "value";
          double value = amount(r.getField(names.get("value")));
          field = "weight";
          double weight = amount(r.getField(names.get("weight")));
          records.accept(
              new ComtradeRecord(reporter, partner, flow, month, annual, commodity, value, weight));
          read++;
        } catch (RuntimeException e) {
          rejected++;
          String column = names.get(field);
          errors.accept(
              "line "
                  + line
                  + ", field "
                  + column
                  + ", value '"
                  + r.findField(column).orElse("")
                  + "': "
                  + (e instanceof NumberFormatException ? "not a number" : e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the trade data", e);
    }
    return new Summary(read, rejected);
  }

  private static Map<String, String> resolve(List<String> header) {
    Map<String, String> names = new java.util.HashMap<>();
    for (Map.Entry<String, List<String>> e : COLUMNS.entrySet()) {
      String found = null;
      for (String candidate : e.getValue()) {
        for (String h : header) {
          if (h.strip().equalsIgnoreCase(candidate)) {
            found = h;
          }
        }
        if (found != null) {
          break;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException(
            "not UN Comtrade layout: no column " + e.getValue() + " for the " + e.getKey());
      }
      names.put(e.getKey(), found);
    }
    return names;
  }

  private static String iso(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (!t.matches("[A-Z0-9]{3}")) {
      throw new IllegalArgumentException("not an ISO alpha-3 code");
    }
    return t;
  }

  /** Comtrade leaves unknown amounts empty; they count as 0 (not recorded). */
  private static double amount(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return 0;
    }
    double v = Double.parseDouble(t);
    if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("not a non-negative amount");
    }
    return v;
  }
}
