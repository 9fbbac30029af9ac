package dev.assay.risk.transshipment;

import dev.assay.declaration.CountryCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a company name carries its own country as a qualifier in brackets, "Norantex Industries
 * (Thailand) Co., Ltd.": how a foreign group names the local company it sets up in a country. A
 * front in a hub is named this way after the customer whose brand it carries; so are many honest
 * subsidiaries, which is why the qualifier counts only together with a brand tie abroad.
 * Thread-safe.
 */
public final class CountryQualifier {
  private static final Map<CountryCode, String> BRACKETED = new ConcurrentHashMap<>();

  private CountryQualifier() {}

  /** Whether {@code name} contains "(Country)", the country's English name, in any case. */
  public static boolean namesOwnCountry(String name, CountryCode country) {
    if (name == null || country == null || name.indexOf('(') < 0) {
      return false;
    }
    String bracketed = BRACKETED.computeIfAbsent(country, c -> "(" + c.displayName() + ")");
    int last = name.length() - bracketed.length();
    for (int i = name.indexOf('('); i >= 0 && i <= last; i = name.indexOf('(', i + 1)) {
      if (name.regionMatches(true, i, bracketed, 0, bracketed.length())) {
        return true;
      }
    }
    return false;
  }
}
