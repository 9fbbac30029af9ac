package dev.assay.rules;

import dev.assay.lexicon.Lookalikes;
import dev.assay.lexicon.MineralLexicon;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Raises the finding of every analyst rule in force on the declaration's as-of date whose
 * expression holds. Reads the rule book through a supplier on every declaration, so a reloaded book
 * takes effect from the next declaration while the history learned so far is kept. A rule that
 * fails to evaluate counts as not matched; the failure is counted and reported once per rule. See
 * docs/rules.md.
 */
public final class RuleDetector implements Detector {
  private final Supplier<RuleBook> rules;
  private final Consumer<RuleFailure> firstFailures;
  private final MineralLexicon lexicon;
  private final Lookalikes lookalikes;
  private final History history = new History();
  private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  /**
   * @param rules the book in force now, read once per declaration
   * @param firstFailures told of the first failure of each rule (by id)
   */
  public RuleDetector(Supplier<RuleBook> rules, Consumer<RuleFailure> firstFailures) {
    this(rules, firstFailures, MineralLexicon.bundled(), Lookalikes.bundled());
  }

  public RuleDetector(
      Supplier<RuleBook> rules,
      Consumer<RuleFailure> firstFailures,
      MineralLexicon lexicon,
      Lookalikes lookalikes) {
    this.rules = rules;
    this.firstFailures = firstFailures;
    this.lexicon = lexicon;
    this.lookalikes = lookalikes;
  }

  /**
   * Nominal only: each rule names its own finding code, and the findings carry it. Profile anomaly
   * is the code most analyst rules ("unlike what we have seen") fall under.
   */
  @Override
  public FindingCode code() {
    return FindingCode.PROFILE_ANOMALY;
  }

  @Override
  public void inspect(EnrichedDeclaration declaration, Consumer<Finding> findings) {
    History.Reading seen =
        history.readThenRecord(declaration.declaration(), anyControlled(declaration));
    LocalDate asOf = declaration.asOf();
    RuleFacts facts = null;
    for (RuleBook.CompiledRule compiled : rules.get().compiled()) {
      Rule rule = compiled.rule();
      if (!rule.inForceOn(asOf)) {
        continue;
      }
      if (facts == null) {
        facts = new RuleFacts(declaration, seen, lexicon, lookalikes);
      }
      if (holds(compiled, facts, declaration)) {
        findings.accept(finding(rule, declaration));
      }
    }
  }

  private boolean holds(
      RuleBook.CompiledRule compiled, RuleFacts facts, EnrichedDeclaration declaration) {
    try {
      return Boolean.TRUE.equals(compiled.program().eval(facts));
    } catch (Exception | StackOverflowError e) {
      String id = compiled.rule().id();
      failures.computeIfAbsent(id, k -> new LongAdder()).increment();
      if (reported.add(id)) {
        firstFailures.accept(
            new RuleFailure(id, declaration.declaration().id(), firstLine(e.getMessage())));
      }
      return false;
    }
  }

  private static String firstLine(String message) {
    return message == null ? "(no message)" : message.lines().findFirst().orElse("");
  }

  private static boolean anyControlled(EnrichedDeclaration declaration) {
    for (var determination : declaration.determinations()) {
      if (determination.controlled()) {
        return true;
      }
    }
    return false;
  }

  private static Finding finding(Rule rule, EnrichedDeclaration declaration) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("rule", rule.id());
    evidence.put("expression", rule.expression());
    evidence.put("as_of", declaration.asOf().toString());
    return new Finding(
        rule.code(),
        rule.severity(),
        OptionalInt.empty(),
        rule.description(),
        evidence,
        rule.basis());
  }

  /** How often each rule failed to evaluate so far, by rule id. */
  public Map<String, Long> failureCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    failures.forEach((id, n) -> counts.put(id, n.sum()));
    return counts;
  }
}
