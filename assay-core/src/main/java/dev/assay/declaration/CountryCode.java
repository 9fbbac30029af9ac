package dev.assay.declaration;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, as the declaration contract carries countries. */
public record CountryCode(String value) {
  private static final Set<String> ISO_COUNTRIES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  public static final CountryCode CHINA = new CountryCode("CN");
  public static final CountryCode UNITED_STATES = new CountryCode("US");
  public static final CountryCode JAPAN = new CountryCode("JP");

  public CountryCode {
    if (value == null || !ISO_COUNTRIES.contains(value)) {
      throw new InvalidValueException(value, "not an ISO 3166-1 alpha-2 country code");
    }
  }

  /** Parses a code, accepting lower case and surrounding blanks. */
  public static CountryCode parse(String text) {
    return new CountryCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
  }

  /** The country's English name, for reports. */
  public String displayName() {
    return Locale.of("", value).getDisplayCountry(Locale.ENGLISH);
  }

  @Override
  public String toString() {
    return value;
  }
}
