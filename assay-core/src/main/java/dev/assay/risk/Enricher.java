package dev.assay.risk;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.Determination;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Determines the control status of every goods line of a declaration, once, for all detectors.
 * Reads the control list in force through a supplier on every declaration, so a reloaded list takes
 * effect from the next declaration.
 */
public final class Enricher {
  private final Supplier<ControlList> controlList;

  public Enricher(ControlList controlList) {
    this(() -> controlList);
  }

  public Enricher(Supplier<ControlList> controlList) {
    this.controlList = controlList;
  }

  /**
   * Enriches a declaration as of the given date: its declaration date normally, another date for a
   * what-if question.
   */
  public EnrichedDeclaration enrich(Declaration declaration, LocalDate asOf) {
    List<Determination> determinations = new ArrayList<>(declaration.lines().size());
    ControlList list = controlList.get();
    var endUserCountry = declaration.endUser() == null ? null : declaration.endUser().country();
    for (GoodsLine line : declaration.lines()) {
      determinations.add(
          list.determine(
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
