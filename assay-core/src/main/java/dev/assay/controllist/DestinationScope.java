package dev.assay.controllist;

import dev.assay.declaration.CountryCode;
import java.util.Set;

/**
 * The destinations a measure covers: every country, or a list (the United States for MOFCOM 2024
 * No. 46, Japan for MOFCOM 2026 No. 1).
 */
public record DestinationScope(boolean everyCountry, Set<CountryCode> countries) {

  public static final DestinationScope ALL = new DestinationScope(true, Set.of());

  public DestinationScope {
    countries = Set.copyOf(countries);
    if (everyCountry == !countries.isEmpty()) {
      throw new IllegalArgumentException("either every country or a non-empty list of countries");
    }
  }

  public static DestinationScope of(Set<CountryCode> countries) {
    return new DestinationScope(false, countries);
  }

  public boolean covers(CountryCode country) {
    return everyCountry || (country != null && countries.contains(country));
  }

  @Override
  public String toString() {
    return everyCountry ? "all" : countries.toString();
  }
}
