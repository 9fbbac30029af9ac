package dev.assay.risk;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.Determination;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Determines the control status of every goods line of a declaration, once, for all detectors. */
public final class Enricher {
  private final ControlList controlList;

  public Enricher(ControlList controlList) {
    this.controlList = controlList;
  }

  /**
   * Enriches a declaration as of the given date: its declaration date normally, another date for a
   * what-if question.
   */
  public EnrichedDeclaration enrich(Declaration declaration, LocalDate asOf) {
    List<Determination> determinations = new ArrayList<>(declaration.lines().size());
    var endUserCountry = declaration.endUser() == null ? null : declaration.endUser().country();
    for (GoodsLine line : declaration.lines()) {
      determinations.add(
          controlList.determine(
              new DeterminationQuery(
                  line.hsCode(),
                  line.description(),
                  declaration.destination(),
                  endUserCountry,
                  declaration.endUse(),
                  asOf)));
    }
    return new EnrichedDeclaration(declaration, asOf, determinations);
  }
}
