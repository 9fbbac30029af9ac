package dev.assay.ingest;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The parsed values of field texts that recur from declaration to declaration of one import (an
 * exporter's credit code, a country, the day's date), so that each distinct text is checked once
 * rather than once per declaration: the credit code's check character alone was 4% of parsing. Only
 * texts that parsed are kept; a bad one is parsed, and so reported, again every time, with the same
 * reason.
 */
final class RepeatedValues {
  /**
   * For readers of a single record, which would gain nothing: keeps nothing, so it can be shared.
   */
  static final RepeatedValues NONE = new RepeatedValues(0);

  /**
   * Texts kept per kind: a large import has some thousands of exporters; past this a table starts
   * again, so that memory stays flat whatever the file holds.
   */
  static final int MAX_ENTRIES = 20_000;

  private final int maxEntries;
  private final Map<String, UnifiedSocialCreditCode> creditCodes = new HashMap<>();
  private final Map<String, CountryCode> countries = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();

  RepeatedValues() {
    this(MAX_ENTRIES);
  }

  private RepeatedValues(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  /** {@link UnifiedSocialCreditCode#parse}, throwing as it does. */
  UnifiedSocialCreditCode creditCode(String text) {
    return get(creditCodes, text, UnifiedSocialCreditCode::parse);
  }

  /** {@link CountryCode#parse}, throwing as it does. */
  CountryCode country(String text) {
    return get(countries, text, CountryCode::parse);
  }

  /** {@link FieldText#isoDate}, throwing as it does. */
  LocalDate isoDate(String text) {
    return get(dates, text, FieldText::isoDate);
  }

  private <T> T get(Map<String, T> values, String text, Function<String, T> parse) {
    if (maxEntries == 0) {
      return parse.apply(text);
    }
    T value = values.get(text);
    if (value == null) {
      value = parse.apply(text);
      if (values.size() >= maxEntries) {
        values.clear();
      }
      values.put(text, value);
    }
    return value;
  }
}
