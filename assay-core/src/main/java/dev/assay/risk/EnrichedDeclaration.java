package dev.assay.risk;

import dev.assay.controllist.Determination;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import java.time.LocalDate;
import java.util.List;

/**
 * A declaration with what Assay knows about it before detectors look: the date the control list is
 * read as of, and the control-list determination of each goods line (same order as the lines).
 */
public record EnrichedDeclaration(
    Declaration declaration, LocalDate asOf, List<Determination> determinations) {

  public EnrichedDeclaration {
    determinations = List.copyOf(determinations);
    if (determinations.size() != declaration.lines().size()) {
      throw new IllegalArgumentException("one determination per goods line");
    }
  }

  public GoodsLine line(int index) {
    return declaration.lines().get(index);
  }

  public Determination determination(int index) {
    return determinations.get(index);
  }
}
