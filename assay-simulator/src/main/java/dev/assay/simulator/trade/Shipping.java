package dev.assay.simulator.trade;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.TransportMode;
import dev.assay.simulator.Draws;
import dev.assay.simulator.reference.ChinaCity;
import dev.assay.simulator.reference.Packing;
import java.util.Set;

/**
 * How goods travel and what that does to the declaration: the transport mode, the customs office
 * they clear at, the gross weight that packing gives, and the containers. MODELLING ASSUMPTIONS:
 * packing adds 2-12% in containers, 0-2% in bulk, 5-20% on pallets and 10-30% in parcels; a
 * container carries 18 to 25 t.
 */
public final class Shipping {
  /** Destinations reached by road from China's land borders. */
  private static final Set<String> OVERLAND = Set.of("VN", "KZ", "KG", "RU", "MN", "LA", "MM");

  /** Destinations of the China-Europe and Central Asia railways. */
  private static final Set<String> RAIL =
      Set.of("DE", "PL", "NL", "RU", "KZ", "HU", "BE", "FR", "IT", "ES", "CZ", "KG", "UZ");

  /** Hubs through which honest cargo also passes. */
  static final String[] TRANSIT_HUBS = {"SG", "HK", "NL", "AE", "MY", "BE", "KR"};

  /** The largest cargo a 40-foot container takes (kg). */
  public static final double CONTAINER_PAYLOAD_KG = 26_500;

  private Shipping() {}

  public static TransportMode modeFor(Packing packing, CountryCode destination, Draws draws) {
    String country = destination.value();
    return switch (packing) {
      case CONTAINER, BULK -> {
        if (OVERLAND.contains(country) && draws.chance(0.3)) {
          yield TransportMode.ROAD;
        }
        if (RAIL.contains(country) && packing == Packing.CONTAINER && draws.chance(0.1)) {
          yield TransportMode.RAIL;
        }
        yield TransportMode.SEA;
      }
      case PALLET -> draws.chance(0.6) ? TransportMode.AIR : TransportMode.SEA;
      case PARCEL -> draws.chance(0.7) ? TransportMode.POST : TransportMode.AIR;
    };
  }

  /** Gross weight of goods of a given net weight, with their packing. */
  public static double gross(double net, Packing packing, Draws draws) {
    double factor =
        switch (packing) {
          case CONTAINER -> draws.uniform(1.02, 1.12);
          case BULK -> draws.uniform(1.0, 1.02);
          case PALLET -> draws.uniform(1.05, 1.2);
          case PARCEL -> draws.uniform(1.1, 1.3);
        };
    return Math.ceil(net * factor);
  }

  /** Containers for a sea, rail or road consignment of this gross weight; none by air or post. */
  public static int containers(double gross, TransportMode mode, Packing packing, Draws draws) {
    if (mode == TransportMode.AIR || mode == TransportMode.POST || packing == Packing.BULK) {
      return 0;
    }
    if (packing == Packing.PALLET && gross < 8000 && draws.chance(0.7)) {
      return 0; // shared container (LCL): no container of its own
    }
    return (int) Math.max(1, Math.ceil(gross / draws.uniform(18_000, 25_000)));
  }

  /** The customs office a consignment clears at: a port for sea, the home office otherwise. */
  public static String office(ChinaCity city, TransportMode mode, Draws draws) {
    if (mode == TransportMode.SEA) {
      return draws.pick(city.portOffices());
    }
    return draws.chance(0.7) ? city.homeOffice() : draws.pick(city.portOffices());
  }

  /** An honest transit route: most trade goes direct, some through a hub. */
  public static java.util.List<CountryCode> transit(CountryCode destination, Draws draws) {
    if (!draws.chance(0.06)) {
      return java.util.List.of();
    }
    String hub = draws.pick(TRANSIT_HUBS);
    return hub.equals(destination.value())
        ? java.util.List.of()
        : java.util.List.of(new CountryCode(hub));
  }

  /** The 18-digit declaration number: customs office, year, export flag 0, serial. */
  public static String declarationId(String office, int year, long serial) {
    StringBuilder id = new StringBuilder(18);
    id.append(office).append(year).append('0');
    String digits = Long.toString(serial);
    for (int i = digits.length(); i < 9; i++) {
      id.append('0');
    }
    return id.append(digits).toString();
  }

  public static double round2(double value) {
    return Math.round(value * 100) / 100.0;
  }

  public static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
