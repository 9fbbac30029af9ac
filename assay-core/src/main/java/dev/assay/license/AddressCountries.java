package dev.assay.license;

import dev.assay.declaration.CountryCode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country an address names in one of its comma-separated parts ("..., Almaty, Kazakhstan"), by
 * the country's English name or a common short form. An address that names no country says nothing;
 * a city that is also a country (Singapore) names that country. Thread-safe.
 */
public final class AddressCountries {
  private static final Map<String, CountryCode> BY_NAME = names();

  private AddressCountries() {}

  private static Map<String, CountryCode> names() {
    Map<String, CountryCode> names = new HashMap<>();
    for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
      CountryCode country = new CountryCode(code);
      names.put(country.displayName().toLowerCase(Locale.ROOT), country);
    }
    // The short forms addresses are written with; the display names are the long ones.
    names.put("usa", CountryCode.UNITED_STATES);
    names.put("u.s.a.", CountryCode.UNITED_STATES);
    names.put("united states of america", CountryCode.UNITED_STATES);
    names.put("uk", new CountryCode("GB"));
    names.put("u.k.", new CountryCode("GB"));
    names.put("england", new CountryCode("GB"));
    names.put("korea", new CountryCode("KR"));
    names.put("republic of korea", new CountryCode("KR"));
    names.put("viet nam", new CountryCode("VN"));
    names.put("uae", new CountryCode("AE"));
    names.put("russian federation", new CountryCode("RU"));
    names.put("czech republic", new CountryCode("CZ"));
    names.put("türkiye", new CountryCode("TR"));
    names.put("turkiye", new CountryCode("TR"));
    return Map.copyOf(names);
  }

  /** The last part of the address that is a country's name, if any. */
  public static Optional<CountryCode> named(String address) {
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    String[] parts = address.split("[,，;\\n]");
    for (int i = parts.length - 1; i >= 0; i--) {
      String part = parts[i].strip().toLowerCase(Locale.ROOT);
      // A postcode after the country ("Kazakhstan 050000") does not hide it.
      part = part.replaceAll("\\s+\\d[\\d -]*$", "").strip();
      CountryCode country = BY_NAME.get(part);
      if (country != null) {
        return Optional.of(country);
      }
    }
    return Optional.empty();
  }
}
