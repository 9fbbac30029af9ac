package dev.assay.cli;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.InvalidValueException;
import dev.assay.screening.Identifier;
import dev.assay.screening.Listing;
import dev.assay.screening.PartyScreening;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.ScreeningHit;
import dev.assay.screening.ScreeningResult;
import dev.assay.screening.matching.PartyMatch;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay match NAME}: is this party on a restricted-party list? */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Screens one name against the restricted-party lists and explains every match: which of"
          + " the entry's names matched, word by word and how, and what raised or lowered the"
          + " score. Any script: Chinese (Simplified or Traditional), Latin, Cyrillic, Greek,"
          + " Arabic, Korean, Japanese."
    })
final class MatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The party's name, as written.")
  String name;

  @Option(
      names = "--country",
      paramLabel = "CC",
      description = "The party's country (ISO alpha-2).")
  String country;

  @Option(
      names = "--dob",
      paramLabel = "DATE",
      description = "Date of birth: YYYY, YYYY-MM or YYYY-MM-DD.")
  String birthDate;

  @Option(
      names = "--id",
      paramLabel = "SCHEME:VALUE",
      description = "An identifier, e.g. imo:9387421 (repeatable).")
  List<String> identifiers = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Screen against the lists as of this day (default today).")
  LocalDate asOf;

  @Option(names = "--all", description = "Also show candidates below the review threshold.")
  boolean all;

  @Mixin ScreeningListOptions listOptions;

  @Override
  public Integer call() {
    ScreenedParty party = party();
    PartyScreening screening = listOptions.load();
    LocalDate day = asOf == null ? LocalDate.now() : asOf;
    PrintWriter out = spec.commandLine().getOut();
    var thresholds = screening.matcher().settings().thresholds();
    if (all) {
      List<PartyMatch> candidates = screening.matcher().candidates(party, day);
      out.printf(Locale.ROOT, "%d candidate(s) for '%s' as of %s:%n", candidates.size(), name, day);
      candidates.forEach(m -> print(out, m, null));
      out.flush();
      return ExitCodes.OK;
    }
    ScreeningResult result = screening.screen(party, day);
    out.printf(
        Locale.ROOT,
        "%d match(es) for '%s' as of %s (review >= %.2f, block >= %.2f; %d names on %d entries searched)%n",
        result.hits().size(),
        name,
        day,
        thresholds.review(),
        thresholds.block(),
        screening.matcher().names(),
        screening.matcher().entryCount());
    for (ScreeningHit hit : result.hits()) {
      print(out, hit.match(), hit);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, PartyMatch m, ScreeningHit hit) {
    out.printf(Locale.ROOT, "%n%-6s %.2f  %s%n", m.level(), m.score(), m.entry().key());
    out.println(
        "  names:    "
            + String.join(" | ", m.entry().names().stream().map(n -> n.text()).toList()));
    out.println("  basis:    " + m.basis() + m.listing().map(MatchCommand::dates).orElse(""));
    out.println("  status:   " + m.status());
    out.println("  why:      " + m.explanation());
    if (hit != null && hit.decision().isPresent()) {
      var d = hit.decision().get();
      out.println(
          "  decision: "
              + d.kind()
              + " by "
              + d.by()
              + " at "
              + d.at()
              + ": "
              + d.reason()
              + (hit.raised() ? "" : " (not raised: dismissed, entry unchanged)"));
    }
  }

  private static String dates(Listing l) {
    return ", published " + l.published() + ", effective " + l.effective();
  }

  private ScreenedParty party() {
    if (name.isBlank()) {
      throw new UserInputException("the name is blank");
    }
    Optional<CountryCode> cc = Optional.empty();
    if (country != null) {
      try {
        cc = Optional.of(CountryCode.parse(country));
      } catch (InvalidValueException e) {
        throw new UserInputException(
            "--country " + country + ": not an ISO 3166-1 alpha-2 code", e);
      }
    }
    List<Identifier> ids = new ArrayList<>();
    for (String id : identifiers) {
      try {
        ids.add(Identifier.parse(id));
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--id: " + e.getMessage(), e);
      }
    }
    return new ScreenedParty(name, cc, Optional.ofNullable(birthDate), ids);
  }
}
