package dev.assay.screening.lists;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.InvalidValueException;
import dev.assay.screening.Identifier;
import dev.assay.screening.ListedParty;
import dev.assay.screening.Listing;
import dev.assay.screening.ListingAction;
import dev.assay.screening.NameType;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.RestrictedList;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the agency's own watch list, a plain CSV with a header row:
 *
 * <pre>id,name,aliases,countries,kind,birth_date,identifiers,reason,listed_on,removed_on</pre>
 *
 * Only id and name are required. Aliases, countries (ISO alpha-2) and identifiers ({@code
 * scheme:value}) hold several values separated by semicolons; kind is organization, person, vessel
 * or aircraft; dates are ISO. A row with a bad value is rejected whole, with the line and field.
 */
public final class WatchListReader {
  static final List<String> REQUIRED = List.of("id", "name");

  private WatchListReader() {}

  public static ListImport read(
      Reader in, String listId, String title, String source, LocalDate version) {
    List<ListedParty> entries = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long[] read = {0};
    CsvRows.withHeader(
        in,
        source,
        REQUIRED,
        row -> {
          read[0]++;
          try {
            ListedParty entry = entry(row, listId);
            if (!seen.add(entry.id())) {
              rejected.add(
                  new RejectedRecord(source, row.line(), "id", entry.id(), "id seen before"));
              return;
            }
            entries.add(entry);
          } catch (BadField e) {
            rejected.add(new RejectedRecord(source, row.line(), e.field, e.value, e.getMessage()));
          }
        });
    RestrictedList list = new RestrictedList(listId, title, version, source, entries);
    return new ListImport(
        List.of(list), new ImportReport(source, read[0], entries.size(), 0, rejected));
  }

  private static ListedParty entry(CsvRows.Row row, String listId) {
    String id = row.get("id");
    String name = row.get("name");
    if (id.isEmpty()) {
      throw new BadField("id", "", "required");
    }
    if (name.isEmpty()) {
      throw new BadField("name", "", "required");
    }
    List<PartyName> names = new ArrayList<>();
    names.add(PartyName.primary(name, ""));
    Values.split(row.get("aliases"), ";")
        .forEach(a -> names.add(new PartyName(a, NameType.ALIAS, "")));
    List<String> countries = new ArrayList<>();
    for (String c : Values.split(row.get("countries"), ";")) {
      try {
        countries.add(CountryCode.parse(c).value());
      } catch (InvalidValueException e) {
        throw new BadField("countries", c, "not an ISO 3166-1 alpha-2 country code");
      }
    }
    PartyKind kind;
    String k = row.get("kind");
    try {
      kind = k.isEmpty() ? PartyKind.UNKNOWN : PartyKind.valueOf(k.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadField("kind", k, "expected organization, person, vessel or aircraft");
    }
    List<String> births = new ArrayList<>();
    for (String b : Values.split(row.get("birth_date"), ";")) {
      births.add(
          Values.birthDate(b)
              .orElseThrow(
                  () -> new BadField("birth_date", b, "expected YYYY, YYYY-MM or YYYY-MM-DD")));
    }
    List<Identifier> ids = new ArrayList<>();
    for (String v : Values.split(row.get("identifiers"), ";")) {
      try {
        ids.add(Identifier.parse(v));
      } catch (IllegalArgumentException e) {
        throw new BadField("identifiers", v, e.getMessage());
      }
    }
    String reason = row.get("reason");
    List<Listing> history = new ArrayList<>();
    LocalDate listed = date(row, "listed_on");
    LocalDate removed = date(row, "removed_on");
    if (listed != null) {
      history.add(new Listing(ListingAction.LISTED, "", listed, listed, "", reason));
    }
    if (removed != null) {
      if (listed != null && removed.isBefore(listed)) {
        throw new BadField("removed_on", removed.toString(), "before listed_on " + listed);
      }
      history.add(new Listing(ListingAction.REMOVED, "", removed, removed, "", ""));
    }
    return new ListedParty(id, listId, kind, names, countries, births, ids, history, reason);
  }

  private static LocalDate date(CsvRows.Row row, String column) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadField(column, v, "dates are written YYYY-MM-DD");
    }
  }

  /** A field that makes its row unusable. */
  private static final class BadField extends RuntimeException {
    final String field;
    final String value;

    BadField(String field, String value, String reason) {
      super(reason, null, false, false);
      this.field = field;
      this.value = value;
    }
  }
}
