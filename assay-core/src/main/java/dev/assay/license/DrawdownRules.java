package dev.assay.license;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The ledger rule every license repository applies, under whatever lock it holds on the license: a
 * line draws once; only a license in force and in validity on the declaration date can be drawn on;
 * a single-use license serves one declaration; and nothing is drawn beyond the item's quantity or
 * value.
 */
public final class DrawdownRules {
  private DrawdownRules() {}

  /**
   * What a request comes to, given the license and every drawdown already recorded on it.
   *
   * @param earlier the drawdown recorded for the same declaration line on any license, if any
   */
  public static DrawdownOutcome decide(
      License license,
      List<Drawdown> drawnOnLicense,
      Optional<Drawdown> earlier,
      DrawdownRequest request,
      Instant now) {
    if (earlier.isPresent()) {
      return new DrawdownOutcome.AlreadyDrawn(earlier.get());
    }
    if (license.status() != LicenseStatus.VALID) {
      return refused(new LicenseViolation.NotInForce(license.status()));
    }
    if (request.declaredAt().isBefore(license.validFrom())) {
      return refused(new LicenseViolation.NotYetValid(license.validFrom(), request.declaredAt()));
    }
    if (request.declaredAt().isAfter(license.validUntil())) {
      return refused(new LicenseViolation.Expired(license.validUntil(), request.declaredAt()));
    }
    Optional<LicenseItem> item = license.item(request.itemNo());
    if (item.isEmpty()) {
      throw new IllegalArgumentException(
          "license " + license.number() + " has no item " + request.itemNo());
    }
    if (license.type() == LicenseType.SINGLE) {
      for (Drawdown d : drawnOnLicense) {
        if (!d.declarationId().equals(request.declarationId())) {
          return refused(new LicenseViolation.SingleLicenseUsed(d.declarationId()));
        }
      }
    }
    ItemBalance balance = ItemBalance.of(item.get(), drawnOnLicense);
    if (!balance.fits(request.quantity(), request.valueUsd())) {
      return refused(
          new LicenseViolation.Exceeded(balance, request.quantity(), request.valueUsd()));
    }
    return new DrawdownOutcome.Drawn(
        Drawdown.of(request, now), balance.after(request.quantity(), request.valueUsd()));
  }

  private static DrawdownOutcome refused(LicenseViolation reason) {
    return new DrawdownOutcome.Refused(reason);
  }
}
