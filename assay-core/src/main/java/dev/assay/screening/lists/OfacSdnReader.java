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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads OFAC's Specially Designated Nationals list in its legacy CSV form: {@code sdn.csv} (one row
 * per entry: ent_num, name, type, programme, title, call sign, vessel type, tonnage, GRT, vessel
 * flag, vessel owner, remarks), {@code alt.csv} (aliases: ent_num, alt_num, type, name, remarks)
 * and {@code add.csv} (addresses: ent_num, add_num, address, city, country, remarks). No header
 * rows; "-0-" means empty; the files are Latin-1 and end with a Ctrl-Z line.
 *
 * <p>Dates of birth, nationalities and identifiers (passport, registration number, tax ID, IMO,
 * national ID, USCC) are read from the remarks, where OFAC writes them ("DOB 12 Mar 1965;
 * nationality Russia; Passport 123456 (Russia)").
 */
public final class OfacSdnReader {
  private static final Pattern DOB = Pattern.compile("(?i)\\bDOB\\s+([^;]+)");
  private static final Pattern NATIONALITY =
      Pattern.compile("(?i)\\b(?:nationality|citizen)\\s+([^;(]+)");
  private static final Pattern IDENTIFIER =
      Pattern.compile(
          "(?i)\\b(Passport|Registration Number|Tax ID No\\.|IMO|National ID No\\.|"
              + "Unified Social Credit Code \\(USCC\\)|Company Number|Business Registration Number)"
              + "\\s+([A-Z0-9][A-Z0-9 \\-/.]*[A-Z0-9])");

  /** Fields of every sdn.csv row: ent_num, name, type, programme, ... remarks. */
  static final int SDN_FIELDS = 12;

  /** OFAC ends each legacy file with a line holding only Ctrl-Z. */
  static final char END_MARKER = '\u001a';

  private OfacSdnReader() {}

  /**
   * Whether a legacy OFAC file ends with its end-of-file line: a file cut at a record boundary
   * reads as a shorter but valid list, and only the missing marker tells.
   */
  public static boolean endsWithMarker(java.nio.file.Path file) throws java.io.IOException {
    long size = java.nio.file.Files.size(file);
    int tail = (int) Math.min(size, 16);
    byte[] last = new byte[tail];
    try (var channel = java.nio.channels.FileChannel.open(file)) {
      channel.read(java.nio.ByteBuffer.wrap(last), size - tail);
    }
    for (int i = tail - 1; i >= 0; i--) {
      char c = (char) (last[i] & 0xff);
      if (c == END_MARKER) {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  /**
   * @param alt the alias file, or null
   * @param add the address file, or null
   * @param version the day OFAC published these files (the legacy files carry no date)
   */
  public static ListImport read(
      Reader sdn, Reader alt, Reader add, LocalDate version, String source) {
    List<RejectedRecord> rejected = new ArrayList<>();
    Map<String, Draft> drafts = new LinkedHashMap<>();
    long[] read = {0};
    CsvRows.withoutHeader(
        sdn,
        "sdn.csv",
        row -> {
          if (isEnd(row)) {
            return;
          }
          read[0]++;
          if (row.fields().size() < SDN_FIELDS) {
            // A record cut in the middle would otherwise come in without its remarks (dates of
            // birth, identifiers) and never be told apart from a complete one.
            rejected.add(
                new RejectedRecord(
                    "sdn.csv",
                    row.line(),
                    "remarks",
                    "",
                    row.fields().size()
                        + " of the "
                        + SDN_FIELDS
                        + " fields of an SDN row: the record is cut short"));
            return;
          }
          String ent = value(row.at(0));
          String name = value(row.at(1));
          if (!ent.matches("\\d+")) {
            rejected.add(
                new RejectedRecord("sdn.csv", row.line(), "ent_num", row.at(0), "not a number"));
            return;
          }
          if (name.isEmpty()) {
            rejected.add(new RejectedRecord("sdn.csv", row.line(), "SDN_Name", "", "no name"));
            return;
          }
          if (drafts.containsKey(ent)) {
            rejected.add(
                new RejectedRecord(
                    "sdn.csv", row.line(), "ent_num", ent, "entry number seen before"));
            return;
          }
          Draft d = new Draft(ent, name, kind(value(row.at(2))), value(row.at(3)));
          String remarks = value(row.at(11));
          d.remarks = remarks;
          readRemarks(remarks, d);
          String flag = value(row.at(9));
          CountryNames.code(flag).ifPresent(d.countries::add);
          drafts.put(ent, d);
        });
    if (alt != null) {
      CsvRows.withoutHeader(
          alt,
          "alt.csv",
          row -> {
            if (isEnd(row)) {
              return;
            }
            read[0]++;
            Draft d = drafts.get(value(row.at(0)));
            String name = value(row.at(3));
            if (d == null) {
              rejected.add(
                  new RejectedRecord(
                      "alt.csv", row.line(), "ent_num", row.at(0), "no such entry in sdn.csv"));
              return;
            }
            if (name.isEmpty()) {
              rejected.add(new RejectedRecord("alt.csv", row.line(), "alt_name", "", "no name"));
              return;
            }
            String type = value(row.at(2)).toLowerCase(Locale.ROOT);
            String remarks = value(row.at(4)).toLowerCase(Locale.ROOT);
            NameType nameType =
                remarks.contains("weak")
                    ? NameType.WEAK_ALIAS
                    : type.equals("fka") ? NameType.FORMER_NAME : NameType.ALIAS;
            d.names.add(new PartyName(name, nameType, ""));
          });
    }
    if (add != null) {
      CsvRows.withoutHeader(
          add,
          "add.csv",
          row -> {
            if (isEnd(row)) {
              return;
            }
            read[0]++;
            Draft d = drafts.get(value(row.at(0)));
            if (d == null) {
              rejected.add(
                  new RejectedRecord(
                      "add.csv", row.line(), "ent_num", row.at(0), "no such entry in sdn.csv"));
              return;
            }
            String country = value(row.at(4));
            StringBuilder address = new StringBuilder();
            for (int f = 2; f <= 4 && f < row.fields().size(); f++) {
              String part = value(row.at(f));
              if (!part.isEmpty()) {
                address.append(address.isEmpty() ? "" : ", ").append(part);
              }
            }
            if (!address.isEmpty()) {
              d.addresses.add(address.toString().replaceAll("\\s+", " "));
            }
            if (!country.isEmpty()) {
              var code = CountryNames.code(country);
              if (code.isPresent()) {
                d.countries.add(code.get());
              } else {
                rejected.add(
                    new RejectedRecord(
                        "add.csv",
                        row.line(),
                        "Country",
                        country,
                        "unknown country; the address is kept as written"));
              }
            }
          });
    }
    List<ListedParty> entries = new ArrayList<>();
    for (Draft d : drafts.values()) {
      entries.add(
          new ListedParty(
              d.ent,
              RestrictedList.US_OFAC_SDN,
              d.kind,
              d.names,
              List.copyOf(d.countries),
              d.birthDates,
              d.identifiers,
              List.of(),
              (d.program.isEmpty() ? "" : "[" + d.program + "] ") + d.remarks,
              programs(d.program),
              d.addresses));
    }
    RestrictedList list =
        new RestrictedList(
            RestrictedList.US_OFAC_SDN,
            "OFAC Specially Designated Nationals and Blocked Persons List",
            version,
            source,
            entries);
    return new ListImport(
        List.of(list), new ImportReport(source, read[0], entries.size(), 0, rejected));
  }

  /**
   * OFAC's programme field names one programme or several, bracketed after the first: "SDGT",
   * "IRAN] [IRGC] [SDGT".
   */
  static List<String> programs(String field) {
    List<String> out = new ArrayList<>();
    for (String p : field.split("[\\[\\];]+")) {
      String t = p.strip();
      if (!t.isEmpty() && !out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * An alias written in the remarks rather than in alt.csv: "a.k.a. 'GOLDEN STAR TRADING'", "f.k.a.
   * 'X'" (a former name), "Linked To: ..." is not one.
   */
  private static final Pattern REMARK_ALIAS =
      Pattern.compile(
          "\\b([afn])\\.?k\\.?a\\.?,?\\s*['\u2018\u2019\"]([^'\u2018\u2019\"]{2,})['\u2018\u2019\"]",
          Pattern.CASE_INSENSITIVE);

  private static void readRemarks(String remarks, Draft d) {
    Matcher aka = REMARK_ALIAS.matcher(remarks);
    while (aka.find()) {
      String name = aka.group(2).strip();
      boolean known = d.names.stream().anyMatch(n -> n.text().equalsIgnoreCase(name));
      if (!name.isEmpty() && !known) {
        d.names.add(
            new PartyName(
                name,
                aka.group(1).equalsIgnoreCase("f") ? NameType.FORMER_NAME : NameType.ALIAS,
                ""));
      }
    }
    Matcher dob = DOB.matcher(remarks);
    while (dob.find()) {
      Values.birthDate(dob.group(1)).ifPresent(d.birthDates::add);
    }
    Matcher nat = NATIONALITY.matcher(remarks);
    while (nat.find()) {
      CountryNames.code(nat.group(1)).ifPresent(d.countries::add);
    }
    Matcher id = IDENTIFIER.matcher(remarks);
    while (id.find()) {
      String scheme =
          switch (id.group(1).toLowerCase(Locale.ROOT)) {
            case "passport" -> "passport";
            case "imo" -> "imo";
            case "tax id no." -> "tax";
            case "national id no." -> "national-id";
            case "unified social credit code (uscc)" -> "uscc";
            default -> "registration";
          };
      d.identifiers.add(new Identifier(scheme, id.group(2)));
    }
  }

  private static PartyKind kind(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "individual" -> PartyKind.PERSON;
      case "vessel" -> PartyKind.VESSEL;
      case "aircraft" -> PartyKind.AIRCRAFT;
      default -> PartyKind.ORGANIZATION;
    };
  }

  /** OFAC's empty value is "-0-", sometimes with blanks around it. */
  private static String value(String field) {
    String f = field.strip();
    return f.equals("-0-") ? "" : f;
  }

  private static boolean isEnd(CsvRows.Row row) {
    return row.fields().size() <= 1 && (row.at(0).isEmpty() || row.at(0).equals("\u001a"));
  }

  private static final class Draft {
    final String ent;
    final PartyKind kind;
    final String program;
    final List<PartyName> names = new ArrayList<>();
    final Set<String> countries = new LinkedHashSet<>();
    final List<String> birthDates = new ArrayList<>();
    final List<Identifier> identifiers = new ArrayList<>();
    final List<String> addresses = new ArrayList<>();
    String remarks = "";

    Draft(String ent, String name, PartyKind kind, String program) {
      this.ent = ent;
      this.kind = kind;
      this.program = program;
      names.add(PartyName.primary(name, ""));
    }
  }
}
