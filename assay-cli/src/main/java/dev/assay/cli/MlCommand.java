package dev.assay.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.assay.ingest.Format;
import dev.assay.ml.RankingPipeline;
import dev.assay.ml.data.CsvDatasetReader;
import dev.assay.ml.data.Dataset;
import dev.assay.ml.data.DeclarationRows;
import dev.assay.ml.data.RowProblem;
import dev.assay.ml.evaluation.EvaluationTable;
import dev.assay.ml.evaluation.WindowResult;
import dev.assay.ml.model.RankingModel;
import dev.assay.ml.model.TrainingSettings;
import dev.assay.ml.schema.ColumnRole;
import dev.assay.ml.schema.ColumnSpec;
import dev.assay.ml.schema.DatasetSchema;
import dev.assay.ml.schema.SchemaException;
import dev.assay.risk.Screener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assay ml}: trains and evaluates the learned ranking model (docs/ml.md). */
@Command(
    name = "ml",
    mixinStandardHelpOptions = true,
    description = {
      "The learned ranking model: gradient-boosted trees trained on labelled declarations of any"
          + " CSV described by a schema file, judged on a later period by precision, recall and"
          + " revenue at 1, 2, 5 and 10%% inspected."
    },
    subcommands = {MlCommand.Train.class, MlCommand.Evaluate.class})
final class MlCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  static RankingModel loadModel(Path file) {
    try {
      return RankingModel.load(file);
    } catch (IllegalArgumentException | SchemaException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  /** Options both subcommands read data with. */
  static final class DataOptions {
    @Option(
        names = "--data",
        required = true,
        paramLabel = "FILE",
        description = "The labelled rows: any CSV with a header, or Assay's declaration contract.")
    Path data;

    @Option(
        names = "--schema",
        paramLabel = "FILE",
        description =
            "The dataset schema (YAML; docs/ml.md). Default: Assay's own declaration contract.")
    Path schema;

    @Option(
        names = "--truth",
        paramLabel = "FILE",
        description =
            "Judge by the labels of this CSV (the schema's id and label columns, e.g. the"
                + " simulator's truth file); training and features still see only --data's.")
    Path truth;

    /** For Assay's contract: the screening whose findings become features, as `screen` has it. */
    @Mixin ScreeningOptions screening;

    Map<String, Integer> truth(DatasetSchema schema) {
      if (truth == null) {
        return null;
      }
      ColumnSpec id =
          schema
              .column(ColumnRole.ID)
              .orElseThrow(
                  () -> new UserInputException("--truth needs an id column in the schema"));
      ColumnSpec label = schema.column(ColumnRole.LABEL).orElseThrow();
      Map<String, Integer> labels = new HashMap<>();
      try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(truth)) {
        for (NamedCsvRecord r : csv) {
          String value =
              r.findField(label.name())
                  .orElseThrow(() -> new UserInputException(truth + ": no column " + label.name()))
                  .strip()
                  .toLowerCase(Locale.ROOT);
          int l = label.positive().contains(value) ? 1 : label.negative().contains(value) ? 0 : -1;
          labels.put(r.findField(id.name()).orElse(""), l);
        }
      } catch (IOException e) {
        throw new UserInputException("cannot read " + truth + ": " + e.getMessage(), e);
      }
      return labels;
    }

    DatasetSchema loadSchema() {
      try {
        return schema == null ? DatasetSchema.assayContract() : DatasetSchema.load(schema);
      } catch (SchemaException e) {
        throw new UserInputException(schema + ": " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new UserInputException("cannot read schema " + schema + ": " + e.getCause(), e);
      }
    }

    Dataset read(DatasetSchema s, CommandSpec spec) {
      if (!Files.isRegularFile(data)) {
        throw new UserInputException("no such file: " + data);
      }
      try {
        if (s.format().equals("assay")) {
          Screener screener = screening.setup(screening.configuration(), spec, true).screener();
          return DeclarationRows.read(data, Format.detect(data), screener, s);
        }
        return CsvDatasetReader.read(data, s);
      } catch (SchemaException e) {
        throw new UserInputException(e.getMessage(), e);
      }
    }
  }

  static void report(PrintWriter err, Dataset d) {
    for (String line : d.report().describe()) {
      err.println("assay ml: " + line);
    }
    int shown = 0;
    for (RowProblem p : d.report().firstProblems()) {
      if (shown++ < 10) {
        err.println("  " + p.describe());
      }
    }
    err.flush();
  }

  @Command(
      name = "train",
      mixinStandardHelpOptions = true,
      description = {
        "Trains the ranking model: features from strictly earlier rows only, trees trained on the"
            + " first 60%% of days, stopped early on the next 20%%, judged on the last 20%% against"
            + " the schema's baseline. Writes the model file and prints the test metrics."
      })
  static final class Train implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions options;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file.")
    Path out;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the metrics as JSON.")
    Path json;

    @Option(
        names = "--seed",
        defaultValue = "7",
        description = "Seed of the trees (${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--rounds",
        defaultValue = "300",
        description = "Most trees; early stopping usually ends sooner (${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() {
      PrintWriter out2 = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      long started = System.nanoTime();
      DatasetSchema schema = options.loadSchema();
      Dataset data = options.read(schema, spec);
      report(err, data);
      long read = System.nanoTime();
      var pipeline =
          new RankingPipeline(TrainingSettings.defaults().withSeed(seed).withRounds(rounds));
      RankingPipeline.Trained trained;
      try {
        trained = pipeline.train(data, options.truth(schema));
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage(), e);
      }
      trained.model().save(out);
      out2.print(EvaluationTable.render(List.of(trained.test()), baselineName(schema)));
      out2.flush();
      out2.printf(
          Locale.ROOT,
          "model %s: %d trees, %d features, trained %s..%s; written to %s%n",
          trained.model().version(),
          trained.model().forest().size(),
          trained.model().features().size(),
          trained.model().trainedFrom(),
          trained.model().trainedTo(),
          out);
      err.printf(
          Locale.ROOT,
          "assay ml: read%s in %.1f s, features in %.1f s, trees in %.1f s%n",
          schema.format().equals("assay") ? " and screened" : "",
          (read - started) / 1e9,
          trained.encodeSeconds(),
          trained.fitSeconds());
      if (json != null) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("model", trained.model().version());
        node.set("test", trained.test().toJson());
        ReportJson.write(json, node);
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description = {
        "Backtests the method with rolling windows (--windows N: the last half of the days in N"
            + " periods, each judged by a model trained on everything before it), or judges a"
            + " saved model (--model) on the rows after its data ends.",
        "--truth takes the labels for the metrics from another CSV (the simulator's truth file),"
            + " while the features learn only from the labels in --data."
      })
  static final class Evaluate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions options;

    @Option(names = "--model", paramLabel = "MODEL", description = "A model from assay ml train.")
    Path model;

    @Option(
        names = "--windows",
        defaultValue = "3",
        description = "Rolling windows without --model (${DEFAULT-VALUE}).")
    int windows;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path json;

    @Option(
        names = "--seed",
        defaultValue = "7",
        description = "Seed of the trees (${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      RankingModel loaded = model == null ? null : loadModel(model);
      DatasetSchema schema = loaded == null ? options.loadSchema() : loaded.schema();
      Dataset data = options.read(schema, spec);
      report(err, data);
      List<WindowResult> results;
      try {
        if (loaded != null) {
          Map<String, Long> unseen = new java.util.LinkedHashMap<>();
          results = List.of(RankingPipeline.evaluate(loaded, data, options.truth(schema), unseen));
          if (!unseen.isEmpty()) {
            err.println(
                "assay ml: rows with a value the model's history never saw (scored with the"
                    + " overall rate): "
                    + unseen);
          }
        } else {
          if (options.truth != null) {
            throw new UserInputException("--truth needs --model (or use it with assay ml train)");
          }
          results =
              new RankingPipeline(TrainingSettings.defaults().withSeed(seed))
                  .backtest(data, windows);
        }
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage(), e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(EvaluationTable.render(results, baselineName(schema)));
      out.flush();
      if (json != null) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (loaded != null) {
          node.put("model", loaded.version());
        }
        ArrayNode list = node.putArray("windows");
        results.forEach(w -> list.add(w.toJson()));
        ReportJson.write(json, node);
      }
      return ExitCodes.OK;
    }
  }

  private static String baselineName(DatasetSchema schema) {
    return schema.baseline() == null ? "baseline" : schema.baseline();
  }
}
