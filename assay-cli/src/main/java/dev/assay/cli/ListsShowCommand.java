package dev.assay.cli;

import dev.assay.screening.ListingStatus;
import dev.assay.screening.RestrictedList;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assay lists show}: the lists screening reads, their versions and sizes. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Shows the lists screening reads: id, version, entries, and how many are in force on the day.")
final class ListsShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day (default today).")
  LocalDate asOf;

  @Mixin ScreeningListOptions listOptions;

  @Override
  public Integer call() {
    LocalDate day = asOf == null ? LocalDate.now() : asOf;
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%-28s %-10s %8s %8s %9s  %s%n",
        "list",
        "version",
        "entries",
        "active",
        "suspended",
        "title");
    for (RestrictedList l : listOptions.loadLists()) {
      long active = l.entries().stream().filter(e -> e.status(day) == ListingStatus.ACTIVE).count();
      long suspended =
          l.entries().stream().filter(e -> e.status(day) == ListingStatus.SUSPENDED).count();
      out.printf(
          Locale.ROOT,
          "%-28s %-10s %8d %8d %9d  %s%n",
          l.id(),
          l.version(),
          l.entries().size(),
          active,
          suspended,
          l.title());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
