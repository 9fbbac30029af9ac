package dev.assay.cli;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.Party;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.rescreening.MatchChange;
import dev.assay.screening.rescreening.Rescreener;
import dev.assay.screening.rescreening.ScreeningState;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay lists rescreen}: screens everything already screened again, reports what changed.
 */
@Command(
    name = "rescreen",
    mixinStandardHelpOptions = true,
    description = {
      "Screens again every party already screened (kept in the --state file) and the parties of"
          + " the declaration files given, against the current lists, and prints only what changed"
          + " since the last run: NEW, GONE and CHANGED matches. The state file is then updated."
    })
final class ListsRescreenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description =
          "Declaration files (CSV contract, NDJSON, JSON) whose exporters, consignees and end users join the screened parties.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--state",
      required = true,
      paramLabel = "FILE",
      description =
          "The parties screened so far and their matches (JSON Lines; created on first use).")
  Path state;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Screen as of this day (default today).")
  LocalDate asOf;

  @Mixin ScreeningListOptions listOptions;

  @Override
  public Integer call() {
    List<ScreenedParty> parties = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new UserInputException("no such file: " + f);
      }
      DeclarationReader.read(
          f,
          Format.detect(f),
          new IngestListener() {
            @Override
            public void accepted(Declaration d) {
              if (d.exporter() != null) {
                parties.add(
                    ScreenedParty.of(d.exporter().name(), dev.assay.declaration.CountryCode.CHINA));
              }
              add(d.consignee());
              add(d.endUser());
            }

            private void add(Party p) {
              if (p != null && !p.name().isBlank()) {
                parties.add(ScreenedParty.of(p.name(), p.country()));
              }
            }

            @Override
            public void rejected(RecordError error) {
              spec.commandLine().getErr().println("rejected: " + error.describe());
            }
          });
    }
    ScreeningState previous;
    try {
      previous = ScreeningState.load(state);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    var report =
        new Rescreener(listOptions.load())
            .rescreen(parties, previous, asOf == null ? LocalDate.now() : asOf);
    PrintWriter out = spec.commandLine().getOut();
    for (MatchChange c : report.changes()) {
      out.println(c.describe());
    }
    out.println(
        "Re-screened "
            + report.partiesScreened()
            + " parties ("
            + previous.size()
            + " screened before): "
            + report.changes().size()
            + " change(s)");
    out.flush();
    report.state().save(state);
    return ExitCodes.OK;
  }
}
