package dev.assay.cli;

import dev.assay.controllist.Clause;
import dev.assay.controllist.ControlList;
import dev.assay.controllist.ListAge;
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

  @Option(
      names = "--check",
      description =
          "Instead of the listing, list the gaps of the data on the date: suspensions that ran out"
              + " with no later announcement recorded, suspensions ending within 30 days, and the"
              + " age of the newest announcement. Exit code 4 when there is a gap.")
  boolean check;

  @Option(
      names = "--max-data-age",
      paramLabel = "DAYS",
      defaultValue = "180",
      description = "With --check: the age limit of the newest announcement (default: 180).")
  int maxDataAge;

  @Mixin ControlListOptions controlListOptions;

  @Override
  public Integer call() {
    ControlList list = controlListOptions.load();
    LocalDate date = asOf == null ? LocalDate.now() : asOf;
    PrintWriter out = spec.commandLine().getOut();
    if (check) {
      return check(out, list, date);
    }
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

  private int check(PrintWriter out, ControlList list, LocalDate date) {
    if (maxDataAge < 1) {
      throw new UserInputException("--max-data-age must be at least 1 day");
    }
    ListAge age = list.age(maxDataAge);
    out.printf("Control list %s, checked as of %s%n", list.version(), date);
    int gaps = 0;
    for (ListAge.Lapse lapse : age.lapses()) {
      LocalDate until = lapse.suspension().until().orElseThrow();
      if (lapse.followedUp()) {
        out.printf(
            "ok       %s: suspension by %s until %s followed up by %s%n",
            lapse.basis(), lapse.suspendedBy().basis(), until, lapse.followUp().get().basis());
      } else if (!date.isBefore(lapse.lapsedOn())) {
        gaps++;
        out.printf(
            "LAPSED   %s: suspended by %s until %s; no later announcement recorded; in force again"
                + " as recorded since %s (%d days)%n",
            lapse.basis(),
            lapse.suspendedBy().basis(),
            until,
            lapse.lapsedOn(),
            java.time.temporal.ChronoUnit.DAYS.between(lapse.lapsedOn(), date));
      } else if (!date.plusDays(30).isBefore(lapse.lapsedOn())) {
        out.printf(
            "ENDING   %s: suspension by %s ends %s (in %d days)%n",
            lapse.basis(),
            lapse.suspendedBy().basis(),
            until,
            java.time.temporal.ChronoUnit.DAYS.between(date, until));
      }
    }
    var dataAge = age.dataAge(date);
    if (dataAge.isPresent()) {
      gaps++;
      out.println("OLD      " + dataAge.get().message());
    } else {
      out.printf(
          "ok       newest announcement issued %s (limit %d days)%n",
          age.newestAnnouncement().map(LocalDate::toString).orElse("never"), maxDataAge);
    }
    out.println(
        gaps == 0
            ? "No gaps."
            : gaps
                + " gap(s): record the later announcements (an extension as a SUSPENSION file, a"
                + " resumption as an INFORMATIONAL file whose note names the measure); see"
                + " docs/intelligence.md.");
    out.flush();
    return gaps == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
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
