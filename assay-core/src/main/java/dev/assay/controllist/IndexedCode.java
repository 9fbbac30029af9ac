package dev.assay.controllist;

import dev.assay.lexicon.GoodsText;
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

  IndexedCode(Measure measure, ControlledItem item, ReferenceCode code, Schedule schedule) {
    this.measure = measure;
    this.item = item;
    this.code = code;
    this.schedule = schedule;
    this.verdict = measure.kind().verdict().orElseThrow();
    List<String> normalized = item.terms().stream().map(GoodsText::normalize).toList();
    this.terms = normalized.toArray(String[]::new);
  }

  /** Whether a normalised description names the item. */
  boolean namedIn(String normalizedDescription) {
    if (normalizedDescription.isEmpty()) {
      return false;
    }
    for (String term : terms) {
      if (normalizedDescription.contains(term)) {
        return true;
      }
    }
    return false;
  }

  ListedItem listed() {
    return new ListedItem(measure, item, code);
  }
}
