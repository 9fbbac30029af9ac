package dev.assay.cli;

import dev.assay.license.Application;
import dev.assay.license.ApplicationEvent;
import dev.assay.license.ApplicationFile;
import dev.assay.license.ApplicationFlagger;
import dev.assay.license.ApplicationItem;
import dev.assay.license.ApplicationRepository;
import dev.assay.license.ApplicationState;
import dev.assay.license.ClockReading;
import dev.assay.license.PauseKind;
import dev.assay.license.RestrictedPartyScreen;
import dev.assay.license.ReviewDesk;
import dev.assay.license.ReviewFlag;
import dev.assay.license.StatutoryClock;
import dev.assay.license.WorkingDayCalendar;
import dev.assay.store.JdbcApplicationRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

/** {@code assay applications}: license applications, their steps and the statutory clock. */
@Command(
    name = "applications",
    mixinStandardHelpOptions = true,
    description = {
      "License applications and the statutory review clock (45 working days from acceptance,"
          + " not counting identification, expert review or on-site checks): file an application,"
          + " move it through its states, stop and restart the clock, and list what is overdue or"
          + " due soon."
    },
    subcommands = {
      ApplicationsCommand.Submit.class,
      ApplicationsCommand.ListApplications.class,
      ApplicationsCommand.Show.class,
      ApplicationsCommand.Transition.class,
      ApplicationsCommand.Pause.class,
      ApplicationsCommand.Resume.class
    })
final class ApplicationsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  static LocalDate today() {
    return LocalDate.now(StatutoryClock.CHINA);
  }

  @Command(
      name = "submit",
      mixinStandardHelpOptions = true,
      description = {
        "Files an application from a YAML file (docs/licensing.md) and submits it; with --draft"
            + " it is only stored as a draft. Submission needs every document the license type"
            + " requires."
      })
  static final class Submit implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions db;

    @Parameters(paramLabel = "FILE", description = "The application, as YAML or JSON.")
    Path file;

    @Option(names = "--actor", description = "Who files it (default: exporter).")
    String actor = "exporter";

    @Option(names = "--draft", description = "Store it as a draft, do not submit it.")
    boolean draft;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new UserInputException("no such file: " + file);
      }
      Instant now = Instant.now();
      Application application =
          ApplicationFile.read(
              file.toString(), Files.readString(file, StandardCharsets.UTF_8), now);
      if (!draft) {
        application = application.transition(ApplicationState.SUBMITTED, actor, now, "filed");
      }
      new JdbcApplicationRepository(db.open()).create(application);
      spec.commandLine()
          .getOut()
          .println("Application " + application.id() + " is " + application.state());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "Lists applications with their state and clock; --overdue and --due-within narrow it to the officer's worklist.")
  static final class ListApplications implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions db;

    @Option(
        names = "--overdue",
        description = "Only those past the 45 working days, longest overdue first.")
    boolean overdue;

    @Option(
        names = "--due-within",
        paramLabel = "DAYS",
        description = "Only those whose clock runs and that fall due within DAYS working days.")
    Integer dueWithin;

    @Option(
        names = "--as-of",
        paramLabel = "DATE",
        description = "Read the clocks as of this day (default: today, China time).")
    LocalDate asOf;

    @Override
    public Integer call() {
      List<Application> applications = new JdbcApplicationRepository(db.open()).list();
      LocalDate day = asOf == null ? today() : asOf;
      ReviewDesk desk = new ReviewDesk(new StatutoryClock(WorkingDayCalendar.bundled()));
      List<ReviewDesk.Clocked> rows;
      if (overdue) {
        rows = desk.overdue(applications, day);
      } else if (dueWithin != null) {
        rows = desk.dueWithin(applications, day, dueWithin);
      } else {
        rows = desk.clocked(applications, day);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "%-20s %-12s %-12s %-10s %5s %5s %-10s %s%n",
          "APPLICATION",
          "STATE",
          "CLOCK",
          "ACCEPTED",
          "USED",
          "LEFT",
          "DUE",
          "EXPORTER");
      boolean unsure = false;
      for (ReviewDesk.Clocked row : rows) {
        ClockReading c = row.clock();
        unsure |= !c.calendarSure();
        out.printf(
            Locale.ROOT,
            "%-20s %-12s %-12s %-10s %5d %5d %-10s %s%n",
            row.application().id(),
            row.application().state(),
            c.status(),
            c.acceptedOn().map(LocalDate::toString).orElse("-"),
            c.workingDaysCounted(),
            c.workingDaysLeft(),
            c.dueOn().map(LocalDate::toString).orElse(c.pausedBy().map(p -> "paused").orElse("-")),
            row.application().exporter().name());
      }
      if (unsure) {
        out.println(
            "(some clocks run into a year the working-day calendar does not cover: weekends only were counted there)");
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description =
          "Shows one application: parties, items, documents, its clock, the flags for the reviewer and its history.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions db;
    @Mixin ControlListOptions controlListOptions;

    @Parameters(paramLabel = "ID", description = "The application id.")
    String id;

    @Option(
        names = "--as-of",
        paramLabel = "DATE",
        description = "Read the clock and the control list as of this day (default: today).")
    LocalDate asOf;

    @Override
    public Integer call() {
      Application a =
          new JdbcApplicationRepository(db.open())
              .find(id)
              .orElseThrow(() -> new UserInputException("no application " + id));
      LocalDate day = asOf == null ? today() : asOf;
      PrintWriter out = spec.commandLine().getOut();
      out.printf("Application %s for a %s license, %s%n", a.id(), a.licenseType(), a.state());
      out.printf("  exporter     %s %s%n", a.exporter().code(), a.exporter().name());
      out.printf("  consignee    %s (%s)%n", a.consignee().name(), a.consignee().country());
      out.printf("  end user     %s (%s)%n", a.endUser().name(), a.endUser().country());
      out.printf("  end use      %s [%s]%n", a.endUse(), a.endUseCategory());
      out.printf("  destination  %s%n", a.destination());
      for (ApplicationItem item : a.items()) {
        out.printf(
            "  item %d  %s %s: %s %s, USD %s%n",
            item.itemNo(),
            item.hsCode(),
            item.description(),
            LicensesCommand.plain(item.quantity()),
            item.unit(),
            LicensesCommand.plain(item.valueUsd()));
      }
      out.println(
          "  documents    "
              + a.documents()
              + (a.missingDocuments().isEmpty() ? "" : "; missing " + a.missingDocuments()));
      ClockReading c = new StatutoryClock(WorkingDayCalendar.bundled()).read(a, day);
      out.printf(
          "Clock on %s: %s, %d of %d working days used, %d left%s%s%s%n",
          day,
          c.status(),
          c.workingDaysCounted(),
          StatutoryClock.REVIEW_WORKING_DAYS,
          c.workingDaysLeft(),
          c.dueOn().map(d -> ", due " + d).orElse(""),
          c.pausedBy().map(p -> ", stopped by " + p).orElse(""),
          c.calendarSure() ? "" : " (calendar data missing or unsure for part of the period)");
      List<ReviewFlag> flags =
          new ApplicationFlagger(controlListOptions.load(), RestrictedPartyScreen.NONE)
              .flags(a, day);
      out.println("Flags: " + (flags.isEmpty() ? "none" : ""));
      for (ReviewFlag flag : flags) {
        out.println("  " + flag.message() + " [" + flag.basis() + "]");
      }
      out.println("History:");
      for (ApplicationEvent e : a.events()) {
        String what =
            switch (e) {
              case ApplicationEvent.StateChanged s -> s.from() + " -> " + s.to();
              case ApplicationEvent.ReviewPaused p -> "clock stopped: " + p.kind();
              case ApplicationEvent.ReviewResumed r -> "clock restarted";
            };
        out.printf(
            "  %s %s by %s%s%n",
            e.at(), what, e.actor(), e.reason().isEmpty() ? "" : ": " + e.reason());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** The options of every recorded step. */
  static class StepOptions {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions db;

    @Parameters(index = "0", paramLabel = "ID", description = "The application id.")
    String id;

    @Option(
        names = "--actor",
        required = true,
        description = "Who takes the step, for the history.")
    String actor;

    @Option(names = "--reason", description = "Why (required for a denial).")
    String reason = "";

    int record(java.util.function.Function<Application, ApplicationEvent> step) {
      ApplicationRepository applications = new JdbcApplicationRepository(db.open());
      Application current =
          applications.find(id).orElseThrow(() -> new UserInputException("no application " + id));
      Application changed = applications.record(id, step.apply(current));
      spec.commandLine()
          .getOut()
          .println(
              "Application "
                  + id
                  + " is "
                  + changed.state()
                  + changed
                      .runningPause()
                      .map(p -> " (clock stopped: " + p.kind() + ")")
                      .orElse(""));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "transition",
      mixinStandardHelpOptions = true,
      description =
          "Moves an application to another state: SUBMITTED, UNDER_REVIEW (accepted: the clock starts), APPROVED, DENIED or WITHDRAWN.")
  static final class Transition extends StepOptions implements Callable<Integer> {
    @Option(
        names = "--to",
        required = true,
        paramLabel = "STATE",
        description = "${COMPLETION-CANDIDATES}")
    ApplicationState to;

    @Override
    public Integer call() {
      return record(
          a -> new ApplicationEvent.StateChanged(a.state(), to, actor, Instant.now(), reason));
    }
  }

  @Command(
      name = "pause",
      mixinStandardHelpOptions = true,
      description = "Stops the clock while an identification, expert review or on-site check runs.")
  static final class Pause extends StepOptions implements Callable<Integer> {
    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "${COMPLETION-CANDIDATES}")
    PauseKind kind;

    @Override
    public Integer call() {
      return record(a -> new ApplicationEvent.ReviewPaused(kind, actor, Instant.now(), reason));
    }
  }

  @Command(
      name = "resume",
      mixinStandardHelpOptions = true,
      description = "Restarts the clock when the review that stopped it ends.")
  static final class Resume extends StepOptions implements Callable<Integer> {
    @Override
    public Integer call() {
      return record(a -> new ApplicationEvent.ReviewResumed(actor, Instant.now(), reason));
    }
  }
}
