package dev.assay.screening.lists;

import dev.assay.screening.Identifier;
import dev.assay.screening.ListedParty;
import dev.assay.screening.NameType;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.RestrictedList;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads OpenSanctions' simple CSV ({@code targets.simple.csv}): id, schema, name, aliases,
 * birth_date, countries, addresses, identifiers, sanctions, phones, emails, dataset, first_seen,
 * last_seen, last_change. Several values in one field are separated by semicolons. Identifiers
 * carry no scheme in this form and are kept as "id".
 */
public final class OpenSanctionsCsvReader {
  static final List<String> REQUIRED = List.of("id", "schema", "name");

  private OpenSanctionsCsvReader() {}

  public static ListImport read(
      Reader in, String listId, String source, LocalDate fallbackVersion) {
    List<ListedParty> entries = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    LocalDate[] version = {null};
    long[] read = {0};
    long[] skipped = {0};
    CsvRows.withHeader(
        in,
        source,
        REQUIRED,
        row -> {
          read[0]++;
          String id = row.get("id");
          String name = row.get("name");
          PartyKind kind = FollowTheMoneyReader.kind(row.get("schema"));
          if (kind == null) {
            skipped[0]++;
            return;
          }
          if (id.isEmpty() || name.isEmpty()) {
            rejected.add(
                new RejectedRecord(
                    source, row.line(), id.isEmpty() ? "id" : "name", "", "required"));
            return;
          }
          if (!seen.add(id)) {
            rejected.add(new RejectedRecord(source, row.line(), "id", id, "entity id seen before"));
            return;
          }
          List<PartyName> names = new ArrayList<>();
          names.add(PartyName.primary(name, ""));
          Values.split(row.get("aliases"), ";")
              .forEach(a -> names.add(new PartyName(a, NameType.ALIAS, "")));
          List<String> countries = new ArrayList<>();
          for (String c : Values.split(row.get("countries"), ";")) {
            if (c.length() == 2) {
              countries.add(c.toUpperCase(Locale.ROOT));
            }
          }
          List<String> births = new ArrayList<>();
          Values.split(row.get("birth_date"), ";")
              .forEach(b -> Values.birthDate(b).ifPresent(births::add));
          List<Identifier> ids = new ArrayList<>();
          Values.split(row.get("identifiers"), ";").forEach(v -> ids.add(new Identifier("id", v)));
          String changed = row.get("last_change");
          if (changed.length() >= 10) {
            try {
              LocalDate day = Values.isoDay(changed);
              version[0] = version[0] == null || day.isAfter(version[0]) ? day : version[0];
            } catch (java.time.format.DateTimeParseException e) {
              rejected.add(
                  new RejectedRecord(
                      source, row.line(), "last_change", changed, "not an ISO date; entry kept"));
            }
          }
          String sanctions = row.get("sanctions");
          String dataset = row.get("dataset");
          entries.add(
              new ListedParty(
                  id,
                  listId,
                  kind,
                  names,
                  countries,
                  births,
                  ids,
                  List.of(),
                  (dataset.isEmpty() ? "" : "[" + dataset + "] ") + sanctions));
        });
    RestrictedList list =
        new RestrictedList(
            listId,
            "OpenSanctions " + listId,
            version[0] == null ? fallbackVersion : version[0],
            source,
            entries);
    return new ListImport(
        List.of(list), new ImportReport(source, read[0], entries.size(), skipped[0], rejected));
  }
}
