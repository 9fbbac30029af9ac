package dev.assay.intelligence.extraterritorial;

import dev.assay.controllist.Clause;
import dev.assay.controllist.ControlList;
import dev.assay.controllist.Measure;
import dev.assay.controllist.MeasureStatus;
import dev.assay.controllist.StaleWarning;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import dev.assay.intelligence.MineralClassifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Does an item made abroad need a Chinese licence because of Chinese-origin rare-earth content
 * above the de minimis share, or Chinese rare-earth technology (MOFCOM 2025 No. 61 style)? The
 * rules and the share come from {@link ExtraterritorialRules}; the measure, its clauses' dates and
 * its suspension from the control list, so that a recorded extension or resumption changes the
 * answer with no code change.
 */
public final class ExtraterritorialDeterminer {
  private final ControlList list;
  private final ExtraterritorialRules rules;
  private final MineralClassifier classifier;

  public ExtraterritorialDeterminer(ControlList list, ExtraterritorialRules rules) {
    this.list = list;
    this.rules = rules;
    this.classifier = new MineralClassifier(list, MineralClassifier.Scope.CONTROLLED);
  }

  /** The item asked about. */
  public record Item(
      String name,
      HsCode hsCode,
      String description,
      CountryCode madeIn,
      double valueUsd,
      EndUse endUse,
      List<BomLine> bom) {
    public Item {
      bom = List.copyOf(bom);
      endUse = endUse == null ? EndUse.UNSPECIFIED : endUse;
    }
  }

  public ExtraterritorialDetermination determine(Item item, LocalDate asOf) {
    Measure measure =
        list.measure(rules.measure())
            .orElseThrow(
                () -> new IllegalStateException("the control list has no " + rules.measure()));
    if (item.valueUsd() <= 0) {
      throw new IllegalArgumentException("the item's value must be positive: " + item.valueUsd());
    }
    List<String> notes = new ArrayList<>();
    double controlled = 0;
    List<String> components = new ArrayList<>();
    boolean technology = false;
    for (BomLine line : item.bom()) {
      if (line.technology() != null && rules.technologies().contains(line.technology())) {
        technology = true;
      }
      Optional<String> mineral = classifier.mineral(line.hsCode(), line.description());
      if (mineral.isPresent()
          && rules.contentMinerals().contains(mineral.get())
          && line.origin().equals(CountryCode.CHINA)) {
        controlled += line.valueUsd();
        components.add(
            String.format(
                Locale.ROOT,
                "line %d %s (%s, %s, USD %,.2f)",
                line.lineNo(),
                line.component(),
                line.hsCode(),
                mineral.get(),
                line.valueUsd()));
      }
    }
    double share = controlled / item.valueUsd();
    Optional<String> itemMineral =
        item.hsCode() == null
            ? Optional.empty()
            : classifier.mineral(item.hsCode(), item.description());
    boolean itemListed = itemMineral.map(rules.contentMinerals()::contains).orElse(false);

    List<RuleResult> results = new ArrayList<>();
    ExtraterritorialRules.Rule a = rules.rule("a");
    boolean aMet = itemListed && share >= rules.deMinimisShare();
    results.add(
        result(
            measure,
            a,
            aMet,
            !itemListed
                ? "the item itself is not a listed rare-earth item (HS "
                    + item.hsCode()
                    + "); the fact base reads the rule as reaching listed items only"
                : String.format(
                    Locale.ROOT,
                    "PRC-origin listed rare-earth content %.4f%% of the item's value %s the de"
                        + " minimis %.1f%%",
                    share * 100,
                    share >= rules.deMinimisShare() ? ">=" : "<",
                    rules.deMinimisShare() * 100),
            asOf));
    ExtraterritorialRules.Rule b = rules.rule("b");
    results.add(
        result(
            measure,
            b,
            technology,
            technology
                ? "made with PRC rare-earth technology (a bill-of-materials line names one)"
                : "no PRC rare-earth technology declared",
            asOf));
    ExtraterritorialRules.Rule c = rules.rule("c");
    boolean cMet = itemListed && CountryCode.CHINA.equals(item.madeIn());
    results.add(
        result(
            measure,
            c,
            cMet,
            cMet
                ? "the item is a PRC-origin listed item"
                : "the item is not a PRC-origin listed item",
            asOf));

    MeasureStatus measureStatus = list.status(measure, asOf);
    LocalDate suspendedUntil = null;
    for (Measure m : list.measures()) {
      for (var s : m.suspensions()) {
        if (s.measure().equals(measure.id()) && s.covers(asOf)) {
          suspendedUntil = s.until().orElse(null);
        }
      }
    }
    ExtraterritorialDetermination.Outcome outcome =
        ExtraterritorialDetermination.Outcome.NOT_REQUIRED;
    for (RuleResult r : results) {
      if (!r.met()) {
        continue;
      }
      ExtraterritorialDetermination.Outcome o =
          switch (r.status()) {
            case IN_FORCE ->
                rules.presumptionOfDenialEndUses().contains(item.endUse().name())
                    ? ExtraterritorialDetermination.Outcome.PRESUMPTION_OF_DENIAL
                    : ExtraterritorialDetermination.Outcome.LICENSE_REQUIRED;
            case SUSPENDED -> ExtraterritorialDetermination.Outcome.SUSPENDED;
            case NOT_YET_EFFECTIVE -> ExtraterritorialDetermination.Outcome.NOT_YET_EFFECTIVE;
          };
      // Ordinal order of the enum is gravest first.
      if (o.ordinal() < outcome.ordinal()) {
        outcome = o;
      }
    }
    List<StaleWarning> warnings = new ArrayList<>();
    list.age().warningFor(measure.basis(), asOf).ifPresent(warnings::add);
    list.age().dataAge(asOf).ifPresent(warnings::add);
    if (!rules.contentConfidence().equals("confirmed")) {
      notes.add(
          "Which materials count as listed rare-earth content is "
              + rules.contentConfidence()
              + ": the minerals of the rare-earth items of the control list ("
              + String.join(", ", new java.util.TreeSet<>(rules.contentMinerals()))
              + ").");
    }
    notes.add(
        "The clause each rule is recorded as is unsure: the fact base lists the rules and the"
            + " clauses' dates, not which is which.");
    if (item.bom().stream().anyMatch(l -> !l.origin().equals(CountryCode.CHINA))) {
      notes.add("Origins are as declared in the bill of materials; they are not verified.");
    }
    return new ExtraterritorialDetermination(
        outcome,
        measure.id(),
        measure.basis(),
        asOf,
        item.valueUsd(),
        controlled,
        share,
        rules.deMinimisShare(),
        components,
        results,
        measureStatus.name(),
        suspendedUntil,
        warnings,
        notes);
  }

  private RuleResult result(
      Measure measure,
      ExtraterritorialRules.Rule rule,
      boolean met,
      String reason,
      LocalDate asOf) {
    Clause clause =
        measure
            .clause(rule.clause())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        measure.id()
                            + " has no clause "
                            + rule.clause()
                            + " for rule "
                            + rule.id()));
    return new RuleResult(
        rule.id(),
        rule.text(),
        measure.basis(clause),
        rule.clauseConfidence(),
        met,
        reason,
        list.status(measure, clause, asOf));
  }
}
