package dev.assay.controllist;

import dev.assay.lexicon.GoodsText;
import dev.assay.lexicon.Qualifiers;
import java.util.List;

/**
 * One reference code of one item, with everything a determination needs about it precomputed: the
 * item's schedule (measure and item suspensions), its verdict and its normalised terms.
 */
final class IndexedCode {
  final Measure measure;
  final ControlledItem item;
  final ReferenceCode code;
  final Schedule schedule;
  final Verdict verdict;
  private final String[] terms;
  private final String symbol;

  IndexedCode(Measure measure, ControlledItem item, ReferenceCode code, Schedule schedule) {
    this.measure = measure;
    this.item = item;
    this.code = code;
    this.schedule = schedule;
    this.verdict = measure.kind().verdict().orElseThrow();
    List<String> normalized = item.terms().stream().map(GoodsText::normalize).toList();
    this.terms = normalized.toArray(String[]::new);
    this.symbol = Qualifiers.symbol(item.mineral());
  }

  /**
   * What a normalised description says about the item: named (a mention not denied, or the element
   * symbol with a content), or denied ("Dy-free", "无镝", "< 0.1%"), see {@link Qualifiers}.
   */
  Qualifiers.Reading readIn(String normalizedDescription) {
    return Qualifiers.read(normalizedDescription, terms, symbol);
  }

  /** Whether a normalised description names the item. */
  boolean namedIn(String normalizedDescription) {
    if (normalizedDescription.isEmpty()) {
      return false;
    }
    return readIn(normalizedDescription).named();
  }

  ListedItem listed() {
    return new ListedItem(measure, item, code);
  }
}
