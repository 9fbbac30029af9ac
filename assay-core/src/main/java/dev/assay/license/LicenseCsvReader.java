package dev.assay.license;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.InvalidValueException;
import dev.assay.declaration.Party;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.ingest.FieldText;
import dev.assay.ingest.IngestException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the license CSV (docs/license-format.md): one row per licensed item, consecutive rows with
 * the same {@code license_no} forming one license, delivered as soon as the next license starts.
 * Every problem is reported with its line, license, field, value and reason; a license with any bad
 * row is rejected whole, and every other license is still delivered.
 */
public final class LicenseCsvReader {
  private static final Pattern DECIMAL = Pattern.compile("\\+?\\d{1,15}(\\.\\d{1,6})?");
  private static final Pattern WHOLE = Pattern.compile("\\+?\\d{1,6}");

  private final LicenseListener listener;
  private Map<LicenseColumn, Integer> header;
  private int width;
  private final Set<String> seen = new HashSet<>();
  private long rows;
  private long accepted;
  private long rejected;
  private long errors;

  private LicenseCsvReader(LicenseListener listener) {
    this.listener = listener;
  }

  /** Reads a license file (UTF-8). */
  public static LicenseImportSummary read(Path file, LicenseListener listener) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, listener);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads licenses from text.
   *
   * @throws IngestException when the text is not a license file at all (no header, missing columns)
   */
  public static LicenseImportSummary read(Reader in, LicenseListener listener) {
    return new LicenseCsvReader(listener).readAll(in);
  }

  private LicenseImportSummary readAll(Reader in) {
    CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(in);
    try {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new IngestException("the license file is empty: a CSV header row is required");
      }
      readHeader(records.next());
      List<CsvRecord> group = new ArrayList<>();
      String current = null;
      while (records.hasNext()) {
        CsvRecord record = records.next();
        rows++;
        String number = field(record, LicenseColumn.LICENSE_NO);
        if (current != null && !number.equals(current)) {
          finish(current, group);
          group.clear();
        }
        current = number;
        group.add(record);
      }
      if (current != null) {
        finish(current, group);
      }
    } catch (CsvParseException e) {
      throw new IngestException("the license file is not readable CSV: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new IngestException("cannot read the license file: " + e.getCause().getMessage(), e);
    }
    return new LicenseImportSummary(rows, accepted, rejected, errors);
  }

  private void readHeader(CsvRecord record) {
    header = new EnumMap<>(LicenseColumn.class);
    width = record.getFieldCount();
    for (int i = 0; i < record.getFieldCount(); i++) {
      String name = record.getField(i).strip().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      for (LicenseColumn column : LicenseColumn.values()) {
        if (column.csvName().equals(name) && header.putIfAbsent(column, i) != null) {
          throw new IngestException(
              "line 1: column " + name + " appears twice in the license file's header");
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (LicenseColumn column : LicenseColumn.values()) {
      if (column.isRequired() && !header.containsKey(column)) {
        missing.add(column.csvName());
      }
    }
    if (!missing.isEmpty()) {
      throw new IngestException(
          "line 1: not a license file: the header lacks required column"
              + (missing.size() == 1 ? " " : "s ")
              + String.join(", ", missing));
    }
  }

  private String field(CsvRecord record, LicenseColumn column) {
    Integer i = header.get(column);
    return i == null || i >= record.getFieldCount() ? "" : record.getField(i).strip();
  }

  /** Validates the rows of one license and delivers it, or reports everything wrong with it. */
  private void finish(String number, List<CsvRecord> group) {
    Errors errs = new Errors(number);
    CsvRecord first = group.getFirst();
    if (number.isEmpty()) {
      errs.at(first).add(LicenseColumn.LICENSE_NO, "", "required, but empty");
    } else if (!seen.add(number)) {
      errs.at(first)
          .add(
              LicenseColumn.LICENSE_NO,
              number,
              "this license already appeared earlier in the file; the rows of a license must be"
                  + " consecutive (the earlier license stands)");
    }
    for (CsvRecord record : group) {
      if (record.getFieldCount() != width) {
        errs.at(record)
            .add(
                null,
                "",
                "the row has " + record.getFieldCount() + " fields, the header has " + width);
      }
    }
    if (!errs.isEmpty()) {
      reject(errs);
      return;
    }
    License license = parseLicense(number, group, errs);
    if (!errs.isEmpty() || license == null) {
      reject(errs);
      return;
    }
    accepted++;
    listener.accepted(license);
  }

  private void reject(Errors errs) {
    rejected++;
    for (LicenseRecordError error : errs.list) {
      errors++;
      listener.rejected(error);
    }
  }

  private License parseLicense(String number, List<CsvRecord> group, Errors errs) {
    CsvRecord first = group.getFirst();
    Fields f = new Fields(first, errs.at(first));
    LicenseType type = f.constant(LicenseColumn.LICENSE_TYPE, LicenseType.class, null);
    LocalDate issuedAt = f.date(LicenseColumn.ISSUED_AT);
    LocalDate validFrom = f.date(LicenseColumn.VALID_FROM);
    LocalDate validUntil = f.date(LicenseColumn.VALID_UNTIL);
    LicenseStatus status =
        f.constant(LicenseColumn.STATUS, LicenseStatus.class, LicenseStatus.VALID);
    UnifiedSocialCreditCode exporterId = f.creditCode(LicenseColumn.EXPORTER_ID);
    String exporterName = f.text(LicenseColumn.EXPORTER_NAME);
    String consigneeName = f.text(LicenseColumn.CONSIGNEE_NAME);
    CountryCode consigneeCountry = f.country(LicenseColumn.CONSIGNEE_COUNTRY);
    String endUserName = f.text(LicenseColumn.END_USER_NAME);
    CountryCode endUserCountry = f.country(LicenseColumn.END_USER_COUNTRY);
    String endUse = f.text(LicenseColumn.END_USE);
    List<CountryCode> destinations = f.countries(LicenseColumn.DESTINATION_COUNTRIES);
    if (type != null && validFrom != null && validUntil != null) {
      if (validUntil.isBefore(validFrom)) {
        f.report(
            LicenseColumn.VALID_UNTIL, validUntil.toString(), "before valid_from " + validFrom);
      } else if (validUntil.isAfter(type.latestValidUntil(validFrom))) {
        f.report(
            LicenseColumn.VALID_UNTIL,
            validUntil.toString(),
            "a "
                + type
                + " license is valid for at most "
                + type.maxYears()
                + (type.maxYears() == 1 ? " year" : " years")
                + ": "
                + type.latestValidUntil(validFrom)
                + " at the latest");
      }
    }
    List<LicenseItem> items = new ArrayList<>();
    Map<Integer, Long> itemLines = new java.util.HashMap<>();
    for (CsvRecord record : group) {
      Errors.At at = errs.at(record);
      if (record != first) {
        for (LicenseColumn column : LicenseColumn.values()) {
          if (column.isLicenseLevel() && !field(record, column).equals(field(first, column))) {
            at.add(
                column,
                field(record, column),
                "differs from '"
                    + field(first, column)
                    + "' on line "
                    + first.getStartingLineNumber()
                    + ", the license's first row; license-level columns must agree");
          }
        }
      }
      LicenseItem item = parseItem(new Fields(record, at));
      if (item != null) {
        Long earlier = itemLines.putIfAbsent(item.itemNo(), record.getStartingLineNumber());
        if (earlier != null) {
          at.add(
              LicenseColumn.ITEM_NO,
              String.valueOf(item.itemNo()),
              "item " + item.itemNo() + " already given on line " + earlier);
        } else {
          items.add(item);
        }
      }
    }
    if (!errs.isEmpty()) {
      return null;
    }
    try {
      return new License(
          number,
          type,
          issuedAt,
          validFrom,
          validUntil,
          status,
          new Exporter(exporterId, exporterName),
          new Party(consigneeName, consigneeCountry, ""),
          new Party(endUserName, endUserCountry, ""),
          endUse,
          destinations,
          items);
    } catch (IllegalArgumentException e) {
      errs.at(first).add(null, "", e.getMessage());
      return null;
    }
  }

  private static LicenseItem parseItem(Fields f) {
    Integer itemNo = f.whole(LicenseColumn.ITEM_NO);
    String controlCode = f.text(LicenseColumn.CONTROL_CODE);
    HsCode hsCode = f.hsCode(LicenseColumn.HS_CODE);
    String description = f.text(LicenseColumn.DESCRIPTION);
    BigDecimal quantity = f.positive(LicenseColumn.QUANTITY);
    String unit = f.text(LicenseColumn.UNIT);
    BigDecimal value = f.positive(LicenseColumn.VALUE_USD);
    if (itemNo == null
        || hsCode == null
        || description == null
        || quantity == null
        || unit == null
        || value == null) {
      return null;
    }
    return new LicenseItem(
        itemNo,
        controlCode == null || controlCode.isEmpty() ? Optional.empty() : Optional.of(controlCode),
        hsCode,
        description,
        quantity,
        unit,
        value);
  }

  /** The errors of one license, each tied to the row it was found on. */
  private static final class Errors {
    private final String number;
    private final List<LicenseRecordError> list = new ArrayList<>();

    Errors(String number) {
      this.number = number;
    }

    boolean isEmpty() {
      return list.isEmpty();
    }

    At at(CsvRecord record) {
      return new At(record.getStartingLineNumber());
    }

    final class At {
      private final long line;

      At(long line) {
        this.line = line;
      }

      void add(LicenseColumn column, String value, String reason) {
        list.add(
            new LicenseRecordError(
                line, number, column == null ? "" : column.csvName(), value, reason));
      }
    }
  }

  /** Typed values of one row; each returns null after reporting a problem. */
  private final class Fields {
    private final CsvRecord record;
    private final Errors.At errors;

    Fields(CsvRecord record, Errors.At errors) {
      this.record = record;
      this.errors = errors;
    }

    void report(LicenseColumn column, String value, String reason) {
      errors.add(column, value, reason);
    }

    String text(LicenseColumn column) {
      String text = field(record, column);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\uFFFD' || (c < 0x20 && c != '\t') || c == 0x7F) {
          report(column, text, "holds bytes that are not UTF-8 text");
          return null;
        }
      }
      if (text.isEmpty() && column.isRequired()) {
        report(column, text, "required, but empty");
        return null;
      }
      return text;
    }

    <E extends Enum<E>> E constant(LicenseColumn column, Class<E> type, E fallback) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      if (text.isEmpty()) {
        return fallback;
      }
      try {
        return FieldText.constant(text, type);
      } catch (InvalidValueException e) {
        report(column, text, e.reason());
        return null;
      }
    }

    LocalDate date(LicenseColumn column) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      try {
        return FieldText.isoDate(text);
      } catch (InvalidValueException e) {
        report(column, text, e.reason());
        return null;
      }
    }

    UnifiedSocialCreditCode creditCode(LicenseColumn column) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      try {
        return UnifiedSocialCreditCode.parse(text);
      } catch (InvalidValueException e) {
        report(column, text, e.reason());
        return null;
      }
    }

    CountryCode country(LicenseColumn column) {
      String text = text(column);
      return text == null ? null : country(column, text);
    }

    private CountryCode country(LicenseColumn column, String text) {
      try {
        return CountryCode.parse(text);
      } catch (InvalidValueException e) {
        report(column, text, e.reason());
        return null;
      }
    }

    List<CountryCode> countries(LicenseColumn column) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      List<CountryCode> countries = new ArrayList<>();
      for (String part : text.split(";", -1)) {
        if (part.isBlank()) {
          report(column, text, "an empty country in a ';'-separated list");
          return null;
        }
        CountryCode country = country(column, part.strip());
        if (country == null) {
          return null;
        }
        if (!countries.contains(country)) {
          countries.add(country);
        }
      }
      return countries;
    }

    HsCode hsCode(LicenseColumn column) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      try {
        return HsCode.parse(text);
      } catch (InvalidValueException e) {
        report(column, text, e.reason());
        return null;
      }
    }

    Integer whole(LicenseColumn column) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      if (!WHOLE.matcher(text).matches() || Integer.parseInt(text) < 1) {
        report(column, text, "a whole number of at least 1");
        return null;
      }
      return Integer.parseInt(text);
    }

    BigDecimal positive(LicenseColumn column) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      if (!DECIMAL.matcher(text).matches()) {
        report(column, text, "not a plain decimal number (digits, at most 6 decimals)");
        return null;
      }
      BigDecimal value = new BigDecimal(text);
      if (value.signum() <= 0) {
        report(column, text, "must be positive");
        return null;
      }
      return value;
    }
  }
}
