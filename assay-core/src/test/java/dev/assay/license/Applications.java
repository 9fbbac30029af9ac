package dev.assay.license;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Applications for the specifications, moved through their steps on given days (China time). */
final class Applications {
  private Applications() {}

  static Application draft(String id, String hs, String destination) {
    return Application.draft(
        id,
        LicenseFixtures.EXPORTER,
        LicenseType.SINGLE,
        List.of(
            new ApplicationItem(
                1,
                Optional.empty(),
                new HsCode(hs),
                "antimony ingots 99.65%",
                new BigDecimal("18000"),
                "KG",
                new BigDecimal("936000"))),
        LicenseFixtures.CONSIGNEE,
        LicenseFixtures.END_USER,
        "flame retardant masterbatch",
        EndUse.CIVIL,
        CountryCode.parse(destination),
        DocumentKind.requiredFor(LicenseType.SINGLE),
        LicenseFixtures.NOW);
  }

  static Application draft(String id) {
    return draft(id, "8110101000", "DE");
  }

  /** Ten in the morning, Beijing time, of a day. */
  static Instant on(String day) {
    return LocalDate.parse(day).atTime(10, 0).atZone(StatutoryClock.CHINA).toInstant();
  }

  /** Submitted the day before and accepted for review on the given day. */
  static Application acceptedOn(String id, String day) {
    Instant accepted = on(day);
    return draft(id)
        .transition(ApplicationState.SUBMITTED, "exporter", accepted.minusSeconds(86400), "")
        .transition(ApplicationState.UNDER_REVIEW, "officer Li", accepted, "documents complete");
  }
}
