package dev.assay.simulator.license;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.license.License;
import dev.assay.license.LicenseItem;
import dev.assay.license.LicenseStatus;
import dev.assay.license.LicenseType;
import dev.assay.simulator.Draws;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The licenses the legitimate trade holds, issued as shipments need them and drawn down as they
 * ship. A new license is handed to a listener the moment it is issued (so it can be written out at
 * once); the book keeps only what is still usable, one entry per exporter, consignee and code, so
 * its size depends on the population, never on how many declarations are generated.
 */
public final class LicenseBook {
  private final Consumer<License> issued;
  private final Map<String, Grant> active = new HashMap<>();
  private int serial = 100_000;
  private long count;

  public LicenseBook(Consumer<License> issued) {
    this.issued = issued;
  }

  /** What a shipment asks a license for. */
  public record Request(
      Exporter exporter,
      String consigneeName,
      CountryCode consigneeCountry,
      String endUserName,
      CountryCode endUserCountry,
      String endUse,
      CountryCode destination,
      String familyCode,
      Optional<String> controlCode,
      HsCode hsCode,
      String description,
      double quantityKg,
      double valueUsd,
      LocalDate notBefore) {}

  /** A license in use with what is left of it. */
  public static final class Grant {
    private final License license;
    private double quantityLeft;
    private double valueLeft;

    Grant(License license) {
      this.license = license;
      this.quantityLeft = license.items().getFirst().quantity().doubleValue();
      this.valueLeft = license.items().getFirst().valueUsd().doubleValue();
    }

    public License license() {
      return license;
    }

    public double quantityLeft() {
      return quantityLeft;
    }

    public double valueLeft() {
      return valueLeft;
    }
  }

  public long issuedCount() {
    return count;
  }

  /**
   * The license number a legitimate shipment cites: an existing license that covers it on the date
   * with enough quantity and value left, drawn down by the shipment; otherwise a new one, issued a
   * few weeks before (the statutory review takes up to 45 working days) but not before the measure
   * took effect.
   */
  public String draw(Request request, LocalDate date, Draws draws) {
    String key = key(request);
    Grant grant = active.get(key);
    if (grant != null && !usableOn(grant.license, date)) {
      active.remove(key);
      grant = null;
    }
    if (grant != null
        && (grant.quantityLeft < request.quantityKg() || grant.valueLeft < request.valueUsd())) {
      active.remove(key);
      grant = null;
    }
    if (grant == null) {
      grant = new Grant(issue(request, date, draws));
      active.put(key, grant);
    }
    grant.quantityLeft -= request.quantityKg();
    grant.valueLeft -= request.valueUsd();
    if (grant.license.type() == LicenseType.SINGLE) {
      // A single license lapses when used.
      active.remove(key);
    }
    return grant.license.number();
  }

  /**
   * Issues a license shaped as a violation needs it: for other parties, destinations or dates than
   * the shipment that will cite it. The license itself is genuine and goes to the license file like
   * any other.
   */
  public License issueFor(Request request, LocalDate issuedAt, LocalDate validUntil, Draws draws) {
    License license =
        build(
            request,
            LicenseType.GENERAL,
            issuedAt,
            validUntil,
            request.quantityKg(),
            request.valueUsd(),
            draws);
    issued.accept(license);
    count++;
    return license;
  }

  private License issue(Request request, LocalDate date, Draws draws) {
    boolean single = draws.chance(0.3);
    LocalDate issuedAt = date.minusDays(draws.between(3, 60));
    if (issuedAt.isBefore(request.notBefore())) {
      issuedAt = request.notBefore().isAfter(date) ? date : request.notBefore();
    }
    LocalDate validUntil =
        single
            ? issuedAt.plusMonths(draws.between(6, 12)).minusDays(1)
            : issuedAt.plusYears(draws.between(1, 3)).minusDays(1);
    if (validUntil.isBefore(date)) {
      validUntil = date.plusMonths(6);
    }
    double multiple = single ? draws.uniform(1.0, 1.1) : draws.uniform(3, 10);
    double quantity = Math.ceil(request.quantityKg() * multiple);
    double value = Math.ceil(request.valueUsd() * multiple * draws.uniform(1.2, 1.5));
    License license =
        build(
            request,
            single ? LicenseType.SINGLE : LicenseType.GENERAL,
            issuedAt,
            validUntil,
            quantity,
            value,
            draws);
    issued.accept(license);
    count++;
    return license;
  }

  private License build(
      Request request,
      LicenseType type,
      LocalDate issuedAt,
      LocalDate validUntil,
      double quantity,
      double value,
      Draws draws) {
    String number =
        String.format(
            java.util.Locale.ROOT,
            "%02d%s%06d",
            issuedAt.getYear() % 100,
            request.familyCode(),
            serial += draws.between(1, 40));
    List<CountryCode> destinations =
        request.destination().equals(request.consigneeCountry())
            ? List.of(request.destination())
            : List.of(request.destination(), request.consigneeCountry());
    return new License(
        number,
        type,
        issuedAt,
        issuedAt,
        validUntil,
        LicenseStatus.VALID,
        request.exporter(),
        new Party(request.consigneeName(), request.consigneeCountry(), ""),
        new Party(request.endUserName(), request.endUserCountry(), ""),
        request.endUse(),
        destinations,
        List.of(
            new LicenseItem(
                1,
                request.controlCode(),
                request.hsCode(),
                request.description(),
                BigDecimal.valueOf(quantity),
                "KG",
                BigDecimal.valueOf(value))));
  }

  /** Whether the license may be used on the day: valid, and within its validity dates. */
  private static boolean usableOn(License license, LocalDate date) {
    return license.status() == LicenseStatus.VALID && license.isInValidity(date);
  }

  /**
   * A license is for one exporter, consignee, end user, destination and item: a grant may only be
   * drawn again by a shipment that matches all of them, or the honest trade would cite licenses for
   * another end user.
   */
  private static String key(Request request) {
    return request.exporter().code().value()
        + '|'
        + request.consigneeName()
        + '|'
        + request.endUserName()
        + '|'
        + request.endUserCountry()
        + '|'
        + request.destination()
        + '|'
        + request.hsCode().value();
  }
}
