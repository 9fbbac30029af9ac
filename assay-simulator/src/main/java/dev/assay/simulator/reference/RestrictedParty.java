package dev.assay.simulator.reference;

import dev.assay.declaration.CountryCode;
import java.time.LocalDate;

/**
 * A party on one of China's lists (the MOFCOM export-control control list or the unreliable entity
 * list) from the date its listing took effect.
 */
public record RestrictedParty(
    String list,
    String announcement,
    LocalDate effective,
    String nameZh,
    String nameEn,
    CountryCode country) {

  public boolean listedOn(LocalDate date) {
    return !date.isBefore(effective);
  }
}
