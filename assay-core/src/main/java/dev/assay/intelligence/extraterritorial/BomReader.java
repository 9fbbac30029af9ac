package dev.assay.intelligence.extraterritorial;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.InvalidValueException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a bill of materials from CSV: {@code component, hs_code, description, origin, value_usd}
 * and optionally {@code technology}. Each bad line is reported with its line, field and reason; the
 * good lines are kept.
 */
public final class BomReader {
  private static final Set<String> REQUIRED =
      Set.of("component", "hs_code", "description", "origin", "value_usd");

  /** What was read: the good lines and one message per bad one. */
  public record Result(List<BomLine> lines, List<String> errors) {
    public Result {
      lines = List.copyOf(lines);
      errors = List.copyOf(errors);
    }
  }

  private BomReader() {}

  public static Result read(Reader text) {
    List<BomLine> lines = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder().commentStrategy(CommentStrategy.SKIP).ofNamedCsvRecord(text)) {
      boolean checked = false;
      for (NamedCsvRecord r : csv) {
        if (!checked) {
          for (String column : REQUIRED) {
            if (!r.getHeader().contains(column)) {
              throw new IllegalArgumentException(
                  "bill of materials: missing column '" + column + "' (need " + REQUIRED + ")");
            }
          }
          checked = true;
        }
        int lineNo = (int) r.getStartingLineNumber();
        String field = "hs_code";
        try {
          HsCode hs = HsCode.parse(r.getField("hs_code"));
          field = "origin";
          CountryCode origin = CountryCode.parse(r.getField("origin"));
          field = "value_usd";
          double value = Double.parseDouble(r.getField("value_usd").strip());
          if (!(value >= 0) || Double.isInfinite(value)) {
            throw new NumberFormatException("not a non-negative amount");
          }
          field = "technology";
          String technology =
              r.findField("technology").map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
          if (technology != null) {
            technology = technology.toUpperCase(Locale.ROOT);
          }
          lines.add(
              new BomLine(
                  lineNo,
                  r.getField("component"),
                  hs,
                  r.getField("description"),
                  origin,
                  value,
                  technology));
        } catch (InvalidValueException e) {
          errors.add(
              "line " + lineNo + ", field " + field + ", value '" + e.value() + "': " + e.reason());
        } catch (NumberFormatException e) {
          errors.add(
              "line "
                  + lineNo
                  + ", field "
                  + field
                  + ", value '"
                  + r.getField(field)
                  + "': not a non-negative amount");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bill of materials", e);
    }
    return new Result(lines, errors);
  }
}
