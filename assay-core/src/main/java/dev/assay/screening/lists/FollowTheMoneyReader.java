package dev.assay.screening.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.screening.Identifier;
import dev.assay.screening.ListedParty;
import dev.assay.screening.NameType;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.RestrictedList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads OpenSanctions entities in FollowTheMoney JSON, one entity a line: {@code id}, {@code
 * schema} (Person, Company, Organization, LegalEntity, Vessel, Airplane), {@code properties} (name,
 * alias, weakAlias, previousName, country, nationality, jurisdiction, birthDate, and identifiers:
 * registrationNumber, taxNumber, innCode, ogrnCode, imoNumber, idNumber, passportNumber,
 * uniqueEntityId, leiCode), {@code datasets}, {@code target} and {@code last_change}. Entities that
 * are not targets (addresses, owners, sanctions records) are skipped and counted.
 */
public final class FollowTheMoneyReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> IDENTIFIERS =
      Map.of(
          "registrationNumber", "registration",
          "taxNumber", "tax",
          "innCode", "inn",
          "ogrnCode", "ogrn",
          "imoNumber", "imo",
          "idNumber", "national-id",
          "passportNumber", "passport",
          "uniqueEntityId", "uei",
          "leiCode", "lei");

  private FollowTheMoneyReader() {}

  public static ListImport read(
      Reader in, String listId, String source, LocalDate fallbackVersion) {
    List<ListedParty> entries = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    LocalDate version = null;
    long read = 0;
    long skipped = 0;
    try (BufferedReader lines = new BufferedReader(in)) {
      long lineNo = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        read++;
        JsonNode e;
        try {
          e = JSON.readTree(line);
        } catch (JsonProcessingException ex) {
          rejected.add(
              new RejectedRecord(
                  source, lineNo, "", abbreviate(line), "not JSON: " + ex.getOriginalMessage()));
          continue;
        }
        String id = e.path("id").asText("");
        String schema = e.path("schema").asText("");
        if (!e.path("target").asBoolean(true)) {
          skipped++;
          continue;
        }
        PartyKind kind = kind(schema);
        if (kind == null) {
          skipped++;
          continue;
        }
        if (id.isEmpty()) {
          rejected.add(new RejectedRecord(source, lineNo, "id", "", "entity without an id"));
          continue;
        }
        if (!seen.add(id)) {
          rejected.add(new RejectedRecord(source, lineNo, "id", id, "entity id seen before"));
          continue;
        }
        JsonNode p = e.path("properties");
        List<PartyName> names = new ArrayList<>();
        strings(p.path("name"))
            .forEach(
                n ->
                    names.add(
                        new PartyName(n, names.isEmpty() ? NameType.PRIMARY : NameType.ALIAS, "")));
        strings(p.path("alias")).forEach(n -> names.add(new PartyName(n, NameType.ALIAS, "")));
        strings(p.path("previousName"))
            .forEach(n -> names.add(new PartyName(n, NameType.FORMER_NAME, "")));
        strings(p.path("weakAlias"))
            .forEach(n -> names.add(new PartyName(n, NameType.WEAK_ALIAS, "")));
        if (names.isEmpty()) {
          rejected.add(
              new RejectedRecord(
                  source, lineNo, "properties.name", "", "entity " + id + " has no name"));
          continue;
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String field : List.of("country", "nationality", "jurisdiction", "flag")) {
          strings(p.path(field)).forEach(c -> countries.add(c.toUpperCase(Locale.ROOT)));
        }
        countries.removeIf(c -> c.length() != 2);
        List<String> births = new ArrayList<>();
        strings(p.path("birthDate")).forEach(b -> Values.birthDate(b).ifPresent(births::add));
        List<Identifier> ids = new ArrayList<>();
        IDENTIFIERS.forEach(
            (field, scheme) ->
                strings(p.path(field)).forEach(v -> ids.add(new Identifier(scheme, v))));
        String changed = e.path("last_change").asText("");
        if (changed.length() >= 10) {
          LocalDate day = Values.isoDay(changed);
          version = version == null || day.isAfter(version) ? day : version;
        }
        List<String> datasets = strings(e.path("datasets"));
        entries.add(
            new ListedParty(
                id,
                listId,
                kind,
                names,
                List.copyOf(countries),
                births,
                ids,
                List.of(),
                datasets.isEmpty() ? "" : "[" + String.join(", ", datasets) + "]"));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    RestrictedList list =
        new RestrictedList(
            listId,
            "OpenSanctions " + listId,
            version == null ? fallbackVersion : version,
            source,
            entries);
    return new ListImport(
        List.of(list), new ImportReport(source, read, entries.size(), skipped, rejected));
  }

  static PartyKind kind(String schema) {
    return switch (schema) {
      case "Person" -> PartyKind.PERSON;
      case "Company", "Organization", "LegalEntity", "PublicBody" -> PartyKind.ORGANIZATION;
      case "Vessel" -> PartyKind.VESSEL;
      case "Airplane" -> PartyKind.AIRCRAFT;
      default -> null;
    };
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(
          n -> {
            if (n.isTextual() && !n.asText().isBlank()) {
              out.add(n.asText().strip());
            }
          });
    } else if (node.isTextual() && !node.asText().isBlank()) {
      out.add(node.asText().strip());
    }
    return out;
  }

  private static String abbreviate(String line) {
    return line.length() <= 40 ? line : line.substring(0, 40) + "...";
  }
}
