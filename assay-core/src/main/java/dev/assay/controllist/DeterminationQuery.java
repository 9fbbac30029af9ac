package dev.assay.controllist;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One goods line to determine: its code and description, where it goes, who uses it for what, and
 * the date the determination is made as of (usually the declaration date).
 *
 * @param description the goods description as declared; may be null or empty
 * @param endUserCountry the end user's country where known; may be null
 * @param endUse the declared end use; null is read as unspecified
 */
public record DeterminationQuery(
    HsCode hsCode,
    String description,
    CountryCode destination,
    CountryCode endUserCountry,
    EndUse endUse,
    LocalDate asOf) {

  public DeterminationQuery {
    Objects.requireNonNull(hsCode, "hsCode");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(asOf, "asOf");
    endUse = endUse == null ? EndUse.UNSPECIFIED : endUse;
  }
}
