package dev.assay.license;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A general license for antimony ingots to Germany and the Netherlands, and declarations that use
 * it well or badly.
 */
public final class LicenseFixtures {
  public static final Exporter EXPORTER =
      new Exporter(
          UnifiedSocialCreditCode.withCheckCharacter("91431300MA4L2K7P3"),
          "Lengshuijiang Antimony Trading Co., Ltd.");
  public static final Exporter OTHER_EXPORTER =
      new Exporter(
          UnifiedSocialCreditCode.withCheckCharacter("91440300MA5G2H8K0"), "Shenzhen Trading");
  public static final Party CONSIGNEE =
      new Party("Metallhandel Duisburg GmbH", CountryCode.parse("DE"), "Hafenstrasse 12");
  public static final Party END_USER =
      new Party("Flammschutz Chemie AG", CountryCode.parse("DE"), "");
  public static final HsCode ANTIMONY_INGOTS = new HsCode("8110101000");
  public static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");

  private LicenseFixtures() {}

  /** 20,000 kg of antimony ingots worth USD 1,000,000, valid through 2025. */
  public static License license(String number, LicenseType type, LicenseStatus status) {
    return license(
        number,
        type,
        status,
        List.of(
            new LicenseItem(
                1,
                Optional.empty(),
                ANTIMONY_INGOTS,
                "antimony ingots 99.65%",
                new BigDecimal("20000"),
                "KG",
                new BigDecimal("1000000"))));
  }

  /** The same terms with other items. */
  public static License license(
      String number, LicenseType type, LicenseStatus status, List<LicenseItem> items) {
    return new License(
        number,
        type,
        LocalDate.parse("2025-01-02"),
        LocalDate.parse("2025-01-02"),
        LocalDate.parse("2025-12-31"),
        status,
        EXPORTER,
        new Party("METALLHANDEL DUISBURG GMBH", CountryCode.parse("DE"), ""),
        new Party("Flammschutz Chemie AG.", CountryCode.parse("DE"), ""),
        "flame retardant masterbatch",
        List.of(CountryCode.parse("DE"), CountryCode.parse("NL")),
        items);
  }

  public static License license(String number) {
    return license(number, LicenseType.GENERAL, LicenseStatus.VALID);
  }

  /** A declaration of one line citing a license, on the given day, to the given destination. */
  public static Declaration declaration(
      String id,
      LocalDate day,
      Exporter exporter,
      Party consignee,
      String destination,
      HsCode hs,
      double kg,
      double usd,
      String licenseNo) {
    return declaration(
        id,
        day,
        exporter,
        consignee,
        destination,
        List.of(
            new GoodsLine(
                1, hs, "antimony ingots", kg, "kg", kg, usd, Optional.ofNullable(licenseNo))));
  }

  /** A declaration of the given lines, shipped by sea with 50 kg of packing. */
  public static Declaration declaration(
      String id,
      LocalDate day,
      Exporter exporter,
      Party consignee,
      String destination,
      List<GoodsLine> lines) {
    double kg = lines.stream().mapToDouble(GoodsLine::netWeightKg).sum();
    return new Declaration(
        id,
        day,
        "4900",
        exporter,
        consignee,
        END_USER,
        CountryCode.parse(destination),
        List.of(),
        new Transport(TransportMode.SEA, 1, kg + 50),
        EndUse.CIVIL,
        lines,
        Optional.empty());
  }

  /** A declaration that fits the license: 5,000 kg for USD 250,000 to Germany in March 2025. */
  public static Declaration fitting(String id, String licenseNo) {
    return declaration(
        id,
        LocalDate.parse("2025-03-01"),
        EXPORTER,
        CONSIGNEE,
        "DE",
        ANTIMONY_INGOTS,
        5000,
        250000,
        licenseNo);
  }

  public static LicenseChange issued() {
    return new LicenseChange(LicenseChange.Kind.ISSUED, NOW, "test", "", "");
  }
}
