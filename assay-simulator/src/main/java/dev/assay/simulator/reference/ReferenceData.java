package dev.assay.simulator.reference;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.TransportMode;
import dev.assay.price.MineralForm;
import dev.assay.price.PriceSeries;
import dev.assay.price.ReferencePrices;
import dev.assay.screening.lists.ShippedLists;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every reference file the simulator works from, read once and checked: products, mineral families
 * with their prices, flows and destinations, countries, cities, cover goods and the restricted
 * parties. Immutable; {@link #bundled()} is shared.
 */
public final class ReferenceData {
  private static volatile ReferenceData bundled;

  private final List<Product> products;
  private final List<MineralProduct> mineralProducts;
  private final List<String> families;
  private final Map<String, PriceSeries> prices;
  private final Map<String, MineralFlows> flows;
  private final Map<String, DestinationMix> destinations;
  private final List<TransshipmentRoute> routes;
  private final List<CountryProfile> countries;
  private final Map<String, CountryProfile> countriesByCode;
  private final List<ChinaCity> cities;
  private final Map<String, String> customsOffices;
  private final List<CoverGoods> coverGoods;
  private final List<RestrictedParty> restrictedParties;

  private ReferenceData() {
    products = readProducts();
    mineralProducts = readMineralProducts();
    List<String> familyNames = new ArrayList<>();
    for (MineralProduct product : mineralProducts) {
      if (!familyNames.contains(product.family())) {
        familyNames.add(product.family());
      }
    }
    families = List.copyOf(familyNames);
    prices = readPrices();
    flows = readFlows();
    destinations = readDestinations();
    routes = readRoutes();
    countries = readCountries();
    Map<String, CountryProfile> byCode = new HashMap<>();
    countries.forEach(c -> byCode.put(c.code().value(), c));
    countriesByCode = Map.copyOf(byCode);
    customsOffices = readCustomsOffices();
    cities = readCities();
    coverGoods = readCoverGoods();
    restrictedParties = readRestrictedParties();
    checkCompleteness();
  }

  /** The reference data shipped with the simulator. */
  public static ReferenceData bundled() {
    ReferenceData data = bundled;
    if (data == null) {
      synchronized (ReferenceData.class) {
        data = bundled;
        if (data == null) {
          data = new ReferenceData();
          bundled = data;
        }
      }
    }
    return data;
  }

  public List<Product> products() {
    return products;
  }

  public List<MineralProduct> mineralProducts() {
    return mineralProducts;
  }

  /** The mineral families, in the order of minerals.csv. */
  public List<String> families() {
    return families;
  }

  public List<MineralProduct> productsOf(String family) {
    return mineralProducts.stream().filter(p -> p.family().equals(family)).toList();
  }

  public PriceSeries prices(String family) {
    return prices.get(family);
  }

  public MineralFlows flows(String family) {
    return flows.get(family);
  }

  public DestinationMix destinations(String family) {
    return destinations.get(family);
  }

  public List<TransshipmentRoute> routesOf(String family) {
    return routes.stream().filter(r -> r.family().equals(family)).toList();
  }

  public List<CountryProfile> countries() {
    return countries;
  }

  public CountryProfile country(CountryCode code) {
    CountryProfile profile = countriesByCode.get(code.value());
    if (profile == null) {
      throw new IllegalArgumentException("no country profile for " + code);
    }
    return profile;
  }

  public List<ChinaCity> cities() {
    return cities;
  }

  /** Customs office code to English name. */
  public Map<String, String> customsOffices() {
    return customsOffices;
  }

  public List<CoverGoods> coverGoodsOf(String family) {
    return coverGoods.stream().filter(c -> c.family().equals(family)).toList();
  }

  public List<CoverGoods> coverGoods() {
    return coverGoods;
  }

  public List<RestrictedParty> restrictedParties() {
    return restrictedParties;
  }

  private static Sourced sourced(ReferenceFile.Row row) {
    return new Sourced(row.text("source"), row.text("confidence"));
  }

  private static List<Product> readProducts() {
    List<Product> list = new ArrayList<>();
    for (ReferenceFile.Row row : ReferenceFile.read("products.csv").rows()) {
      list.add(
          new Product(
              new HsCode(row.text("hs_code")),
              row.text("description_en"),
              row.text("description_zh"),
              row.text("unit"),
              row.number("kg_per_unit"),
              row.number("usd_per_kg_low"),
              row.number("usd_per_kg_high"),
              row.number("lot_kg_low"),
              row.number("lot_kg_high"),
              Packing.valueOf(row.text("packing")),
              row.number("weight"),
              row.text("industry"),
              row.text("lookalike_of"),
              sourced(row)));
    }
    return List.copyOf(list);
  }

  private static List<MineralProduct> readMineralProducts() {
    List<MineralProduct> list = new ArrayList<>();
    for (ReferenceFile.Row row : ReferenceFile.read("minerals.csv").rows()) {
      MineralForm form;
      try {
        form = ReferencePrices.bundled().form(row.text("key"));
      } catch (IllegalArgumentException e) {
        throw row.problem("key", "no form with this key in assay-core's price/mineral-forms.csv");
      }
      HsCode code = new HsCode(row.text("hs_code"));
      if (!form.hsCode().equals(code) || !form.family().equals(row.text("family"))) {
        throw row.problem("hs_code", "family or code differs from price/mineral-forms.csv");
      }
      list.add(
          new MineralProduct(
              row.text("family"),
              row.text("key"),
              code,
              row.text("description_en"),
              row.text("description_zh"),
              row.text("unit"),
              form.priceFactor(),
              row.number("lot_kg_low"),
              row.number("lot_kg_high"),
              TransportMode.valueOf(row.text("transport")),
              row.number("share"),
              sourced(row)));
    }
    return List.copyOf(list);
  }

  /** The families' price series: assay-core's reference prices, the ones the engine judges by. */
  private Map<String, PriceSeries> readPrices() {
    Map<String, PriceSeries> map = new HashMap<>();
    for (String family : families) {
      map.put(family, ReferencePrices.bundled().series(family));
    }
    return Map.copyOf(map);
  }

  private Map<String, MineralFlows> readFlows() {
    Map<String, Map<YearMonth, Double>> volumes = new LinkedHashMap<>();
    for (ReferenceFile.Row row : ReferenceFile.read("mineral-flows.csv").rows()) {
      YearMonth month;
      try {
        month = YearMonth.parse(row.text("month"));
      } catch (RuntimeException e) {
        throw row.problem("month", "not a month yyyy-mm");
      }
      Double previous =
          volumes
              .computeIfAbsent(family(row), f -> new LinkedHashMap<>())
              .put(month, row.number("volume"));
      if (previous != null) {
        throw row.problem("month", "month given twice");
      }
    }
    Map<String, MineralFlows> map = new HashMap<>();
    volumes.forEach((family, byMonth) -> map.put(family, new MineralFlows(family, byMonth)));
    return Map.copyOf(map);
  }

  private Map<String, DestinationMix> readDestinations() {
    Map<String, List<DestinationMix.Entry>> entries = new LinkedHashMap<>();
    for (ReferenceFile.Row row : ReferenceFile.read("mineral-destinations.csv").rows()) {
      entries
          .computeIfAbsent(family(row), f -> new ArrayList<>())
          .add(
              new DestinationMix.Entry(
                  row.dateOrNull("from"),
                  row.dateOrNull("to"),
                  country(row, "country"),
                  row.number("weight"),
                  sourced(row)));
    }
    Map<String, DestinationMix> map = new HashMap<>();
    entries.forEach((family, list) -> map.put(family, new DestinationMix(family, list)));
    return Map.copyOf(map);
  }

  private List<TransshipmentRoute> readRoutes() {
    List<TransshipmentRoute> list = new ArrayList<>();
    for (ReferenceFile.Row row : ReferenceFile.read("transshipment-routes.csv").rows()) {
      list.add(
          new TransshipmentRoute(
              family(row),
              country(row, "hub"),
              country(row, "final_destination"),
              row.number("weight"),
              sourced(row)));
    }
    return List.copyOf(list);
  }

  private static List<CountryProfile> readCountries() {
    List<CountryProfile> list = new ArrayList<>();
    for (ReferenceFile.Row row : ReferenceFile.read("countries.csv").rows()) {
      list.add(
          new CountryProfile(
              country(row, "country"),
              row.number("export_weight"),
              row.list("legal_forms"),
              row.list("cities"),
              row.list("streets"),
              CountryProfile.AddressStyle.valueOf(row.text("address_style")),
              sourced(row)));
    }
    return List.copyOf(list);
  }

  private static Map<String, String> readCustomsOffices() {
    Map<String, String> map = new LinkedHashMap<>();
    for (ReferenceFile.Row row : ReferenceFile.read("customs-offices.csv").rows()) {
      map.put(row.text("code"), row.text("name_en"));
    }
    return Map.copyOf(map);
  }

  private List<ChinaCity> readCities() {
    List<ChinaCity> list = new ArrayList<>();
    for (ReferenceFile.Row row : ReferenceFile.read("china-cities.csv").rows()) {
      ChinaCity city =
          new ChinaCity(
              row.text("division"),
              row.text("city_zh"),
              row.text("city_en"),
              row.text("province_zh"),
              row.text("province_en"),
              row.text("home_office"),
              row.list("port_offices"),
              row.number("ordinary_weight"),
              row.list("minerals"));
      if (!city.division().matches("\\d{6}")) {
        throw row.problem("division", "not six digits");
      }
      for (String office : city.portOffices()) {
        if (!customsOffices.containsKey(office)) {
          throw row.problem("port_offices", "unknown customs office " + office);
        }
      }
      if (!customsOffices.containsKey(city.homeOffice())) {
        throw row.problem("home_office", "unknown customs office " + city.homeOffice());
      }
      for (String mineral : city.minerals()) {
        if (!families.contains(mineral)) {
          throw row.problem("minerals", "unknown mineral family " + mineral);
        }
      }
      list.add(city);
    }
    return List.copyOf(list);
  }

  private List<CoverGoods> readCoverGoods() {
    List<CoverGoods> list = new ArrayList<>();
    for (ReferenceFile.Row row : ReferenceFile.read("cover-goods.csv").rows()) {
      list.add(
          new CoverGoods(
              family(row),
              new HsCode(row.text("hs_code")),
              row.text("description"),
              Boolean.parseBoolean(row.text("names_mineral")),
              sourced(row)));
    }
    return List.copyOf(list);
  }

  /**
   * The listed parties of restricted-parties-cn.csv, the copy assay-core ships for party screening
   * (an entry whose action is not a listing, such as an investigation, is left out), each once,
   * from its earliest listing.
   */
  private static List<RestrictedParty> readRestrictedParties() {
    Map<String, CountryCode> countries = new HashMap<>();
    for (ReferenceFile.Row row : ReferenceFile.read("restricted-party-countries.csv").rows()) {
      countries.put(row.text("name_en"), country(row, "country"));
    }
    Map<String, RestrictedParty> byName = new LinkedHashMap<>();
    for (ReferenceFile.Row row :
        ReferenceFile.read(ShippedLists.CHINESE_LISTS_RESOURCE, "restricted-parties-cn.csv")
            .rows()) {
      if (!row.text("action").equals("listed")) {
        continue;
      }
      String nameEn = row.text("name_en");
      RestrictedParty party =
          new RestrictedParty(
              row.text("list"),
              row.text("announcement"),
              row.dateOrNull("effective_date"),
              row.text("name_zh"),
              nameEn,
              countries.getOrDefault(nameEn, CountryCode.UNITED_STATES));
      RestrictedParty earlier = byName.get(key(nameEn));
      if (earlier == null || party.effective().isBefore(earlier.effective())) {
        byName.put(key(nameEn), party);
      }
    }
    return List.copyOf(byName.values());
  }

  private static String key(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private String family(ReferenceFile.Row row) {
    String family = row.text("family");
    if (!families.isEmpty() && !families.contains(family)) {
      throw row.problem("family", "unknown mineral family " + family);
    }
    return family;
  }

  private static CountryCode country(ReferenceFile.Row row, String column) {
    try {
      return new CountryCode(row.text(column));
    } catch (RuntimeException e) {
      throw row.problem(column, "not an ISO country code");
    }
  }

  private void checkCompleteness() {
    for (String family : families) {
      if (!prices.containsKey(family)
          || !flows.containsKey(family)
          || !destinations.containsKey(family)) {
        throw new IllegalStateException(
            "mineral family " + family + " needs prices, flows and destinations");
      }
      for (CoverGoods cover : coverGoodsOf(family)) {
        if (ReferencePrices.bundled().goodsValue(cover.hsCode()).isEmpty()) {
          throw new IllegalStateException(
              "cover goods " + cover.hsCode() + " have no value in assay-core's goods-values.csv");
        }
      }
      if (routesOf(family).isEmpty() || coverGoodsOf(family).isEmpty()) {
        throw new IllegalStateException(
            "mineral family " + family + " needs transshipment routes and cover goods");
      }
    }
    for (DestinationMix mix : destinations.values()) {
      for (DestinationMix.Entry entry : mix.entries()) {
        if (!countriesByCode.containsKey(entry.country().value())) {
          throw new IllegalStateException(
              "mineral destination " + entry.country() + " has no row in countries.csv");
        }
      }
    }
    for (TransshipmentRoute route : routes) {
      if (!countriesByCode.containsKey(route.hub().value())
          || !countriesByCode.containsKey(route.finalDestination().value())) {
        throw new IllegalStateException(
            "transshipment route " + route + " names a country without a row in countries.csv");
      }
    }
  }
}
