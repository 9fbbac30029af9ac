package dev.assay.simulator.population;

import dev.assay.simulator.Draws;
import dev.assay.simulator.reference.CountryProfile;
import java.util.HashSet;
import java.util.Set;

/**
 * Names and street addresses for overseas companies: an invented brand word, a line of business and
 * the country's legal form; a house number, street and city in the country's address style.
 */
final class OverseasNames {
  private static final String[] HEADS = {
    "Nor", "Tec", "Al", "Vel", "Pro", "Meri", "Kan", "Sol", "Glo", "Ori", "Ast", "Bel", "Cor",
    "Dex", "Eur", "Fal", "Gra", "Hel", "Ion", "Jun", "Kor", "Lum", "Mar", "Nex", "Opt", "Pac",
    "Quin", "Ros", "Sen", "Tor", "Uni", "Ver", "Wes", "Xan", "Yor", "Zen"
  };
  private static final String[] TAILS = {
    "tex", "ara", "on", "ix", "ia", "co", "um", "ent", "ova", "is", "ar", "eon", "ica", "ma", "ora"
  };
  private static final String[] MIDS = {
    "", "", "", "an", "el", "or", "is", "ad", "em", "ul", "ov", "ir"
  };
  private static final String[] SECOND_WORDS = {
    "Star", "Union", "Pacific", "Atlantic", "Summit", "Bridge", "Harbor", "Crown", "Delta", "Prime"
  };
  private static final String[] BUSINESSES = {
    "Trading",
    "Imports",
    "Distribution",
    "Industries",
    "Supply",
    "Retail",
    "Wholesale",
    "Commerce",
    "Merchandise",
    "Global",
    "International",
    "Sourcing"
  };
  private static final String[] MINERAL_BUSINESSES = {
    "Materials",
    "Metals",
    "Advanced Materials",
    "Chemicals",
    "Alloys",
    "Specialty Metals",
    "Electronic Materials",
    "Refining"
  };

  private final Set<String> usedBrands = new HashSet<>();

  /** A brand word; ordinary companies may share one, as they do in life. */
  String brand(Draws draws) {
    return draws.pick(HEADS) + draws.pick(MIDS) + draws.pick(TAILS);
  }

  /**
   * A brand no other company of the population uses, for the companies of one owner, whose shared
   * brand is the evidence that ties them (a second word and then a number once words run short).
   */
  String uniqueBrand(Draws draws) {
    for (int attempt = 0; ; attempt++) {
      String brand = brand(draws);
      if (attempt >= 20) {
        brand = brand + " " + draws.pick(SECOND_WORDS) + (attempt >= 40 ? " " + attempt : "");
      }
      if (usedBrands.add(brand)) {
        return brand;
      }
    }
  }

  String name(String brand, CountryProfile country, boolean mineral, Draws draws) {
    String business = draws.pick(mineral ? MINERAL_BUSINESSES : BUSINESSES);
    String form = draws.pick(country.legalForms());
    return switch (form) {
      case "OOO", "AO", "PT", "SpA" -> form + " " + brand + " " + business;
      default -> brand + " " + business + " " + form;
    };
  }

  String address(CountryProfile country, Draws draws) {
    String street = draws.pick(country.streets());
    String city = draws.pick(country.cities());
    int number = draws.between(1, 480);
    return switch (country.addressStyle()) {
      case NUM_FIRST -> number + " " + street + ", " + city;
      case NUM_AFTER -> street + " " + number + ", " + city;
      case BLOCK ->
          draws.between(1, 9)
              + "-"
              + draws.between(1, 30)
              + "-"
              + draws.between(1, 20)
              + " "
              + street
              + ", "
              + city;
    };
  }

  /** A suite or floor in a shared business building, as registered agents provide. */
  String sharedOffice(CountryProfile country, Draws draws) {
    return "Suite "
        + draws.between(2, 38)
        + "0"
        + draws.between(1, 9)
        + ", "
        + address(country, draws);
  }
}
