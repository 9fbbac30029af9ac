package dev.assay.simulator.reference;

import dev.assay.declaration.CountryCode;
import java.util.List;

/**
 * An overseas country as the simulator needs it: its weight among China's export destinations, and
 * what company names and addresses look like there.
 */
public record CountryProfile(
    CountryCode code,
    double exportWeight,
    List<String> legalForms,
    List<String> cities,
    List<String> streets,
    AddressStyle addressStyle,
    Sourced sourced) {

  /** Where the house number goes in a street address. */
  public enum AddressStyle {
    NUM_FIRST,
    NUM_AFTER,
    BLOCK
  }

  public CountryProfile {
    legalForms = List.copyOf(legalForms);
    cities = List.copyOf(cities);
    streets = List.copyOf(streets);
  }
}
