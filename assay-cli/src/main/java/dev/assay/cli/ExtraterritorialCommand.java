package dev.assay.cli;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.StaleWarning;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.InvalidValueException;
import dev.assay.intelligence.extraterritorial.BomReader;
import dev.assay.intelligence.extraterritorial.ExtraterritorialDetermination;
import dev.assay.intelligence.extraterritorial.ExtraterritorialDeterminer;
import dev.assay.intelligence.extraterritorial.ExtraterritorialRules;
import dev.assay.intelligence.extraterritorial.RuleResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay extraterritorial}: does a foreign-made item need a Chinese licence? */
@Command(
    name = "extraterritorial",
    mixinStandardHelpOptions = true,
    description = {
      "Determines whether an item made abroad needs a Chinese dual-use licence under the"
          + " extraterritorial rare-earth measure (MOFCOM 2025 No. 61): PRC-origin listed"
          + " rare-earth content at or above the de minimis share of the item's value, PRC"
          + " rare-earth technology, or a PRC-origin listed item; with the clause, the share and"
          + " the measure's suspension status on the date. See docs/intelligence.md."
    })
final class ExtraterritorialCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "BOM",
      description =
          "Bill of materials, CSV: component,hs_code,description,origin,value_usd[,technology].")
  Path bom;

  @Option(
      names = "--item-value",
      required = true,
      paramLabel = "USD",
      description = "The item's value.")
  double itemValue;

  @Option(
      names = "--item-hs",
      paramLabel = "CODE",
      description = "The item's HS code (8 or 10 digits).")
  String itemHs;

  @Option(names = "--item-description", paramLabel = "TEXT", description = "What the item is.")
  String itemDescription;

  @Option(
      names = "--made-in",
      paramLabel = "CC",
      defaultValue = "DE",
      description = "Where the item is made (default: ${DEFAULT-VALUE}).")
  String madeIn;

  @Option(
      names = "--end-use",
      defaultValue = "UNSPECIFIED",
      description = "End use: ${COMPLETION-CANDIDATES}.")
  EndUse endUse;

  @Option(names = "--date", paramLabel = "DATE", description = "Date asked about (default: today).")
  LocalDate date;

  @Mixin TabularOutput output;
  @Mixin ControlListOptions controlListOptions;

  @Override
  public Integer call() throws IOException {
    output.check();
    if (!Files.isRegularFile(bom)) {
      throw new UserInputException("no such file: " + bom);
    }
    if (!(itemValue > 0)) {
      throw new UserInputException("--item-value must be positive");
    }
    BomReader.Result read;
    try (Reader in = Files.newBufferedReader(bom, StandardCharsets.UTF_8)) {
      read = BomReader.read(in);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    read.errors().forEach(e -> err.println("rejected: " + e));
    HsCode hs;
    CountryCode country;
    try {
      hs = itemHs == null ? null : HsCode.parse(itemHs);
      country = CountryCode.parse(madeIn);
    } catch (InvalidValueException e) {
      throw new UserInputException("'" + e.value() + "': " + e.reason());
    }
    ControlList list = controlListOptions.load();
    ExtraterritorialDeterminer determiner =
        new ExtraterritorialDeterminer(list, ExtraterritorialRules.bundled());
    ExtraterritorialDetermination d =
        determiner.determine(
            new ExtraterritorialDeterminer.Item(
                bom.getFileName().toString(),
                hs,
                itemDescription,
                country,
                itemValue,
                endUse,
                read.lines()),
            date == null ? LocalDate.now() : date);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json) {
      TabularOutput.writeJson(out, d);
    } else if (output.csv) {
      TabularOutput.Table table =
          new TabularOutput.Table(
              List.of(
                  "outcome",
                  "rule",
                  "clause",
                  "clause_confidence",
                  "met",
                  "status",
                  "share",
                  "reason"));
      for (RuleResult r : d.rules()) {
        table.add(
            d.outcome(),
            r.rule(),
            r.clause(),
            r.clauseConfidence(),
            r.met(),
            r.status(),
            d.share(),
            r.reason());
      }
      TabularOutput.writeCsv(out, table);
    } else {
      out.printf(
          Locale.ROOT,
          "%s  (%s, as of %s; measure %s%s)%n",
          d.outcome(),
          d.citation(),
          d.asOf(),
          d.measureStatus(),
          d.suspendedUntil() == null ? "" : " until " + d.suspendedUntil());
      out.printf(
          Locale.ROOT,
          "  share of PRC-origin listed rare-earth content: %.4f%% (USD %,.2f of %,.2f; de minimis %.1f%%)%n",
          d.share() * 100,
          d.controlledValueUsd(),
          d.itemValueUsd(),
          d.deMinimisShare() * 100);
      d.controlledComponents().forEach(c -> out.println("  counted: " + c));
      for (RuleResult r : d.rules()) {
        out.printf(
            "  rule (%s) %-4s %s [clause mapping %s] %s: %s%n",
            r.rule(),
            r.met() ? "MET" : "no",
            r.clause(),
            r.clauseConfidence(),
            r.status(),
            r.reason());
      }
      d.notes().forEach(n -> out.println("  note: " + n));
      for (StaleWarning w : d.warnings()) {
        out.println("  WARNING: " + w.message());
      }
    }
    out.flush();
    return read.errors().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
  }
}
