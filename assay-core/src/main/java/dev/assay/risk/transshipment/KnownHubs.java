package dev.assay.risk.transshipment;

import dev.assay.declaration.CountryCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Hubs known from public trade data and cases ({@code risk/known-hubs.csv}, from the facts file):
 * the mineral, the country and the source that names it. Data, not code: a new route is a line.
 */
public final class KnownHubs {
  /** One known hub: where it is named and how sure that is. */
  public record Hub(String mineral, CountryCode country, String source, String confidence) {}

  private final Map<String, Hub> hubs;

  KnownHubs(Map<String, Hub> hubs) {
    this.hubs = Map.copyOf(hubs);
  }

  /** The hubs shipped with Assay. */
  public static KnownHubs bundled() {
    try (InputStream in = KnownHubs.class.getResourceAsStream("/risk/known-hubs.csv")) {
      return parse(in, "risk/known-hubs.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@code mineral,country,source,confidence,note} lines; {@code #} starts a comment.
   *
   * @throws IllegalArgumentException naming the line and the field that is wrong
   */
  static KnownHubs parse(InputStream in, String name) throws IOException {
    Map<String, Hub> hubs = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    boolean header = true;
    while ((line = reader.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header && line.startsWith("mineral,")) {
        header = false;
        continue;
      }
      String[] f = line.split(",", 5);
      if (f.length < 4 || f[0].isBlank()) {
        throw new IllegalArgumentException(
            name + " line " + no + ": expected mineral,country,source,confidence[,note]");
      }
      CountryCode country;
      try {
        country = CountryCode.parse(f[1].strip());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            name + " line " + no + ": country '" + f[1] + "' is not a country code", e);
      }
      String mineral = f[0].strip().toLowerCase(Locale.ROOT);
      hubs.put(key(mineral, country), new Hub(mineral, country, f[2].strip(), f[3].strip()));
    }
    return new KnownHubs(hubs);
  }

  /** The known hub for this mineral in this country, if the data names one. */
  public Optional<Hub> find(String mineral, CountryCode country) {
    if (mineral == null || country == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(hubs.get(key(mineral.toLowerCase(Locale.ROOT), country)));
  }

  public int size() {
    return hubs.size();
  }

  private static String key(String mineral, CountryCode country) {
    return mineral + "|" + country.value();
  }
}
