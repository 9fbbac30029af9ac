package dev.assay.screening.lists;

import dev.assay.screening.Identifier;
import dev.assay.screening.ListedParty;
import dev.assay.screening.Listing;
import dev.assay.screening.ListingAction;
import dev.assay.screening.NameType;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.RestrictedList;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated list (XML, {@code CONSOLIDATED_LIST} with {@code
 * INDIVIDUALS} and {@code ENTITIES}). Per entry: the reference number, the name parts (FIRST_NAME
 * to FOURTH_NAME), the name in original script, aliases with their quality ("Low" quality aliases
 * are weak), nationality and address countries, dates of birth, documents, and the day listed. The
 * list's version is its {@code dateGenerated}. Read with StAX, streaming; external entities are
 * refused.
 */
public final class UnConsolidatedListReader {
  /** The repeated groups of an entry; VALUE, COUNTRY and DATE mean different things in each. */
  private static final java.util.Set<String> SECTIONS =
      java.util.Set.of(
          "INDIVIDUAL_ALIAS",
          "ENTITY_ALIAS",
          "INDIVIDUAL_ADDRESS",
          "ENTITY_ADDRESS",
          "INDIVIDUAL_DATE_OF_BIRTH",
          "INDIVIDUAL_PLACE_OF_BIRTH",
          "INDIVIDUAL_DOCUMENT",
          "NATIONALITY",
          "TITLE",
          "DESIGNATION",
          "LIST_TYPE",
          "LAST_DAY_UPDATED");

  private UnConsolidatedListReader() {}

  public static ListImport read(InputStream in, String source, LocalDate fallbackVersion) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<ListedParty> entries = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    LocalDate version = fallbackVersion;
    long read = 0;
    try {
      XMLStreamReader x = factory.createXMLStreamReader(in);
      while (x.hasNext()) {
        int event = x.next();
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String tag = x.getLocalName();
        if (tag.equals("CONSOLIDATED_LIST")) {
          String generated = x.getAttributeValue(null, "dateGenerated");
          if (generated != null && generated.length() >= 10) {
            version = Values.isoDay(generated);
          }
        } else if (tag.equals("INDIVIDUAL") || tag.equals("ENTITY")) {
          read++;
          int line = x.getLocation().getLineNumber();
          Draft d = readEntry(x, tag);
          if (d.names.isEmpty()) {
            rejected.add(
                new RejectedRecord(source, line, "FIRST_NAME", "", "entry without a name"));
          } else if (d.reference.isEmpty() && d.dataId.isEmpty()) {
            rejected.add(
                new RejectedRecord(
                    source,
                    line,
                    "REFERENCE_NUMBER",
                    "",
                    "entry without a reference number or DATAID"));
          } else {
            entries.add(
                d.build(tag.equals("INDIVIDUAL") ? PartyKind.PERSON : PartyKind.ORGANIZATION));
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new ListFileException(
          source + ": not a readable UN consolidated list XML: " + e.getMessage(), e);
    }
    RestrictedList list =
        new RestrictedList(
            RestrictedList.UN_SC_CONSOLIDATED,
            "United Nations Security Council Consolidated List",
            version,
            source,
            entries);
    return new ListImport(
        List.of(list), new ImportReport(source, read, entries.size(), 0, rejected));
  }

  private static Draft readEntry(XMLStreamReader x, String endTag) throws XMLStreamException {
    Draft d = new Draft();
    String[] parts = new String[4];
    String aliasQuality = "";
    String docType = "";
    String docNumber = "";
    String section = "";
    // The parts of the address being read, in the list's order (street, city, province, zip code,
    // country), kept as written: officers compare addresses, and cities tell namesakes apart.
    List<String> address = new ArrayList<>();
    while (x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        String tag = x.getLocalName();
        if (tag.equals(endTag)) {
          break;
        }
        if (tag.endsWith("_ADDRESS") && !address.isEmpty()) {
          d.addresses.add(String.join(", ", address));
          address.clear();
        }
        if (tag.equals("INDIVIDUAL_DOCUMENT") && !docNumber.isEmpty()) {
          d.identifiers.add(
              new Identifier(
                  docType.isEmpty() ? "document" : docType.toLowerCase(java.util.Locale.ROOT),
                  docNumber));
          docType = "";
          docNumber = "";
        }
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String tag = x.getLocalName();
      if (SECTIONS.contains(tag)) {
        section = tag;
        continue;
      }
      switch (tag) {
        case "DATAID" -> d.dataId = text(x);
        case "FIRST_NAME" -> parts[0] = text(x);
        case "SECOND_NAME" -> parts[1] = text(x);
        case "THIRD_NAME" -> parts[2] = text(x);
        case "FOURTH_NAME" -> parts[3] = text(x);
        case "REFERENCE_NUMBER" -> d.reference = text(x);
        case "UN_LIST_TYPE" -> d.program = text(x);
        case "LISTED_ON" -> d.listedOn = text(x);
        case "COMMENTS1" -> d.remarks = text(x);
        case "NAME_ORIGINAL_SCRIPT" -> {
          String s = text(x);
          if (!s.isEmpty()) {
            d.names.add(new PartyName(s, NameType.ALIAS, ""));
          }
        }
        case "QUALITY" -> aliasQuality = text(x);
        case "ALIAS_NAME" -> {
          String s = text(x);
          if (!s.isEmpty()) {
            d.names.add(
                new PartyName(
                    s,
                    aliasQuality.equalsIgnoreCase("Low") ? NameType.WEAK_ALIAS : NameType.ALIAS,
                    ""));
          }
        }
        case "VALUE" -> {
          String s = text(x);
          if (section.equals("NATIONALITY")) {
            CountryNames.code(s).ifPresent(d.countries::add);
          }
        }
        case "COUNTRY" -> {
          String country = text(x);
          if (section.endsWith("_ADDRESS")) {
            CountryNames.code(country).ifPresent(d.countries::add);
            addPart(address, country);
          }
        }
        case "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "NOTE" -> {
          String part = text(x);
          if (section.endsWith("_ADDRESS")) {
            addPart(address, part);
          }
        }
        case "DATE", "YEAR", "FROM_YEAR" -> {
          if (section.endsWith("_DATE_OF_BIRTH")) {
            Values.birthDate(text(x)).ifPresent(d.birthDates::add);
          }
        }
        case "TYPE_OF_DOCUMENT" -> docType = text(x);
        case "NUMBER" -> docNumber = text(x);
        default -> {}
      }
    }
    StringBuilder name = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isEmpty()) {
        if (!name.isEmpty()) {
          name.append(' ');
        }
        name.append(p);
      }
    }
    if (!name.isEmpty()) {
      d.names.addFirst(PartyName.primary(name.toString(), ""));
    }
    return d;
  }

  private static void addPart(List<String> address, String part) {
    String p = part.strip().replaceAll("\\s+", " ");
    if (!p.isEmpty()) {
      address.add(p);
    }
  }

  private static String text(XMLStreamReader x) throws XMLStreamException {
    return x.getElementText().strip();
  }

  private static final class Draft {
    String dataId = "";
    String reference = "";
    String program = "";
    String listedOn = "";
    String remarks = "";
    final List<PartyName> names = new ArrayList<>();
    final Set<String> countries = new LinkedHashSet<>();
    final List<String> birthDates = new ArrayList<>();
    final List<Identifier> identifiers = new ArrayList<>();
    final List<String> addresses = new ArrayList<>();

    ListedParty build(PartyKind kind) {
      List<Listing> history = new ArrayList<>();
      if (!listedOn.isEmpty()) {
        try {
          LocalDate day = Values.isoDay(listedOn);
          history.add(new Listing(ListingAction.LISTED, reference, day, day, "", program));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
          // An unreadable listing date leaves the entry listed without a date, as lists without
          // dates are; the remark keeps what was written.
          remarks = remarks + " (listed on: " + listedOn + ")";
        }
      }
      return new ListedParty(
          reference.isEmpty() ? dataId : reference,
          RestrictedList.UN_SC_CONSOLIDATED,
          kind,
          names,
          List.copyOf(countries),
          birthDates,
          identifiers,
          history,
          (program.isEmpty() ? "" : "[" + program + "] ") + remarks,
          program.isEmpty() ? List.of() : List.of(program),
          addresses);
    }
  }
}
