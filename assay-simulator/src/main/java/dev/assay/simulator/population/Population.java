package dev.assay.simulator.population;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.Party;
import dev.assay.simulator.Draws;
import dev.assay.simulator.WeightedChoice;
import dev.assay.simulator.reference.ChinaCity;
import dev.assay.simulator.reference.CountryProfile;
import dev.assay.simulator.reference.DestinationMix;
import dev.assay.simulator.reference.Product;
import dev.assay.simulator.reference.ReferenceData;
import dev.assay.simulator.reference.TransshipmentRoute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulated world's companies: Chinese exporters (ordinary and mineral traders) and overseas
 * buyers, mineral users, front companies and their affiliates. Built once per run from its own
 * seeded draws, so its size does not depend on how many declarations are generated. Some overseas
 * parties share an address: honest tenants of one business centre, and the fronts of one owner.
 */
public final class Population {
  /** Countries where many companies use registered-agent addresses (honest shared addresses). */
  private static final Set<String> AGENT_COUNTRIES = Set.of("HK", "SG", "AE", "MY");

  private final List<ExporterProfile> exporters;
  private final WeightedChoice<ExporterProfile> ordinaryExporters;
  private final Map<String, List<ExporterProfile>> mineralTraders = new LinkedHashMap<>();
  private final Map<String, List<OverseasParty>> buyersByCountry = new LinkedHashMap<>();
  private final Map<String, Map<String, List<OverseasParty>>> mineralBuyers = new LinkedHashMap<>();
  private final Map<String, List<Front>> fronts = new LinkedHashMap<>();
  private final WeightedChoice<CountryProfile> destinations;

  private final ReferenceData reference;
  private final OverseasNames names = new OverseasNames();
  private final Map<String, List<String>> sharedOffices = new LinkedHashMap<>();
  private int networks;

  private Population(ReferenceData reference, int exporterCount, Draws draws) {
    this.reference = reference;
    this.destinations = WeightedChoice.of(reference.countries(), CountryProfile::exportWeight);
    makeBuyers(exporterCount * 2, draws);
    makeMineralParties(draws);
    this.exporters = makeExporters(exporterCount, draws);
    this.ordinaryExporters = WeightedChoice.of(exporters, ExporterProfile::activity);
  }

  /** A population of about {@code exporterCount} ordinary exporters plus the mineral traders. */
  public static Population build(ReferenceData reference, int exporterCount, Draws draws) {
    if (exporterCount < 10) {
      throw new IllegalArgumentException("need at least 10 exporters, got " + exporterCount);
    }
    return new Population(reference, exporterCount, draws);
  }

  public List<ExporterProfile> exporters() {
    return exporters;
  }

  /** An exporter filing an ordinary declaration, the busy ones more often. */
  public ExporterProfile ordinaryExporter(Draws draws) {
    return ordinaryExporters.pick(draws);
  }

  public List<ExporterProfile> mineralTraders(String family) {
    return mineralTraders.getOrDefault(family, List.of());
  }

  /** A buyer of ordinary goods in a country drawn by China's export weights. */
  public OverseasParty anyBuyer(Draws draws) {
    CountryProfile country = destinations.pick(draws);
    return draws.pick(buyersByCountry.get(country.code().value()));
  }

  public List<OverseasParty> buyersIn(CountryCode country) {
    return buyersByCountry.getOrDefault(country.value(), List.of());
  }

  /** The genuine users of a mineral family in a country (created for every country it goes to). */
  public List<OverseasParty> mineralBuyers(String family, CountryCode country) {
    List<OverseasParty> list = mineralBuyers.getOrDefault(family, Map.of()).get(country.value());
    if (list == null) {
      throw new IllegalArgumentException("no " + family + " buyers in " + country);
    }
    return list;
  }

  public List<Front> fronts(String family) {
    return fronts.getOrDefault(family, List.of());
  }

  /** Every overseas party, for tests and reports. */
  public List<OverseasParty> overseasParties() {
    List<OverseasParty> all = new ArrayList<>();
    buyersByCountry.values().forEach(all::addAll);
    Set<OverseasParty> seen = new LinkedHashSet<>(all);
    mineralBuyers.values().forEach(m -> m.values().forEach(seen::addAll));
    fronts
        .values()
        .forEach(
            list ->
                list.forEach(
                    f -> {
                      seen.add(f.front());
                      seen.add(f.affiliate());
                    }));
    return List.copyOf(seen);
  }

  /** A new overseas company in a country, possibly at a shared business-centre address. */
  public OverseasParty newParty(
      CountryProfile country, OverseasParty.Role role, boolean mineral, Draws draws) {
    String brand = names.brand(draws);
    String name = names.name(brand, country, mineral, draws);
    String address;
    if (AGENT_COUNTRIES.contains(country.code().value()) && draws.chance(0.25)) {
      List<String> offices =
          sharedOffices.computeIfAbsent(country.code().value(), c -> new ArrayList<>());
      if (offices.size() < 12) {
        offices.add(names.sharedOffice(country, draws));
      }
      address = draws.pick(offices);
    } else {
      address = names.address(country, draws);
    }
    return new OverseasParty(new Party(name, country.code(), address), role, 0, brand);
  }

  private void makeBuyers(int count, Draws draws) {
    for (CountryProfile country : reference.countries()) {
      buyersByCountry.put(country.code().value(), new ArrayList<>());
    }
    double totalWeight =
        reference.countries().stream().mapToDouble(CountryProfile::exportWeight).sum();
    for (CountryProfile country : reference.countries()) {
      int n = Math.max(2, (int) Math.round(count * country.exportWeight() / totalWeight));
      for (int i = 0; i < n; i++) {
        buyersByCountry
            .get(country.code().value())
            .add(newParty(country, OverseasParty.Role.BUYER, false, draws));
      }
    }
  }

  private void makeMineralParties(Draws draws) {
    for (String family : reference.families()) {
      Map<String, List<OverseasParty>> byCountry = new LinkedHashMap<>();
      mineralBuyers.put(family, byCountry);
      Set<String> countries = new LinkedHashSet<>();
      for (DestinationMix.Entry entry : reference.destinations(family).entries()) {
        countries.add(entry.country().value());
      }
      for (TransshipmentRoute route : reference.routesOf(family)) {
        countries.add(route.hub().value());
        countries.add(route.finalDestination().value());
      }
      for (String code : countries) {
        CountryProfile country = reference.country(new CountryCode(code));
        List<OverseasParty> list = new ArrayList<>();
        int n = draws.between(4, 8);
        for (int i = 0; i < n; i++) {
          list.add(newParty(country, OverseasParty.Role.MINERAL_BUYER, true, draws));
        }
        byCountry.put(code, list);
      }
      List<Front> familyFronts = new ArrayList<>();
      for (TransshipmentRoute route : reference.routesOf(family)) {
        int network = ++networks;
        CountryProfile hub = reference.country(route.hub());
        CountryProfile destination = reference.country(route.finalDestination());
        String sharedAddress = names.address(hub, draws);
        int n = draws.between(2, 4);
        for (int i = 0; i < n; i++) {
          // The affiliate is a genuine buyer of the family before controls: the front inherits
          // its customer, and its brand.
          String brand = names.uniqueBrand(draws);
          OverseasParty affiliate =
              new OverseasParty(
                  new Party(
                      brand
                          + " & "
                          + draws.pick(new String[] {"Essen", "Partners", "Sons", "Co"})
                          + " "
                          + draws.pick(destination.legalForms()),
                      destination.code(),
                      names.address(destination, draws)),
                  OverseasParty.Role.AFFILIATE,
                  network,
                  brand);
          byCountry.get(destination.code().value()).add(affiliate);
          String frontName =
              brand
                  + " "
                  + draws.pick(new String[] {"Industries", "Materials", "Chemical"})
                  + " ("
                  + hub.code().displayName()
                  + ") "
                  + draws.pick(hub.legalForms());
          // Fronts of one owner share an address, most of the time.
          String address = draws.chance(0.7) ? sharedAddress : names.address(hub, draws);
          OverseasParty front =
              new OverseasParty(
                  new Party(frontName, hub.code(), address),
                  OverseasParty.Role.FRONT,
                  network,
                  brand);
          familyFronts.add(new Front(front, affiliate, route));
        }
      }
      fronts.put(family, List.copyOf(familyFronts));
    }
  }

  private List<ExporterProfile> makeExporters(int count, Draws draws) {
    CreditCodes codes = new CreditCodes();
    CompanyNames companyNames = new CompanyNames();
    WeightedChoice<ChinaCity> cities =
        WeightedChoice.of(reference.cities(), ChinaCity::ordinaryWeight);
    Map<String, List<Product>> byIndustry = new LinkedHashMap<>();
    for (Product product : reference.products()) {
      byIndustry.computeIfAbsent(product.industry(), k -> new ArrayList<>()).add(product);
    }
    // Industries are as common as their goods are in trade (the products' weights), and an
    // exporter's range favours the commoner goods of its industry.
    List<Industry> industries =
        java.util.Arrays.stream(Industry.ORDINARY)
            .filter(i -> byIndustry.containsKey(i.key()))
            .toList();
    WeightedChoice<Industry> industryChoice =
        WeightedChoice.of(
            industries, i -> byIndustry.get(i.key()).stream().mapToDouble(Product::weight).sum());
    Map<String, WeightedChoice<Product>> productChoice = new LinkedHashMap<>();
    byIndustry.forEach((k, v) -> productChoice.put(k, WeightedChoice.of(v, Product::weight)));
    WeightedChoice<Product> anyProduct = WeightedChoice.of(reference.products(), Product::weight);
    List<ExporterProfile> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ChinaCity city = cities.pick(draws);
      boolean trading = draws.chance(0.25);
      Industry industry = trading ? Industry.TRADING : industryChoice.pick(draws);
      List<Product> range = new ArrayList<>();
      WeightedChoice<Product> pool = trading ? anyProduct : productChoice.get(industry.key());
      int n = trading ? draws.between(5, 15) : draws.between(1, Math.min(6, pool.items().size()));
      while (range.size() < n) {
        Product product = pool.pick(draws);
        if (!range.contains(product)) {
          range.add(product);
        }
      }
      double activity = Math.exp(1.1 * draws.noise(1) - 1.1);
      list.add(exporter(city, industry, range, activity, null, codes, companyNames, draws));
    }
    for (String family : reference.families()) {
      List<ChinaCity> homes =
          reference.cities().stream().filter(c -> c.minerals().contains(family)).toList();
      if (homes.isEmpty()) {
        throw new IllegalStateException("no city trades " + family + " (china-cities.csv)");
      }
      List<Product> lookalikes =
          reference.products().stream().filter(p -> p.lookalikeOf().equals(family)).toList();
      List<ExporterProfile> traders = new ArrayList<>();
      int n = Math.max(8, count / 100);
      for (int i = 0; i < n; i++) {
        Industry industry = Industry.forMineral(family);
        // Mineral traders file few ordinary declarations: the lookalike goods they also make.
        double activity = lookalikes.isEmpty() ? 0 : 0.2;
        ExporterProfile trader =
            exporter(
                draws.pick(homes),
                industry,
                lookalikes,
                activity,
                family,
                codes,
                companyNames,
                draws);
        traders.add(trader);
        list.add(trader);
      }
      mineralTraders.put(family, List.copyOf(traders));
    }
    return List.copyOf(list);
  }

  private ExporterProfile exporter(
      ChinaCity city,
      Industry industry,
      List<Product> range,
      double activity,
      String family,
      CreditCodes codes,
      CompanyNames companyNames,
      Draws draws) {
    String[] name = companyNames.next(city.cityZh(), city.cityEn(), industry, draws);
    List<OverseasParty> buyers = new ArrayList<>();
    int n = draws.between(3, 15);
    for (int i = 0; i < n; i++) {
      OverseasParty buyer = anyBuyer(draws);
      if (!buyers.contains(buyer)) {
        buyers.add(buyer);
      }
    }
    var code = codes.next(city.division(), draws);
    return new ExporterProfile(
        code,
        name[0],
        name[1],
        city,
        industry.key(),
        activity,
        range,
        family,
        buyers,
        new Exporter(code, name[0]),
        new Exporter(code, name[1]));
  }
}
