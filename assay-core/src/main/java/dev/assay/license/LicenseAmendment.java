package dev.assay.license;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A change to the non-key elements of a license (Dual-Use Regulations Art. 18): its validity, the
 * consignee, and the quantity and value limits of its items. Items, destinations, end user and end
 * use are key elements and cannot be amended.
 *
 * @param itemLimits new limits by item number
 */
public record LicenseAmendment(
    Optional<LocalDate> validUntil,
    Optional<dev.assay.declaration.Party> consignee,
    Map<Integer, Limits> itemLimits) {

  public LicenseAmendment {
    validUntil = validUntil == null ? Optional.empty() : validUntil;
    consignee = consignee == null ? Optional.empty() : consignee;
    itemLimits = Map.copyOf(itemLimits);
    if (validUntil.isEmpty() && consignee.isEmpty() && itemLimits.isEmpty()) {
      throw new LicensingException("an amendment changes at least one element");
    }
  }

  /** New limits of one item. */
  public record Limits(BigDecimal quantity, BigDecimal valueUsd) {}

  /** What the amendment changes, for the license history. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    validUntil.ifPresent(d -> text.append("valid until ").append(d).append("; "));
    consignee.ifPresent(
        c ->
            text.append("consignee ")
                .append(c.name())
                .append(" (")
                .append(c.country())
                .append("); "));
    itemLimits.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                text.append("item ")
                    .append(e.getKey())
                    .append(" limits ")
                    .append(e.getValue().quantity().toPlainString())
                    .append(" / USD ")
                    .append(e.getValue().valueUsd().toPlainString())
                    .append("; "));
    return text.substring(0, text.length() - 2);
  }
}
