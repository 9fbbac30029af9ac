package dev.assay.cli;

import dev.assay.intelligence.supply.DisruptionEstimate;
import dev.assay.intelligence.supply.DisruptionModel;
import dev.assay.intelligence.supply.DisruptionParameters;
import dev.assay.intelligence.supply.Parameter;
import dev.assay.intelligence.supply.SupplyShare;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assay supply}: production shares and the cost of a supply disruption. */
@Command(
    name = "supply",
    mixinStandardHelpOptions = true,
    description = {
      "Supply impact: China's and others' production and refining shares by mineral (shipped data"
          + " with sources), and a one-year estimate of what cutting China's net exports of a"
          + " mineral costs the United States (price shock x dependence -> loss), with its"
          + " parameters and their sensitivity. Method and assumptions: docs/intelligence.md."
    })
final class SupplyCommand implements Callable<Integer> {
  enum View {
    shares,
    estimate,
    sensitivity,
    parameters
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--view",
      defaultValue = "estimate",
      description = "shares, estimate (default), sensitivity or parameters.")
  View view;

  @Option(names = "--mineral", paramLabel = "NAME", description = "One mineral only.")
  String mineral;

  @Option(
      names = "--cut",
      split = ",",
      paramLabel = "SHARE",
      description =
          "Share(s) of China's net exports withheld, 0..1 (default: 0.25,0.5,0.75,1; sensitivity: 1).")
  List<Double> cuts;

  @Option(
      names = "--set",
      split = ",",
      paramLabel = "NAME=VALUE",
      description = "Override parameters, such as value_multiplier=300,demand_elasticity=-0.5.")
  Map<String, Double> overrides;

  @Mixin TabularOutput output;

  @Override
  public Integer call() {
    output.check();
    PrintWriter out = spec.commandLine().getOut();
    Map<String, DisruptionParameters> all = DisruptionParameters.bundled();
    if (mineral != null && view != View.shares && !all.containsKey(mineral)) {
      throw new UserInputException(
          "no disruption parameters for '" + mineral + "' (have " + all.keySet() + ")");
    }
    List<DisruptionParameters> chosen = new ArrayList<>();
    for (DisruptionParameters p : all.values()) {
      if (mineral == null || mineral.equals(p.mineral())) {
        chosen.add(override(p));
      }
    }
    switch (view) {
      case shares -> shares(out);
      case parameters -> parameters(out, chosen);
      case estimate -> estimate(out, chosen, cuts == null ? List.of(0.25, 0.5, 0.75, 1.0) : cuts);
      case sensitivity -> sensitivity(out, chosen, cuts == null ? 1.0 : cuts.getFirst());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private DisruptionParameters override(DisruptionParameters p) {
    if (overrides == null) {
      return p;
    }
    for (Map.Entry<String, Double> e : overrides.entrySet()) {
      if (!DisruptionParameters.NAMES.contains(e.getKey())) {
        throw new UserInputException(
            "--set: unknown parameter '"
                + e.getKey()
                + "' (have "
                + DisruptionParameters.NAMES
                + ")");
      }
      p = p.with(e.getKey(), e.getValue());
    }
    return p;
  }

  private void shares(PrintWriter out) {
    List<SupplyShare> shares =
        SupplyShare.bundled().stream()
            .filter(s -> mineral == null || mineral.equals(s.mineral()))
            .toList();
    output.write(
        out,
        shares,
        List.of(
            "mineral",
            "stage",
            "country",
            "share",
            "year",
            "world_total_t",
            "source",
            "confidence"),
        s ->
            new Object[] {
              s.mineral(),
              s.stage(),
              s.country(),
              output.cell(s.share(), TabularOutput::share),
              s.year(),
              s.worldTotalT().isPresent()
                  ? output.cell(s.worldTotalT().getAsDouble(), TabularOutput::number)
                  : "",
              s.source(),
              s.confidence()
            });
  }

  private void parameters(PrintWriter out, List<DisruptionParameters> chosen) {
    if (output.json) {
      TabularOutput.writeJson(out, chosen);
      return;
    }
    TabularOutput.Table t =
        new TabularOutput.Table(
            List.of(
                "mineral", "parameter", "value", "low", "high", "unit", "source", "confidence"));
    for (DisruptionParameters d : chosen) {
      for (Parameter p : d.list()) {
        t.add(
            d.mineral(),
            p.name(),
            p.value(),
            p.low(),
            p.high(),
            p.unit(),
            p.source(),
            p.confidence());
      }
    }
    output.print(out, t);
  }

  private void estimate(PrintWriter out, List<DisruptionParameters> chosen, List<Double> cutList) {
    List<DisruptionEstimate> estimates = new ArrayList<>();
    for (DisruptionParameters p : chosen) {
      for (double cut : cutList) {
        estimates.add(estimate(p, cut));
      }
    }
    output.write(
        out,
        estimates,
        List.of(
            "mineral",
            "cut",
            "price_shock",
            "rationed",
            "shortfall",
            "us_shortfall_t",
            "price_cost_usd",
            "output_loss_usd",
            "loss_usd"),
        e ->
            new Object[] {
              e.mineral(),
              output.cell(e.cut(), TabularOutput::share),
              output.cell(e.priceShock(), TabularOutput::percent),
              e.rationed(),
              output.cell(e.shortfall(), TabularOutput::share),
              output.cell(e.targetShortfallT(), t1 -> String.format(Locale.ROOT, "%,.1f", t1)),
              output.cell(e.priceCostUsd(), SupplyCommand::money),
              output.cell(e.outputLossUsd(), SupplyCommand::money),
              output.cell(e.lossUsd(), SupplyCommand::money)
            });
    if (output.readable()) {
      out.println(
          "Target economy: United States; one year; parameters and sources: assay supply --view"
              + " parameters; many are ASSUMPTIONS (see --view sensitivity).");
    }
  }

  private DisruptionEstimate estimate(DisruptionParameters p, double cut) {
    try {
      return DisruptionModel.estimate(p, cut);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  private void sensitivity(PrintWriter out, List<DisruptionParameters> chosen, double cut) {
    List<Map<String, Object>> json = new ArrayList<>();
    TabularOutput.Table t =
        new TabularOutput.Table(
            List.of(
                "mineral",
                "parameter",
                "low",
                "high",
                "loss_at_low_usd",
                "loss_at_high_usd",
                "source",
                "confidence"));
    for (DisruptionParameters p : chosen) {
      DisruptionEstimate base = estimate(p, cut);
      t.add(
          p.mineral(),
          "(as shipped)",
          "",
          "",
          output.cell(base.lossUsd(), SupplyCommand::money),
          output.cell(base.lossUsd(), SupplyCommand::money),
          "",
          "");
      List<DisruptionModel.Sensitivity> rows = DisruptionModel.sensitivity(p, cut);
      for (DisruptionModel.Sensitivity s : rows) {
        t.add(
            p.mineral(),
            s.parameter(),
            s.low(),
            s.high(),
            output.cell(s.lossAtLow(), SupplyCommand::money),
            output.cell(s.lossAtHigh(), SupplyCommand::money),
            s.source(),
            s.confidence());
      }
      json.add(Map.of("mineral", p.mineral(), "cut", cut, "base", base, "sensitivity", rows));
    }
    if (output.json) {
      TabularOutput.writeJson(out, json);
    } else {
      output.print(out, t);
    }
  }

  private static String money(double usd) {
    if (Math.abs(usd) >= 1e9) {
      return String.format(Locale.ROOT, "%.2fbn", usd / 1e9);
    }
    return String.format(Locale.ROOT, "%.1fm", usd / 1e6);
  }
}
