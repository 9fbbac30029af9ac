package dev.assay.controllist;

import dev.assay.declaration.HsCode;
import java.util.List;
import java.util.Optional;

/**
 * A customs code that an announcement gives as the reference code of a controlled item: a 10-digit
 * commodity number, or an 8-digit tariff line covering every commodity number under it.
 *
 * @param conclusive whether a goods line under this code is controlled on the code alone; false
 *     where the code also covers ordinary goods (other machines, lithium-ion batteries, shared
 *     organometallic lines) or the code itself is unsure, so the description must name the item
 * @param sources fact-base source keys, those of the item where the code has none of its own
 */
public record ReferenceCode(
    HsCode code,
    boolean conclusive,
    Confidence confidence,
    List<String> sources,
    Optional<String> note) {

  public ReferenceCode {
    sources = List.copyOf(sources);
  }

  /** Whether this is an 8-digit tariff line, which covers every 10-digit code under it. */
  public boolean isTariffLine() {
    return !code.isFull();
  }

  /** Whether a declared code falls under this reference code. */
  public boolean covers(HsCode declared) {
    return declared.isCoveredBy(code.value());
  }
}
