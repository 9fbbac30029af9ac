package dev.assay.cli;

import dev.assay.screening.RestrictedList;
import dev.assay.screening.lists.ImportReport;
import dev.assay.screening.lists.ListArchive;
import dev.assay.screening.lists.ListChanges;
import dev.assay.screening.lists.ListFileException;
import dev.assay.screening.lists.ListFormat;
import dev.assay.screening.lists.ListImport;
import dev.assay.screening.lists.ListImporter;
import dev.assay.screening.lists.RejectedRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay lists import}: reads list files and stores them, dated, in a list directory. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads restricted-party list files and stores the list, versioned by its date, in DIR."
          + " Reports what was read, accepted, skipped and rejected (file, line, field, reason),"
          + " and what changed since the previous version.",
      "Formats: cn-csv (China's lists as Assay ships them), ofac-sdn (sdn.csv alt.csv add.csv,"
          + " or their directory), un-xml (UN SC consolidated list), ftm-json (OpenSanctions"
          + " FollowTheMoney JSON lines), opensanctions-csv (targets.simple.csv), watchlist-csv"
          + " (id,name,aliases,countries,kind,birth_date,identifiers,reason,listed_on,removed_on)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record imported",
      "3:the files cannot be read as that format; nothing imported",
      "4:some records were rejected (listed); the others were imported"
    })
final class ListsImportCommand implements Callable<Integer> {
  private static final int SHOWN = 20;

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "cn-csv, ofac-sdn, un-xml, ftm-json, opensanctions-csv or watchlist-csv; by default"
              + " told from the files' contents, whatever they are called.")
  String format;

  @Option(
      names = "--into",
      required = true,
      paramLabel = "DIR",
      description = "The list directory (created if missing); pass it to --lists.")
  Path into;

  @Option(
      names = "--list-id",
      paramLabel = "ID",
      description =
          "The list's id for ftm-json, opensanctions-csv and watchlist-csv (default opensanctions, watchlist).")
  String listId;

  @Option(
      names = "--version",
      paramLabel = "DATE",
      description =
          "The list's date where its files carry none (ofac-sdn, watchlist-csv); default today.")
  LocalDate version;

  @Option(
      names = "--force",
      description =
          "Import even where the files look cut short: an OFAC file without its end-of-file"
              + " line, or a new version that has lost more than a tenth of the entries of the"
              + " version before it.")
  boolean force;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The list files.")
  List<Path> files;

  /** The format of the files, from their contents; all must agree. */
  private ListFormat detect() {
    ListFormat found = null;
    for (Path f : files) {
      if (!java.nio.file.Files.exists(f)) {
        throw new UserInputException("no such file: " + f);
      }
      ListFormat one =
          dev.assay.screening.lists.ListFileDetector.format(f)
              .orElseThrow(
                  () ->
                      new UserInputException(
                          f + ": not a list format Assay knows by its contents; give --format"));
      if (found != null && one != found) {
        throw new UserInputException(
            "the files are of different formats (" + found + ", " + one + "); import them apart");
      }
      found = one;
    }
    return found;
  }

  @Override
  public Integer call() {
    ListFormat f;
    try {
      f = format != null ? ListFormat.parse(format) : detect();
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    List<String> problems = ListImporter.completenessProblems(f, files);
    if (!problems.isEmpty() && !force) {
      throw new UserInputException(
          String.join("; ", problems) + ". Nothing imported; if the file is whole, use --force");
    }
    ListImport imported;
    try {
      imported = ListImporter.read(f, files, listId, version == null ? LocalDate.now() : version);
    } catch (ListFileException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ImportReport report = imported.report();
    List<RejectedRecord> rejected = report.rejected();
    for (int i = 0; i < Math.min(SHOWN, rejected.size()); i++) {
      err.println("rejected: " + rejected.get(i).describe());
    }
    if (rejected.size() > SHOWN) {
      err.println("rejected: (" + (rejected.size() - SHOWN) + " more not shown)");
    }
    out.println(report.summary());
    ListArchive archive = new ListArchive(into);
    if (!force) {
      refuseLargeLosses(archive, imported.lists());
    }
    for (RestrictedList list : imported.lists()) {
      ListChanges changes = archive.save(list);
      out.println(
          "Stored " + list + " in " + into.resolve(list.id()).resolve(list.version() + ".jsonl"));
      out.println("Changes: " + changes.summary());
    }
    out.flush();
    err.flush();
    return rejected.isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
  }

  /**
   * A list shrinks by a few entries at a time as parties are delisted; a new version that loses
   * more than a tenth at once is far likelier a cut-short download, and stored as the newest it
   * would stop every removed entry from matching. Checked for every list before any is stored.
   */
  private static void refuseLargeLosses(ListArchive archive, List<RestrictedList> lists) {
    for (RestrictedList list : lists) {
      var before = archive.latest(list.id());
      if (before.isEmpty() || !before.get().version().isBefore(list.version())) {
        continue;
      }
      int had = before.get().entries().size();
      int has = list.entries().size();
      if (had >= MIN_ENTRIES_CHECKED && has < had * (1 - MAX_LOSS)) {
        throw new UserInputException(
            String.format(
                "%s has %,d entries, %.0f%% fewer than the %,d of version %s: the files may be"
                    + " cut short. Nothing imported; if the loss is real, use --force",
                list.id() + "@" + list.version(),
                has,
                100.0 * (had - has) / had,
                had,
                before.get().version()));
      }
    }
  }

  /** Largest share of entries a new version may lose without --force. */
  private static final double MAX_LOSS = 0.10;

  /** Smaller lists change by whole percents with one delisting; they are not checked. */
  private static final int MIN_ENTRIES_CHECKED = 20;
}
