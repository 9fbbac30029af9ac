package dev.assay.cli;

import dev.assay.controllist.Clause;
import dev.assay.controllist.ControlList;
import dev.assay.controllist.Measure;
import dev.assay.controllist.MeasureKind;
import dev.assay.controllist.MeasureStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assay controllist}: the measures of the control list and where each stands on a date. */
@Command(
    name = "controllist",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the measures of the control list with their dates and their state on a date: in"
          + " force, suspended, not yet effective, or informational. Clauses are listed under"
          + " their measure where they differ."
    })
final class ControlListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The date asked about (YYYY-MM-DD). Default: today.")
  LocalDate asOf;

  @Mixin ControlListOptions controlListOptions;

  @Override
  public Integer call() {
    ControlList list = controlListOptions.load();
    LocalDate date = asOf == null ? LocalDate.now() : asOf;
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Control list %s, as of %s%n", list.version(), date);
    for (Measure m : list.measures()) {
      out.printf(
          "%-20s %-28s %-22s issued %s effective %s  %s%n",
          state(list.status(m, date), m.kind()),
          m.basis(),
          m.kind(),
          m.issued(),
          m.effective(),
          m.title());
      if (m.clauses().size() > 1) {
        for (Clause c : m.clauses()) {
          out.printf(
              "  %-18s %-28s %-22s effective %s  %s%n",
              state(list.status(m, c, date), c.kind()),
              m.basis(c),
              c.kind(),
              c.effective(),
              abbreviate(c.text()));
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String state(MeasureStatus status, MeasureKind kind) {
    if (kind == MeasureKind.INFORMATIONAL) {
      return "informational";
    }
    return switch (status) {
      case IN_FORCE -> "in force";
      case SUSPENDED -> "suspended";
      case NOT_YET_EFFECTIVE -> "not yet effective";
    };
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 90 ? oneLine : oneLine.substring(0, 87) + "...";
  }
}
