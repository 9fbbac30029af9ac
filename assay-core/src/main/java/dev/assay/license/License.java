package dev.assay.license;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A dual-use items export license (两用物项和技术出口许可证) as granted: who may export what, to whom, where,
 * how much, and when. Immutable; suspension, revocation and amendment give a new license whose
 * change is recorded as a {@link LicenseChange}.
 *
 * @param endUse the end use as stated in the end-use certificate; "" when not given
 * @param destinations the countries the goods may go to
 */
public record License(
    String number,
    LicenseType type,
    LocalDate issuedAt,
    LocalDate validFrom,
    LocalDate validUntil,
    LicenseStatus status,
    Exporter exporter,
    Party consignee,
    Party endUser,
    String endUse,
    List<CountryCode> destinations,
    List<LicenseItem> items) {

  /** Letters, digits and the separators seen on printed license numbers. */
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,63}");

  public License {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(exporter, "exporter");
    Objects.requireNonNull(consignee, "consignee");
    Objects.requireNonNull(endUser, "endUser");
    status = status == null ? LicenseStatus.VALID : status;
    endUse = endUse == null ? "" : endUse;
    destinations = List.copyOf(destinations);
    items = List.copyOf(items);
    if (number == null || !NUMBER.matcher(number).matches()) {
      throw new IllegalArgumentException(
          "a license number is 1 to 64 letters, digits or / _ . -, got '" + number + "'");
    }
    if (validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "valid until " + validUntil + " is before valid from " + validFrom);
    }
    if (validUntil.isAfter(type.latestValidUntil(validFrom))) {
      throw new IllegalArgumentException(
          "a "
              + type
              + " license is valid for at most "
              + type.maxYears()
              + (type.maxYears() == 1 ? " year" : " years")
              + " (Dual-Use Regulations Art. 19): valid from "
              + validFrom
              + " allows until "
              + type.latestValidUntil(validFrom)
              + " at the latest, not "
              + validUntil);
    }
    if (destinations.isEmpty()) {
      throw new IllegalArgumentException("a license names at least one destination country");
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a license has at least one item");
    }
    Set<Integer> itemNos = new HashSet<>();
    for (LicenseItem item : items) {
      if (!itemNos.add(item.itemNo())) {
        throw new IllegalArgumentException("item " + item.itemNo() + " appears twice");
      }
    }
  }

  /** Whether the dates allow use on the day (status aside). */
  public boolean isInValidity(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validUntil);
  }

  /**
   * The items a declared code may draw on, in the order to try them: the items whose code equals
   * it, then those whose 8-digit code covers it. A license often lists grades of one good under one
   * code (gallium 4N and 6N), each with its own quantity.
   */
  public List<LicenseItem> itemsFor(HsCode declared) {
    List<LicenseItem> exact = new ArrayList<>();
    List<LicenseItem> covering = new ArrayList<>();
    for (LicenseItem item : items) {
      if (item.hsCode().equals(declared)) {
        exact.add(item);
      } else if (item.covers(declared)) {
        covering.add(item);
      }
    }
    exact.addAll(covering);
    return exact;
  }

  public Optional<LicenseItem> item(int itemNo) {
    return items.stream().filter(item -> item.itemNo() == itemNo).findFirst();
  }

  /**
   * The license with another status. A revoked license stays revoked, and only a suspended license
   * can be reinstated.
   */
  public License withStatus(LicenseStatus newStatus) {
    if (status == LicenseStatus.REVOKED) {
      throw new LicensingException("license " + number + " is revoked; a revocation is final");
    }
    if (newStatus == status) {
      throw new LicensingException("license " + number + " is already " + status);
    }
    return new License(
        number,
        type,
        issuedAt,
        validFrom,
        validUntil,
        newStatus,
        exporter,
        consignee,
        endUser,
        endUse,
        destinations,
        items);
  }

  /**
   * The license as amended. Only non-key elements can change: the key elements (items, destination,
   * end user, end use) need a new license (Dual-Use Regulations Art. 18).
   */
  public License amend(LicenseAmendment amendment) {
    if (status == LicenseStatus.REVOKED) {
      throw new LicensingException("license " + number + " is revoked and cannot be amended");
    }
    List<LicenseItem> amendedItems =
        items.stream()
            .map(
                item -> {
                  var limits = amendment.itemLimits().get(item.itemNo());
                  return limits == null
                      ? item
                      : item.withLimits(limits.quantity(), limits.valueUsd());
                })
            .toList();
    for (Integer itemNo : amendment.itemLimits().keySet()) {
      if (item(itemNo).isEmpty()) {
        throw new LicensingException(
            "license "
                + number
                + " has no item "
                + itemNo
                + "; adding an item changes a key element and needs a new license");
      }
    }
    try {
      return new License(
          number,
          type,
          issuedAt,
          validFrom,
          amendment.validUntil().orElse(validUntil),
          status,
          exporter,
          amendment.consignee().orElse(consignee),
          endUser,
          endUse,
          destinations,
          amendedItems);
    } catch (IllegalArgumentException e) {
      throw new LicensingException(
          "license " + number + " cannot be amended so: " + e.getMessage());
    }
  }
}
