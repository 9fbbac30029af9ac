package dev.assay.screening;

import dev.assay.declaration.CountryCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A party to be screened, as a declaration or an officer gives it: a name in any script, and where
 * known a country, a date of birth and identifiers, each of which can raise or lower a match.
 *
 * @param birthDate "YYYY", "YYYY-MM" or "YYYY-MM-DD", or empty
 */
public record ScreenedParty(
    String name,
    Optional<CountryCode> country,
    Optional<String> birthDate,
    List<Identifier> identifiers) {

  public ScreenedParty {
    Objects.requireNonNull(name, "name");
    country = country == null ? Optional.empty() : country;
    birthDate = birthDate == null ? Optional.empty() : birthDate.filter(s -> !s.isBlank());
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  public static ScreenedParty named(String name) {
    return new ScreenedParty(name, Optional.empty(), Optional.empty(), List.of());
  }

  public static ScreenedParty of(String name, CountryCode country) {
    return new ScreenedParty(name, Optional.ofNullable(country), Optional.empty(), List.of());
  }
}
