package dev.assay.risk.transshipment;

import dev.assay.declaration.CountryCode;
import dev.assay.risk.state.LruMap;
import dev.assay.risk.state.StateBounds;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who has received each controlled mineral so far: how many shipments each consignee had, and in
 * which countries each brand (the distinctive word of a company name) received it, with the first
 * name seen there. A front company in a hub shares its brand with the customer it passes the goods
 * to (Thai Unipet and Youngsun &amp; Essen). And which consignees of the mineral each address
 * holds: the fronts of one owner are often registered at one formation agent's address, each under
 * a brand of its own. And which brands bought anything, in which country, from the exporters of
 * each mineral: the customer behind a front was often the exporter's direct customer for related
 * goods before the controls. Each table keyed by a party, brand, address or exporter keeps at most
 * {@link StateBounds#MINERAL_PARTIES} keys, the one used longest ago forgotten first; the shipments
 * per mineral are few. Not thread-safe; its owner locks.
 */
public final class MineralParties {
  private final Map<String, Integer> consigneeShipments;
  private final Map<String, Integer> mineralShipments = new HashMap<>();
  private final Map<String, Map<CountryCode, String>> brandCountries;
  private final Map<String, Map<String, String>> addressConsignees;
  private final Map<String, Optional<String>> brandOf;
  private final Map<String, Map<CountryCode, String>> customerBrands;
  private final Map<String, Set<String>> exporterMinerals;
  private final int maxSharedAddress;

  /**
   * @param maxSharedAddress the most consignees of one mineral an address may hold and still tie
   *     them: more, and it is a business centre or a port warehouse, not a front's office
   */
  public MineralParties(int maxSharedAddress) {
    this(maxSharedAddress, StateBounds.MINERAL_PARTIES);
  }

  /**
   * @param maxKeys the most keys each table keyed by a party, brand, address or exporter keeps
   */
  public MineralParties(int maxSharedAddress, int maxKeys) {
    this.maxSharedAddress = maxSharedAddress;
    this.consigneeShipments = new LruMap<>(maxKeys);
    this.brandCountries = new LruMap<>(maxKeys);
    this.addressConsignees = new LruMap<>(maxKeys);
    this.brandOf = new LruMap<>(maxKeys);
    this.customerBrands = new LruMap<>(maxKeys);
    this.exporterMinerals = new LruMap<>(maxKeys);
  }

  /** The most keys kept in the largest table, for tests of the bound. */
  int largestTable() {
    return java.util.stream.Stream.of(
            consigneeShipments,
            brandCountries,
            addressConsignees,
            brandOf,
            customerBrands,
            exporterMinerals)
        .mapToInt(Map::size)
        .max()
        .orElse(0);
  }

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

  /**
   * The other consignees of the mineral at the address, under another brand than {@code brand} (the
   * same brand is the same company written another way), by normalised name and as first written;
   * empty where the address holds more than the most consignees that still tie them.
   */
  public Map<String, String> othersAt(
      String mineral, String addressKey, String consigneeKey, Optional<String> brand) {
    Map<String, String> at = addressConsignees.get(mineral + "|" + addressKey);
    if (at == null || at.size() > maxSharedAddress) {
      return Map.of();
    }
    Map<String, String> others = new LinkedHashMap<>(4);
    for (Map.Entry<String, String> other : at.entrySet()) {
      String key = other.getKey();
      if (!key.equals(consigneeKey) && (brand.isEmpty() || !brand.equals(brandOf.get(key)))) {
        others.put(key, other.getValue());
      }
    }
    return others;
  }

  /** Learns that a consignee of the mineral is at an address. */
  public void addAddress(
      String mineral, String addressKey, String consigneeKey, Optional<String> brand, String name) {
    Map<String, String> at =
        addressConsignees.computeIfAbsent(mineral + "|" + addressKey, k -> new LinkedHashMap<>(4));
    // One past the bound is enough to know the address is shared by too many.
    if (at.size() <= maxSharedAddress) {
      at.putIfAbsent(consigneeKey, name);
    }
    brand.ifPresent(b -> brandOf.putIfAbsent(consigneeKey, Optional.of(b)));
  }

  /**
   * The countries other than {@code country} where the brand bought from exporters of the mineral
   * (any goods: the ordinary grades, the related products), with names.
   */
  public Map<CountryCode, String> customerElsewhere(
      String mineral, Optional<String> brand, CountryCode country) {
    if (brand.isEmpty()) {
      return Map.of();
    }
    Map<CountryCode, String> seen = customerBrands.get(mineral + "|" + brand.get());
    if (seen == null || (seen.size() == 1 && seen.containsKey(country))) {
      return Map.of();
    }
    Map<CountryCode, String> elsewhere = new LinkedHashMap<>(seen);
    elsewhere.remove(country);
    return elsewhere;
  }

  /** The controlled minerals the exporter has shipped so far. */
  public Set<String> mineralsOf(String exporterCode) {
    return exporterMinerals.getOrDefault(exporterCode, Set.of());
  }

  /** Learns that the exporter ships the mineral. */
  public void addExporterMineral(String exporterCode, String mineral) {
    exporterMinerals.computeIfAbsent(exporterCode, k -> new HashSet<>(2)).add(mineral);
  }

  /** Learns that the brand bought, in a country, from an exporter of the mineral. */
  public void addCustomer(
      String mineral, Optional<String> brand, CountryCode country, String name) {
    if (brand.isPresent() && country != null) {
      customerBrands
          .computeIfAbsent(mineral + "|" + brand.get(), k -> new LinkedHashMap<>(2))
          .putIfAbsent(country, name);
    }
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
