package dev.assay.rules;

import dev.assay.controllist.AppliedMeasure;
import dev.assay.controllist.ControlledItem;
import dev.assay.controllist.Determination;
import dev.assay.declaration.GoodsLine;
import dev.assay.lexicon.Lookalike;
import dev.assay.lexicon.Lookalikes;
import dev.assay.lexicon.MineralLexicon;
import dev.assay.lexicon.MineralMention;
import dev.assay.risk.EnrichedDeclaration;
import dev.cel.runtime.CelVariableResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules see of one declaration: the variables {@code declaration}, {@code lines} and
 * {@code history}, built only when an expression first reads them, once for all rules.
 */
final class RuleFacts implements CelVariableResolver {
  final EnrichedDeclaration enriched;
  final History.Reading history;
  private final MineralLexicon lexicon;
  private final Lookalikes lookalikes;
  private Optional<Object> declarationView;
  private Optional<Object> lineViews;
  private Optional<Object> historyView;

  RuleFacts(
      EnrichedDeclaration enriched,
      History.Reading history,
      MineralLexicon lexicon,
      Lookalikes lookalikes) {
    this.enriched = enriched;
    this.history = history;
    this.lexicon = lexicon;
    this.lookalikes = lookalikes;
  }

  @Override
  public Optional<Object> find(String name) {
    return switch (name) {
      case RuleVariables.DECLARATION -> {
        if (declarationView == null) {
          declarationView = Optional.of(new FactView<>(RuleVariables.DECLARATION_FIELDS, this));
        }
        yield declarationView;
      }
      case RuleVariables.LINES -> {
        if (lineViews == null) {
          int n = enriched.declaration().lines().size();
          List<Object> views = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            views.add(new FactView<>(RuleVariables.LINE_FIELDS, new LineFacts(this, i)));
          }
          lineViews = Optional.of(views);
        }
        yield lineViews;
      }
      case RuleVariables.HISTORY -> {
        if (historyView == null) {
          historyView = Optional.of(new FactView<>(RuleVariables.HISTORY_FIELDS, history));
        }
        yield historyView;
      }
      default -> Optional.empty();
    };
  }

  /** The mineral families of the controlled lines, each once, in line order. */
  List<String> controlledMinerals() {
    Set<String> minerals = new LinkedHashSet<>();
    for (int i = 0; i < enriched.determinations().size(); i++) {
      mineral(enriched.determination(i)).ifPresent(minerals::add);
    }
    return List.copyOf(minerals);
  }

  /** The ids of the measures applied to any line, each once. */
  List<String> measureIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (Determination d : enriched.determinations()) {
      d.measures().forEach(m -> ids.add(m.measure().id()));
    }
    return List.copyOf(ids);
  }

  long controlledLines() {
    long n = 0;
    for (Determination d : enriched.determinations()) {
      n += d.controlled() ? 1 : 0;
    }
    return n;
  }

  double controlledSum(boolean value) {
    double sum = 0;
    for (int i = 0; i < enriched.determinations().size(); i++) {
      if (enriched.determination(i).controlled()) {
        GoodsLine line = enriched.line(i);
        sum += value ? line.valueUsd() : line.netWeightKg();
      }
    }
    return sum;
  }

  static Optional<String> mineral(Determination determination) {
    return determination.decisive().flatMap(AppliedMeasure::item).map(ControlledItem::mineral);
  }

  /** One goods line with its determination, as a rule's {@code lines} element reads it. */
  record LineFacts(RuleFacts owner, int index) {
    GoodsLine line() {
      return owner.enriched.line(index);
    }

    Determination determination() {
      return owner.enriched.determination(index);
    }

    List<String> measureIds() {
      return determination().measures().stream().map(m -> m.measure().id()).distinct().toList();
    }

    List<String> namedMinerals() {
      return owner.lexicon.find(line().description()).stream()
          .map(MineralMention::mineral)
          .distinct()
          .toList();
    }

    List<String> lookalikeOf() {
      return owner.lookalikes.find(line().hsCode()).map(Lookalike::minerals).orElse(List.of());
    }
  }
}
