package dev.assay.controllist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One clause of an announcement that has several with different effects or dates, such as MOFCOM
 * 2024 No. 46 (clause 1: ban for US military end uses; clause 2: presumption of denial for some
 * minerals). Fields the file leaves out are taken from the measure.
 *
 * @param id unique within its measure; suspensions name clauses by it
 * @param citation how reports cite it after the announcement, such as "clause 2"; empty where the
 *     announcement is cited as a whole (a measure with a single rule)
 * @param appliesTo the controlled items the clause reaches, for clauses that act on top of the item
 *     measures (destination- or end-use-specific clauses); empty for clauses that only inform
 */
public record Clause(
    String id,
    Optional<String> citation,
    MeasureKind kind,
    LocalDate effective,
    DestinationScope destinations,
    EndUseScope endUses,
    Optional<ItemScope> appliesTo,
    String text,
    List<String> sources,
    Confidence confidence,
    Optional<String> note) {

  public Clause {
    sources = List.copyOf(sources);
  }
}
