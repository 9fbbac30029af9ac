package dev.assay.risk;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.Determination;
import dev.assay.controllist.DeterminationCache;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import java.time.LocalDate;
import java.util.List;

/**
 * Determines the control status of every goods line of a declaration, once, for all detectors.
 * Determinations go through a cache for the run, as controlled trade repeats the same lines.
 */
public final class Enricher {
  /** Distinct controlled lines remembered; a few hundred kilobytes at most. */
  private static final int CACHED_DETERMINATIONS = 8192;

  private final DeterminationCache determinations;

  public Enricher(ControlList controlList) {
    this.determinations = controlList.cached(CACHED_DETERMINATIONS);
  }

  /**
   * Enriches a declaration as of the given date: its declaration date normally, another date for a
   * what-if question.
   */
  public EnrichedDeclaration enrich(Declaration declaration, LocalDate asOf) {
    List<GoodsLine> lines = declaration.lines();
    Determination[] determined = new Determination[lines.size()];
    var endUserCountry = declaration.endUser() == null ? null : declaration.endUser().country();
    for (int i = 0; i < determined.length; i++) {
      GoodsLine line = lines.get(i);
      determined[i] =
          determinations.determine(
              new DeterminationQuery(
                  line.hsCode(),
                  line.description(),
                  declaration.destination(),
                  endUserCountry,
                  declaration.endUse(),
                  asOf));
    }
    return new EnrichedDeclaration(declaration, asOf, List.of(determined));
  }
}
