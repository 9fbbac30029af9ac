package dev.assay.cli;

import dev.assay.declaration.CountryCode;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.decisions.Decision;
import dev.assay.screening.decisions.DecisionKind;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay decision}: record and list decisions on matches. */
@Command(
    name = "decision",
    mixinStandardHelpOptions = true,
    description =
        "Records an officer's decision on a match (confirm, dismiss as a false positive, escalate), or lists decisions.",
    subcommands = {DecisionCommand.Record.class, DecisionCommand.ListDecisions.class})
final class DecisionCommand implements Runnable {
  @CommandLine.Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code assay decision record confirm|dismiss|escalate ...}. */
  @Command(
      name = "record",
      mixinStandardHelpOptions = true,
      description = {
        "Records a decision about a party and a list entry, with who and why, tied to the entry as"
            + " it is now. A dismissed pair is not raised again until the entry or the party"
            + " (its name as compared, its country) changes."
      })
  static final class Record implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DECISION", description = "confirm, dismiss or escalate")
    String decision;

    @Option(
        names = "--party",
        required = true,
        paramLabel = "NAME",
        description = "The screened party's name, as screened.")
    String party;

    @Option(
        names = "--country",
        paramLabel = "CC",
        description = "The party's country, as screened.")
    String country;

    @Option(
        names = "--entry",
        required = true,
        paramLabel = "LIST:ID",
        description = "The list entry, as `assay match` shows it.")
    String entry;

    @Option(names = "--by", required = true, paramLabel = "WHO", description = "Who decides.")
    String by;

    @Option(names = "--reason", required = true, paramLabel = "WHY", description = "Why.")
    String reason;

    @Mixin ScreeningListOptions listOptions;

    @Override
    public Integer call() {
      if (listOptions.decisions == null) {
        throw new UserInputException("--decisions FILE is required to record a decision");
      }
      DecisionKind kind;
      ScreenedParty p;
      try {
        kind = DecisionKind.parse(decision);
        p =
            country == null
                ? ScreenedParty.named(party)
                : ScreenedParty.of(party, CountryCode.parse(country));
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage(), e);
      }
      PartyScreening screening = listOptions.load();
      Decision d;
      try {
        d = screening.decide(p, entry, kind, by, reason, Instant.now());
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage(), e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "Recorded "
              + d.kind()
              + " of '"
              + d.partyName()
              + "' ~ "
              + d.entryKey()
              + " by "
              + d.by()
              + " at "
              + d.at()
              + " in "
              + listOptions.decisions);
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code assay decision list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the recorded decisions, oldest first.")
  static final class ListDecisions implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ScreeningListOptions listOptions;

    @Override
    public Integer call() {
      if (listOptions.decisions == null) {
        throw new UserInputException("--decisions FILE is required");
      }
      PrintWriter out = spec.commandLine().getOut();
      for (Decision d : listOptions.decisionStore().all()) {
        out.println(
            d.at()
                + "  "
                + d.kind()
                + "  '"
                + d.partyName()
                + "'"
                + (d.partyCountry().isEmpty() ? "" : " (" + d.partyCountry() + ")")
                + " ~ "
                + d.entryKey()
                + "  by "
                + d.by()
                + ": "
                + d.reason());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
