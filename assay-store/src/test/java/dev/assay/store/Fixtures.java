package dev.assay.store;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.license.Application;
import dev.assay.license.ApplicationItem;
import dev.assay.license.DocumentKind;
import dev.assay.license.DrawdownRequest;
import dev.assay.license.License;
import dev.assay.license.LicenseChange;
import dev.assay.license.LicenseItem;
import dev.assay.license.LicenseStatus;
import dev.assay.license.LicenseType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Licenses, applications and drawdowns the store tests use. */
final class Fixtures {
  static final Exporter EXPORTER =
      new Exporter(
          UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"),
          "Hunan Example Antimony Co., Ltd.");
  static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");

  private Fixtures() {}

  /** A general license for 1,000 kg of gallium metal worth USD 400,000 to Germany. */
  static License license(String number) {
    return new License(
        number,
        LicenseType.GENERAL,
        LocalDate.parse("2025-01-02"),
        LocalDate.parse("2025-01-02"),
        LocalDate.parse("2026-01-01"),
        LicenseStatus.VALID,
        EXPORTER,
        new Party("Metallhandel Duisburg GmbH", CountryCode.parse("DE"), ""),
        new Party("Halbleiterwerk Dresden GmbH", CountryCode.parse("DE"), ""),
        "epitaxial wafers",
        List.of(CountryCode.parse("DE"), CountryCode.parse("NL")),
        List.of(
            new LicenseItem(
                1,
                Optional.of("1C117.d"),
                new HsCode("8112921010"),
                "gallium metal 6N",
                new BigDecimal("1000"),
                "KG",
                new BigDecimal("400000.00")),
            new LicenseItem(
                2,
                Optional.empty(),
                new HsCode("28259019"),
                "germanium dioxide",
                new BigDecimal("50.5"),
                "KG",
                new BigDecimal("75000"))));
  }

  static License single(String number) {
    License general = license(number);
    return new License(
        number,
        LicenseType.SINGLE,
        general.issuedAt(),
        general.validFrom(),
        general.validUntil(),
        general.status(),
        general.exporter(),
        general.consignee(),
        general.endUser(),
        general.endUse(),
        general.destinations(),
        general.items());
  }

  static LicenseChange issued() {
    return new LicenseChange(
        LicenseChange.Kind.ISSUED, NOW, "import", "", "imported from licenses.csv");
  }

  static DrawdownRequest draw(String license, String declaration, int line, String kg, String usd) {
    return new DrawdownRequest(
        license,
        1,
        declaration,
        line,
        new BigDecimal(kg),
        new BigDecimal(usd),
        LocalDate.parse("2025-03-01"));
  }

  static Application application(String id) {
    return Application.draft(
        id,
        EXPORTER,
        LicenseType.SINGLE,
        List.of(
            new ApplicationItem(
                1,
                Optional.of("1C117.d"),
                new HsCode("8112921010"),
                "gallium metal 6N",
                new BigDecimal("500"),
                "KG",
                new BigDecimal("180000"))),
        new Party("Metallhandel Duisburg GmbH", CountryCode.parse("DE"), "Hafenstrasse 12"),
        new Party("Halbleiterwerk Dresden GmbH", CountryCode.parse("DE"), ""),
        "substrates for LED epitaxy",
        EndUse.CIVIL,
        CountryCode.parse("DE"),
        DocumentKind.requiredFor(LicenseType.SINGLE),
        NOW);
  }
}
