package dev.assay.risk.transshipment;

import dev.assay.declaration.CountryCode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who has received each controlled mineral so far: how many shipments each consignee had, and in
 * which countries each brand (the distinctive word of a company name) received it, with the first
 * name seen there. A front company in a hub shares its brand with the customer it passes the goods
 * to (Thai Unipet and Youngsun &amp; Essen). Not thread-safe; its owner locks.
 */
public final class MineralParties {
  private final Map<String, Integer> consigneeShipments = new HashMap<>();
  private final Map<String, Integer> mineralShipments = new HashMap<>();
  private final Map<String, Map<CountryCode, String>> brandCountries = new HashMap<>();

  /** How many shipments of the mineral the consignee received before. */
  public int shipmentsTo(String mineral, String consigneeKey) {
    return consigneeShipments.getOrDefault(mineral + "|" + consigneeKey, 0);
  }

  /** How many shipments of the mineral were seen in all. */
  public int shipments(String mineral) {
    return mineralShipments.getOrDefault(mineral, 0);
  }

  /** The countries other than {@code country} where the brand received the mineral, with names. */
  public Map<CountryCode, String> brandElsewhere(
      String mineral, Optional<String> brand, CountryCode country) {
    if (brand.isEmpty()) {
      return Map.of();
    }
    Map<CountryCode, String> seen = brandCountries.get(mineral + "|" + brand.get());
    if (seen == null || (seen.size() == 1 && seen.containsKey(country))) {
      return Map.of();
    }
    Map<CountryCode, String> elsewhere = new LinkedHashMap<>(seen);
    elsewhere.remove(country);
    return elsewhere;
  }

  public void addShipment(String mineral, String consigneeKey) {
    consigneeShipments.merge(mineral + "|" + consigneeKey, 1, Integer::sum);
    mineralShipments.merge(mineral, 1, Integer::sum);
  }

  public void addBrand(String mineral, Optional<String> brand, CountryCode country, String name) {
    if (brand.isPresent() && country != null) {
      brandCountries
          .computeIfAbsent(mineral + "|" + brand.get(), k -> new LinkedHashMap<>(2))
          .putIfAbsent(country, name);
    }
  }
}
