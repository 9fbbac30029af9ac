package dev.assay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.assay.controllist.AppliedMeasure;
import dev.assay.controllist.ControlList;
import dev.assay.controllist.Determination;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.controllist.StaleWarning;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.InvalidValueException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assay determine}: does this goods line need a license, on this date, to this place? */
@Command(
    name = "determine",
    mixinStandardHelpOptions = true,
    description = {
      "Determines the export-control status of one goods line: not controlled, license required,"
          + " presumption of denial or prohibited, with the measures that apply and their basis.",
      "HS codes are reference codes: where the code alone is not conclusive the technical"
          + " description decides, so give --description when you have one."
    })
final class DetermineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--hs",
      required = true,
      paramLabel = "CODE",
      description = "HS code, 8 or 10 digits.")
  String hs;

  @Option(
      names = "--description",
      paramLabel = "TEXT",
      description = "Goods description as declared.")
  String description;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "CC",
      description = "Destination country (ISO 3166 alpha-2).")
  String destination;

  @Option(
      names = "--end-user-country",
      paramLabel = "CC",
      description = "End user's country, where it differs from the destination.")
  String endUserCountry;

  @Option(
      names = "--end-use",
      paramLabel = "USE",
      defaultValue = "UNSPECIFIED",
      description =
          "End use: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); MILITARY covers military end users.")
  EndUse endUse;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description = "Date asked about (YYYY-MM-DD). Default: today.")
  LocalDate date;

  @Option(names = "--json", description = "Print the determination as JSON.")
  boolean json;

  @Option(
      names = "--max-data-age",
      paramLabel = "DAYS",
      description =
          "Warn when the newest announcement of the list is more than DAYS older than the date"
              + " asked (default: 180).")
  Integer maxDataAge;

  @Mixin ControlListOptions controlListOptions;

  @Override
  public Integer call() throws Exception {
    ControlList controlList = controlListOptions.load();
    DeterminationQuery query;
    try {
      query =
          new DeterminationQuery(
              HsCode.parse(hs),
              description,
              CountryCode.parse(destination),
              endUserCountry == null ? null : CountryCode.parse(endUserCountry),
              endUse,
              date == null ? LocalDate.now() : date);
    } catch (InvalidValueException e) {
      throw new UserInputException("'" + e.value() + "': " + e.reason());
    }
    Determination determination = controlList.determine(query);
    if (maxDataAge != null) {
      determination =
          controlList.age(maxDataAge).annotate(determination.withWarnings(List.of()), query.asOf());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(asJson(query, determination, controlList)));
    } else {
      print(out, query, determination);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, DeterminationQuery q, Determination d) {
    out.printf(
        "%s  (HS %s to %s%s%s, as of %s)%n",
        d.verdict(),
        q.hsCode(),
        q.destination().displayName(),
        q.endUserCountry() == null ? "" : ", end user in " + q.endUserCountry().displayName(),
        q.endUse() == EndUse.UNSPECIFIED ? "" : ", end use " + q.endUse(),
        q.asOf());
    if (d.verdict() == dev.assay.controllist.Verdict.DEPENDS_ON_SPECIFICATION) {
      out.println("  the code alone is not conclusive; the specification decides:");
      for (String decides : d.decidedBy()) {
        out.println("    " + decides);
      }
      d.absenceClaim()
          .ifPresent(c -> out.println("  claim to verify: the description says \"" + c + "\""));
    }
    for (AppliedMeasure m : d.measures()) {
      out.printf(
          "  %-22s %s%s [%s]%n",
          m.verdict(),
          m.basis(),
          m.item().map(i -> " - " + i.label()).orElse(""),
          m.confidence().yamlName());
    }
    for (String note : d.notes()) {
      out.println("  note: " + note);
    }
    for (StaleWarning warning : d.warnings()) {
      out.println("  WARNING: " + warning.message());
    }
  }

  private static Map<String, Object> asJson(
      DeterminationQuery q, Determination d, ControlList list) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("hs_code", q.hsCode().value());
    json.put("description", q.description());
    json.put("destination_country", q.destination().value());
    json.put("end_user_country", q.endUserCountry() == null ? null : q.endUserCountry().value());
    json.put("end_use", q.endUse().name());
    json.put("as_of", q.asOf().toString());
    json.put("verdict", d.verdict().name());
    List<Map<String, Object>> measures =
        d.measures().stream()
            .map(
                m -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("measure", m.measure().id());
                  entry.put("basis", m.basis());
                  entry.put("verdict", m.verdict().name());
                  entry.put("item", m.item().map(i -> i.name()).orElse(null));
                  entry.put("control_code", m.item().flatMap(i -> i.controlCode()).orElse(null));
                  entry.put("confidence", m.confidence().yamlName());
                  entry.put("sources", m.measure().sources());
                  return entry;
                })
            .toList();
    json.put("measures", measures);
    json.put("decided_by", d.decidedBy());
    json.put("absence_claim", d.absenceClaim().orElse(null));
    json.put("notes", d.notes());
    json.put(
        "warnings",
        d.warnings().stream()
            .map(
                w -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("kind", w.kind().name());
                  entry.put("measure", w.measure());
                  entry.put("basis", w.basis());
                  entry.put("since", w.since().toString());
                  entry.put("message", w.message());
                  return entry;
                })
            .toList());
    json.put("control_list_version", list.version());
    return json;
  }
}
