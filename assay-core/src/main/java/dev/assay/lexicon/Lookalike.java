package dev.assay.lexicon;

import java.util.List;

/**
 * An HS code used, or reported to be used, to pass a controlled mineral off as ordinary goods.
 *
 * @param code a tariff code or prefix; it covers every code that starts with it
 * @param minerals the minerals it is a lookalike for
 * @param knownCase the case it comes from
 * @param confidence confirmed, likely or unsure, as the fact base grades the case
 * @param namesMineral whether the code's own tariff text names the mineral (lead containing
 *     antimony), so that an honest description names it too
 */
public record Lookalike(
    String code,
    String tariffText,
    boolean namesMineral,
    List<String> minerals,
    String knownCase,
    List<String> sources,
    String confidence) {

  public Lookalike {
    minerals = List.copyOf(minerals);
    sources = List.copyOf(sources);
  }
}
