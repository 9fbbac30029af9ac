package dev.assay.risk;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.Determination;
import dev.assay.controllist.DeterminationCache;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Determines the control status of every goods line of a declaration, once, for all detectors.
 * Reads the control list in force through a supplier on every declaration, so a reloaded list takes
 * effect from the next declaration. Determinations go through a cache for the list in force, as
 * controlled trade repeats the same lines; a new list starts a new cache.
 */
public final class Enricher {
  /** Distinct controlled lines remembered; a few hundred kilobytes at most. */
  private static final int CACHED_DETERMINATIONS = 8192;

  private final Supplier<ControlList> controlList;
  private volatile CachedList current;

  /** The cache of one control list. */
  private record CachedList(ControlList list, DeterminationCache determinations) {}

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
    DeterminationCache determinations = determinations();
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

  private DeterminationCache determinations() {
    ControlList list = controlList.get();
    CachedList cached = current;
    if (cached == null || cached.list() != list) {
      cached = new CachedList(list, list.cached(CACHED_DETERMINATIONS));
      current = cached;
    }
    return cached.determinations();
  }
}
