package dev.assay.controllist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One announcement of the control list (公告), as one YAML file records it: who issued it and when,
 * what it does, to which destinations and end uses, and its items, clauses or suspensions.
 *
 * <p>A measure either controls items (it has items), acts on top of the item measures (it has
 * clauses with an {@code appliesTo}), suspends others, or only informs.
 *
 * @param id stable key such as {@code MOFCOM-GAC-2023-23}; suspensions name measures by it
 * @param citation how reports cite it, such as "MOFCOM-GAC 2023 No. 23"
 * @param kind what it does; for a measure with clauses, its gravest clause
 * @param file the file it was loaded from, for errors and listings
 */
public record Measure(
    String id,
    String citation,
    String title,
    List<String> authorities,
    LocalDate issued,
    LocalDate effective,
    MeasureKind kind,
    DestinationScope destinations,
    EndUseScope endUses,
    List<Clause> clauses,
    List<ControlledItem> items,
    List<Suspension> suspensions,
    List<String> sources,
    Confidence confidence,
    Optional<String> note,
    String file) {

  public Measure {
    authorities = List.copyOf(authorities);
    clauses = List.copyOf(clauses);
    items = List.copyOf(items);
    suspensions = List.copyOf(suspensions);
    sources = List.copyOf(sources);
  }

  /** The citation for reports, such as "MOFCOM-GAC 2024 No. 33". */
  public String basis() {
    return citation;
  }

  /** The citation of one clause, such as "MOFCOM 2024 No. 46, clause 2". */
  public String basis(Clause clause) {
    return clause.citation().map(c -> citation + ", " + c).orElse(citation);
  }

  public Optional<Clause> clause(String clauseId) {
    return clauses.stream().filter(c -> c.id().equals(clauseId)).findFirst();
  }

  public Optional<ControlledItem> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }
}
