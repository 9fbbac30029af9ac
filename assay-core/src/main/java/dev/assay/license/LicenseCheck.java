package dev.assay.license;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks one declaration line against the terms of the license it cites: status, validity on the
 * declaration date, exporter, consignee, end user, destination and item. Whether enough is left on
 * the item is the ledger's question ({@link DrawdownRules}), asked only of a line that fits the
 * terms.
 */
public final class LicenseCheck {
  private LicenseCheck() {}

  /**
   * The result for one line: its violations of the terms, and when it fits them, the drawdowns it
   * may ask for, one per item its code may draw on, in the order to try them (the ledger takes the
   * first that has enough left).
   */
  public record LineCheck(List<LicenseViolation> violations, List<DrawdownRequest> drawdowns) {
    public LineCheck {
      violations = List.copyOf(violations);
      drawdowns = List.copyOf(drawdowns);
    }
  }

  public static LineCheck check(License license, Declaration declaration, GoodsLine line) {
    List<LicenseViolation> violations = new ArrayList<>();
    if (license.status() != LicenseStatus.VALID) {
      violations.add(new LicenseViolation.NotInForce(license.status()));
    }
    if (declaration.declaredAt().isBefore(license.validFrom())) {
      violations.add(
          new LicenseViolation.NotYetValid(license.validFrom(), declaration.declaredAt()));
    } else if (declaration.declaredAt().isAfter(license.validUntil())) {
      violations.add(new LicenseViolation.Expired(license.validUntil(), declaration.declaredAt()));
    }
    if (!license.exporter().code().equals(declaration.exporter().code())) {
      violations.add(
          new LicenseViolation.OtherExporter(
              license.exporter().code(), declaration.exporter().code()));
    }
    if (declaration.consignee() != null
        && !PartyMatch.same(license.consignee(), declaration.consignee())) {
      violations.add(
          new LicenseViolation.OtherParty(
              "consignee", license.consignee(), declaration.consignee()));
    }
    // A declaration that names no end user cannot contradict the license; the consignee stands.
    if (declaration.endUser() != null
        && !PartyMatch.same(license.endUser(), declaration.endUser())) {
      violations.add(
          new LicenseViolation.OtherParty("end user", license.endUser(), declaration.endUser()));
    }
    if (!license.destinations().contains(declaration.destination())) {
      violations.add(
          new LicenseViolation.OtherDestination(license.destinations(), declaration.destination()));
    }
    List<LicenseItem> items = license.itemsFor(line.hsCode());
    List<DrawdownRequest> requests = new ArrayList<>();
    for (LicenseItem item : items) {
      quantityInLicensedUnit(item, line)
          .ifPresent(
              quantity ->
                  requests.add(
                      new DrawdownRequest(
                          license.number(),
                          item.itemNo(),
                          declaration.id(),
                          line.lineNo(),
                          quantity,
                          BigDecimal.valueOf(line.valueUsd()),
                          declaration.declaredAt())));
    }
    if (items.isEmpty()) {
      violations.add(
          new LicenseViolation.ItemNotLicensed(
              line.hsCode(), license.items().stream().map(LicenseItem::hsCode).toList()));
    } else if (requests.isEmpty()) {
      LicenseItem first = items.getFirst();
      violations.add(new LicenseViolation.OtherUnit(first.itemNo(), first.unit(), line.unit()));
    }
    return new LineCheck(violations, violations.isEmpty() ? requests : List.of());
  }

  /**
   * The line's quantity in the unit the item is licensed in: the declared quantity when the units
   * agree, the net weight when the license counts kilograms and the line counts something else.
   */
  static Optional<BigDecimal> quantityInLicensedUnit(LicenseItem item, GoodsLine line) {
    if (item.unit().equalsIgnoreCase(line.unit().strip())) {
      return Optional.of(BigDecimal.valueOf(line.quantity()));
    }
    if (isKilograms(item.unit()) && line.netWeightKg() > 0) {
      return Optional.of(BigDecimal.valueOf(line.netWeightKg()));
    }
    return Optional.empty();
  }

  private static boolean isKilograms(String unit) {
    String u = unit.strip().toUpperCase(Locale.ROOT);
    return u.equals("KG") || u.equals("KGM") || u.equals("千克");
  }

  /** The codes a license covers, for messages. */
  static List<HsCode> codes(License license) {
    return license.items().stream().map(LicenseItem::hsCode).toList();
  }
}
