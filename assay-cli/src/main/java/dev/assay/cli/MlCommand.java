package dev.assay.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.assay.ingest.Format;
import dev.assay.ml.Protocol;
import dev.assay.ml.RankingPipeline;
import dev.assay.ml.data.CsvDatasetReader;
import dev.assay.ml.data.Dataset;
import dev.assay.ml.data.DeclarationRows;
import dev.assay.ml.data.RowProblem;
import dev.assay.ml.evaluation.EvaluationTable;
import dev.assay.ml.evaluation.UnseenValues;
import dev.assay.ml.evaluation.WindowResult;
import dev.assay.ml.model.RankingModel;
import dev.assay.ml.model.TrainingSettings;
import dev.assay.ml.schema.ColumnRole;
import dev.assay.ml.schema.ColumnSpec;
import dev.assay.ml.schema.DatasetSchema;
import dev.assay.ml.schema.SchemaException;
import dev.assay.ml.scoring.RowScorer;
import dev.assay.risk.Screener;
import dev.assay.store.Database;
import dev.assay.store.LabelledDeclarations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
    subcommands = {MlCommand.Train.class, MlCommand.Evaluate.class, MlCommand.Score.class})
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
        paramLabel = "FILE",
        description =
            "The labelled rows: any CSV with a header, or Assay's declaration contract. Without"
                + " it, --db URL (or ASSAY_DB_URL): the declarations the web application screened,"
                + " labelled by the inspection outcomes its cases recorded.")
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

    /**
     * For Assay's contract: the screening whose findings become features, as `screen` has it. Left
     * out of the help's option list (they do not apply to a schema CSV); the help names them.
     */
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

    /**
     * The schema given with --schema, checked against the one a model was trained with: a model
     * carries its schema, and a different one given beside it (another date format, say) would
     * otherwise pass unnoticed.
     */
    void checkAgainst(RankingModel model) {
      if (schema == null) {
        return;
      }
      List<String> differences = loadSchema().differences(model.schema());
      if (!differences.isEmpty()) {
        throw new UserInputException(
            "--schema "
                + schema
                + " is not the schema model "
                + model.version()
                + " was trained with: "
                + String.join("; ", differences)
                + " (given against the model's). Leave --schema out: the model carries its own.");
      }
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
      if (data == null) {
        return readDatabase(s, spec);
      }
      return read(s, spec, data);
    }

    /**
     * The web application's screened declarations with their recorded outcomes as labels, read from
     * the database and screened here in the order declared (what-if: no drawdowns).
     */
    Dataset readDatabase(DatasetSchema s, CommandSpec spec) {
      DatabaseOptions db = screening.licenseSource.db;
      if (!db.given()) {
        throw new UserInputException(
            "give --data FILE, or --db URL (or ASSAY_DB_URL) to learn from the outcomes recorded"
                + " in the web application's database");
      }
      if (!s.format().equals("assay")) {
        throw new UserInputException(
            "--db reads Assay's own declarations: leave --schema out or give the contract schema");
      }
      Database database = db.open();
      Screener screener = screening.setup(screening.configuration(), spec, true).screener();
      LabelledDeclarations.Summary[] summary = new LabelledDeclarations.Summary[1];
      Dataset dataset =
          DeclarationRows.read(
              listener -> summary[0] = LabelledDeclarations.read(database, listener), screener, s);
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "Read %,d declarations from %s, %,d labelled by recorded inspection outcomes%n",
          summary[0].declarations(), database.url(), summary[0].labelled());
      err.flush();
      if (summary[0].labelled() == 0) {
        throw new UserInputException(
            "no recorded inspection outcome in " + database.url() + ": nothing to learn from");
      }
      return dataset;
    }

    Dataset read(DatasetSchema s, CommandSpec spec, Path data) {
      if (!Files.isRegularFile(data)) {
        throw new UserInputException("no such file: " + data);
      }
      if (s.format().equals("assay") && schema == null) {
        requireContract(data);
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

  /**
   * Without --schema the data must be Assay's declaration contract; a CSV of another shape gets
   * pointed at --schema instead of failing on the contract's first missing field.
   */
  static void requireContract(Path data) {
    if (Format.detect(data) != Format.CSV) {
      return;
    }
    List<String> header;
    try (CsvReader<de.siegmar.fastcsv.reader.CsvRecord> csv =
        CsvReader.builder().ofCsvRecord(data)) {
      var first = csv.stream().findFirst();
      header = first.isEmpty() ? List.of() : first.get().getFields();
    } catch (IOException | UncheckedIOException e) {
      throw new UserInputException("cannot read " + data + ": " + e.getMessage(), e);
    }
    List<String> needed = List.of("declaration_id", "declared_at", "hs_code");
    List<String> lacking = needed.stream().filter(c -> !header.contains(c)).toList();
    if (!lacking.isEmpty()) {
      throw new UserInputException(
          data
              + " is not Assay's declaration contract (its header lacks "
              + String.join(", ", lacking)
              + "). For a CSV of another shape, say what its columns mean with --schema FILE"
              + " (docs/ml.md, example: examples/ml-schema.yaml).");
    }
  }

  /**
   * The help's option list without the screening options, which apply only to Assay's own contract:
   * a user of a schema CSV would otherwise wade through twenty options that do nothing for them.
   * One line names them instead; they still parse.
   */
  public static final class ContractOptionsFolded implements picocli.CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      spec.usageMessage()
          .sectionMap()
          .put(
              picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
              MlCommand::options);
      return spec;
    }
  }

  static String options(picocli.CommandLine.Help help) {
    CommandSpec command = help.commandSpec();
    java.util.Set<picocli.CommandLine.Model.OptionSpec> screening =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    CommandSpec data = command.mixins().get("options");
    if (data != null && data.mixins().get("screening") != null) {
      screening.addAll(data.mixins().get("screening").options());
    }
    List<picocli.CommandLine.Model.OptionSpec> shown =
        command.options().stream().filter(o -> !screening.contains(o) && !o.hidden()).toList();
    String list =
        help.optionListExcludingGroups(
            shown,
            help.createDefaultLayout(),
            picocli.CommandLine.Help.createShortOptionArityAndNameComparator(),
            help.parameterLabelRenderer());
    if (screening.isEmpty()) {
      return list;
    }
    return list
        + String.format(
            Locale.ROOT,
            "Without --schema (Assay's declaration contract), the declarations are screened first"
                + " and the options of screening apply too (--licenses, --control-list, --rules,"
                + " --scoring, ...: see assay help screen).%n");
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

  /** The tree settings, each with its default in the help. */
  static final class TreeOptions {
    @Option(
        names = "--seed",
        defaultValue = "7",
        description = "Seed of the trees (${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = {"--rounds", "--max-rounds"},
        defaultValue = "1000",
        description = "Most trees; early stopping usually ends sooner (${DEFAULT-VALUE}).")
    int rounds;

    @Option(
        names = "--patience",
        defaultValue = "50",
        description =
            "Stop when the validation AUC has not improved for this many rounds (${DEFAULT-VALUE}).")
    int patience;

    @Option(
        names = "--learning-rate",
        defaultValue = "0.05",
        description = "Shrinkage of each tree (${DEFAULT-VALUE}).")
    double learningRate;

    @Option(
        names = "--depth",
        defaultValue = "6",
        description = "Depth of each tree (${DEFAULT-VALUE}).")
    int depth;

    @Option(
        names = "--min-child-weight",
        defaultValue = "1",
        description = "Least weight of rows a leaf may hold (${DEFAULT-VALUE}).")
    double minChildWeight;

    @Option(
        names = "--subsample",
        defaultValue = "0.8",
        description = "Share of rows each tree sees (${DEFAULT-VALUE}).")
    double subsample;

    @Option(
        names = "--colsample",
        defaultValue = "0.8",
        description = "Share of features each tree sees (${DEFAULT-VALUE}).")
    double colsample;

    @Option(
        names = "--no-refit",
        description =
            "Keep the early-stopped trees instead of growing as many again on every labelled row"
                + " up to the test period (training and validation together).")
    boolean noRefit;

    TrainingSettings settings() {
      try {
        return new TrainingSettings(
            rounds,
            patience,
            depth,
            learningRate,
            subsample,
            colsample,
            seed,
            TrainingSettings.defaults().threads(),
            minChildWeight,
            !noRefit);
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage(), e);
      }
    }
  }

  @Command(
      name = "train",
      mixinStandardHelpOptions = true,
      modelTransformer = ContractOptionsFolded.class,
      abbreviateSynopsis = true,
      description = {
        "Trains the ranking model: features from strictly earlier rows only; trees fitted on the"
            + " training period (--train-until, default the first 60%% of days), stopped early on"
            + " the validation period (--valid-until or --valid FILE, default the next 20%%),"
            + " then refitted with the chosen number of trees on every labelled row up to the test"
            + " period (--no-refit to keep the early-stopped trees), and judged on the test period"
            + " (the rows after the validation period) against the schema's baseline. Writes the"
            + " model file (settings and periods recorded in it) and prints the metrics."
      })
  static final class Train implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions options;
    @Mixin TreeOptions trees;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file.")
    Path out;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the metrics as JSON.")
    Path json;

    @Option(
        names = "--train-until",
        paramLabel = "DATE",
        description = "Last day (YYYY-MM-DD) of the period the trees are fitted on.")
    LocalDate trainUntil;

    @Option(
        names = "--valid-until",
        paramLabel = "DATE",
        description =
            "Last day of the validation period (early stopping, --tune); later rows are the test"
                + " period. Without it, every row after --train-until validates.")
    LocalDate validUntil;

    @Option(
        names = "--valid",
        paramLabel = "FILE",
        description =
            "Validation rows from another file of the same schema, all after --data's; --data is"
                + " then the training period and there is no test period.")
    Path valid;

    @Option(
        names = "--strict",
        description =
            "The test period's labels never join the histories its features come from (as if its"
                + " outcomes were not known yet).")
    boolean strict;

    @Option(
        names = "--tune",
        description =
            "Try 12 tree settings (depth 4/6/8, learning rate 0.05/0.1, min child weight 1/5) on"
                + " the validation period and keep the best by precision in the top 5 percent.")
    boolean tune;

    @Override
    public Integer call() {
      PrintWriter out2 = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      long started = System.nanoTime();
      DatasetSchema schema = options.loadSchema();
      Dataset data = options.read(schema, spec);
      report(err, data);
      Dataset validRows = null;
      if (valid != null) {
        validRows = options.read(schema, spec, valid);
        report(err, validRows);
      }
      long read = System.nanoTime();
      var pipeline = new RankingPipeline(trees.settings());
      RankingPipeline.Trained trained;
      try {
        Protocol protocol = new Protocol(trainUntil, validUntil, validRows, strict, tune);
        trained = pipeline.train(data, protocol, options.truth(schema));
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage(), e);
      }
      trained.model().save(out);
      for (RankingPipeline.Tried t : trained.tuning()) {
        out2.printf(
            Locale.ROOT,
            "tune: depth %d, learning rate %.2f, min child weight %.0f: %d trees, validation AUC"
                + " %.3f, P@5%% %.3f%s%n",
            t.settings().maxDepth(),
            t.settings().learningRate(),
            t.settings().minChildWeight(),
            t.rounds(),
            t.validation().auc(),
            t.validation().at(0.05).precision(),
            t.settings().equals(trained.settings()) ? "  <- chosen" : "");
      }
      List<WindowResult> shown = new java.util.ArrayList<>();
      if (trained.validation() != null) {
        shown.add(trained.validation());
      }
      if (trained.test() != null) {
        shown.add(trained.test());
      }
      out2.print(EvaluationTable.render(shown, baselineName(schema)));
      out2.flush();
      out2.printf(
          Locale.ROOT,
          "model %s: %d trees (%s), %d features, trained %s..%s; written to %s%n",
          trained.model().version(),
          trained.model().forest().size(),
          trained.model().training().path("refit").asBoolean()
              ? "refitted on training and validation"
              : "early-stopped on validation",
          trained.model().features().size(),
          trained.model().trainedFrom(),
          trained.model().trainedTo(),
          out);
      if (trained.test() == null) {
        out2.println("no test period: the model is judged on the validation period only");
      }
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
        node.set("training", trained.model().training());
        if (trained.validation() != null) {
          node.set("validation", trained.validation().toJson());
        }
        if (trained.test() != null) {
          node.set("test", trained.test().toJson());
        }
        if (!trained.tuning().isEmpty()) {
          ArrayNode list = node.putArray("tuning");
          for (RankingPipeline.Tried t : trained.tuning()) {
            ObjectNode o = list.addObject();
            o.set("settings", t.settings().toJson());
            o.put("rounds", t.rounds());
            o.set("validation", t.validation().toJson());
          }
        }
        ReportJson.write(json, node);
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      modelTransformer = ContractOptionsFolded.class,
      abbreviateSynopsis = true,
      description = {
        "Backtests the method with rolling windows (--windows N: the last half of the days in N"
            + " periods, each judged by a model trained on everything before it), or judges a"
            + " saved model (--model) on the rows after its data ends.",
        "--truth takes the labels for the metrics from another CSV (the simulator's truth file),"
            + " while the features learn only from the labels in --data.",
        "--strict (with --model) never learns the evaluated period's labels: each row is scored as"
            + " if no outcome of that period were known yet, as published baselines are judged."
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
        names = "--strict",
        description =
            "With --model: never learn the evaluated rows' labels (the histories stay as the model"
                + " left them, apart from counts of rows seen).")
    boolean strict;

    @Mixin TreeOptions trees;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      RankingModel loaded = model == null ? null : loadModel(model);
      if (loaded != null) {
        options.checkAgainst(loaded);
      } else if (strict) {
        throw new UserInputException("--strict needs --model (a backtest never sees later labels)");
      }
      DatasetSchema schema = loaded == null ? options.loadSchema() : loaded.schema();
      Dataset data = options.read(schema, spec);
      report(err, data);
      List<WindowResult> results;
      try {
        if (loaded != null) {
          Map<String, Long> unseen = new java.util.LinkedHashMap<>();
          results =
              List.of(
                  RankingPipeline.evaluate(loaded, data, options.truth(schema), unseen, strict));
          if (!unseen.isEmpty()) {
            err.println(
                "assay ml: rows with a value the model's history never saw (scored with the"
                    + " overall rate): "
                    + UnseenValues.describe(unseen));
          }
        } else {
          if (options.truth != null) {
            throw new UserInputException("--truth needs --model (or use it with assay ml train)");
          }
          results = new RankingPipeline(trees.settings()).backtest(data, windows);
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
          node.putObject("model_training_period")
              .put("from", loaded.trainedFrom().toString())
              .put("to", loaded.trainedTo().toString());
          node.set("training", loaded.training());
          node.put("strict", strict);
        }
        ArrayNode list = node.putArray("windows");
        results.forEach(w -> list.add(w.toJson()));
        ReportJson.write(json, node);
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "score",
      mixinStandardHelpOptions = true,
      modelTransformer = ContractOptionsFolded.class,
      abbreviateSynopsis = true,
      description = {
        "Scores the rows of a CSV with a saved model and writes one line per row: id, date,"
            + " probability and the features that moved its score most (log-odds, positive towards"
            + " a violation). Rows on or before the last day of the model's data are skipped; the"
            + " scored rows' labels are never learned, so each score is what the model would have"
            + " said without knowing the outcomes of the scored period."
      })
  static final class Score implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--model",
        required = true,
        paramLabel = "MODEL",
        description = "A model from assay ml train.")
    Path model;

    @Mixin DataOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Scores CSV.")
    Path out;

    @Option(
        names = "--top",
        defaultValue = "3",
        description = "Contributing features per row (${DEFAULT-VALUE}; 0 for none).")
    int top;

    @Override
    public Integer call() {
      if (top < 0) {
        throw new UserInputException("--top must be 0 or more, got " + top);
      }
      if (options.truth != null) {
        throw new UserInputException("--truth is for evaluate; score writes the scores only");
      }
      RankingModel loaded = loadModel(model);
      options.checkAgainst(loaded);
      Dataset data = options.read(loaded.schema(), spec);
      PrintWriter err = spec.commandLine().getErr();
      report(err, data);
      List<String> header = new java.util.ArrayList<>(List.of("id", "date", "probability"));
      for (int i = 1; i <= top; i++) {
        header.add("feature_" + i);
        header.add("contribution_" + i);
      }
      RowScorer.Summary summary;
      try (de.siegmar.fastcsv.writer.CsvWriter csv =
          de.siegmar.fastcsv.writer.CsvWriter.builder().build(out)) {
        csv.writeRecord(header);
        summary =
            RowScorer.score(
                loaded,
                data,
                top,
                row -> {
                  List<String> fields = new java.util.ArrayList<>();
                  fields.add(row.id());
                  fields.add(row.date().toString());
                  fields.add(String.format(Locale.ROOT, "%.6f", row.probability()));
                  for (int i = 0; i < top; i++) {
                    boolean has = i < row.top().size();
                    fields.add(has ? row.top().get(i).feature() : "");
                    fields.add(
                        has ? String.format(Locale.ROOT, "%+.4f", row.top().get(i).logOdds()) : "");
                  }
                  csv.writeRecord(fields);
                });
      } catch (IOException e) {
        throw new UserInputException("cannot write " + out + ": " + e.getMessage(), e);
      }
      err.printf(
          Locale.ROOT,
          "assay ml: scored %,d rows into %s%s%n",
          summary.scored(),
          out,
          summary.skipped() == 0
              ? ""
              : String.format(
                  Locale.ROOT,
                  "; skipped %,d rows on or before %s, where the model's data ends",
                  summary.skipped(),
                  summary.modelEnds()));
      if (summary.scored() == 0) {
        throw new UserInputException(
            "no rows after the model's data ends (" + summary.modelEnds() + ") to score");
      }
      return ExitCodes.OK;
    }
  }

  private static String baselineName(DatasetSchema schema) {
    return schema.baseline() == null ? "baseline" : schema.baseline();
  }
}
