package dev.assay.screening.lists;

import dev.assay.screening.ListedParty;
import dev.assay.screening.Listing;
import dev.assay.screening.ListingAction;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.RestrictedList;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads China's restricted-party lists as Assay keeps them: one row per announcement about one
 * entity, with the list, the action (listed, removed, suspended, resumed, investigation_opened,
 * additional_measure), the announcement's number, publication and effective dates, the Chinese and
 * the English name, the entity type and the announcement's address. Rows about the same Chinese
 * name on the same list make one entry whose history is those announcements; its Chinese and
 * English names are two names of one party.
 *
 * <p>Lists: {@code MOFCOM_EXPORT_CONTROL_CONTROL_LIST} (出口管制管控名单, Export Control Law art. 18) and
 * {@code UNRELIABLE_ENTITY_LIST} (不可靠实体清单).
 */
public final class ChineseListReader {
  static final List<String> COLUMNS =
      List.of(
          "list",
          "action",
          "announcement",
          "publish_date",
          "effective_date",
          "name_zh",
          "name_en",
          "entity_type",
          "source_url");

  private static final Map<String, String[]> LISTS =
      Map.of(
          "MOFCOM_EXPORT_CONTROL_CONTROL_LIST",
          new String[] {
            RestrictedList.CN_EXPORT_CONTROL_LIST, "出口管制管控名单 MOFCOM Export Control Control List"
          },
          "UNRELIABLE_ENTITY_LIST",
          new String[] {
            RestrictedList.CN_UNRELIABLE_ENTITY_LIST, "不可靠实体清单 Unreliable Entity List"
          });

  private ChineseListReader() {}

  public static ListImport read(Reader in, String file) {
    Map<String, Map<String, Draft>> drafts = new LinkedHashMap<>();
    Map<String, LocalDate> versions = new LinkedHashMap<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    long[] read = {0};
    CsvRows.withHeader(
        in,
        file,
        COLUMNS,
        row -> {
          read[0]++;
          String list = row.get("list");
          String[] target = LISTS.get(list);
          if (target == null) {
            rejected.add(
                new RejectedRecord(
                    file,
                    row.line(),
                    "list",
                    list,
                    "unknown list; expected MOFCOM_EXPORT_CONTROL_CONTROL_LIST or UNRELIABLE_ENTITY_LIST"));
            return;
          }
          String zh = row.get("name_zh");
          String en = row.get("name_en");
          if (zh.isEmpty() && en.isEmpty()) {
            rejected.add(
                new RejectedRecord(
                    file, row.line(), "name_zh", "", "no name in Chinese or English"));
            return;
          }
          ListingAction action;
          try {
            action = ListingAction.parse(row.get("action"));
          } catch (IllegalArgumentException e) {
            rejected.add(
                new RejectedRecord(file, row.line(), "action", row.get("action"), e.getMessage()));
            return;
          }
          LocalDate published;
          LocalDate effective;
          try {
            published = LocalDate.parse(row.get("publish_date"));
            String eff = row.get("effective_date");
            effective = eff.isEmpty() ? published : LocalDate.parse(eff);
          } catch (DateTimeParseException e) {
            rejected.add(
                new RejectedRecord(
                    file,
                    row.line(),
                    "publish_date/effective_date",
                    row.get("publish_date") + "/" + row.get("effective_date"),
                    "dates are written YYYY-MM-DD"));
            return;
          }
          String action0 = row.get("action");
          String note =
              action0.contains("(")
                  ? action0.substring(action0.indexOf('(') + 1).replace(")", "").strip()
                  : "";
          Listing listing =
              new Listing(
                  action,
                  row.get("announcement"),
                  published,
                  effective,
                  row.get("source_url"),
                  note);
          String key = zh.isEmpty() ? en : zh;
          Draft d =
              drafts
                  .computeIfAbsent(target[0], k -> new LinkedHashMap<>())
                  .computeIfAbsent(key, k -> new Draft(zh, row.get("entity_type")));
          if (!en.isEmpty() && !d.english.contains(en)) {
            d.english.add(en);
          }
          d.history.add(listing);
          versions.merge(target[0], published, (a, b) -> a.isAfter(b) ? a : b);
        });
    List<RestrictedList> lists = new ArrayList<>();
    long entries = 0;
    for (var e : drafts.entrySet()) {
      String listId = e.getKey();
      String title =
          LISTS.values().stream().filter(v -> v[0].equals(listId)).findFirst().orElseThrow()[1];
      List<ListedParty> parties = new ArrayList<>();
      Map<String, Integer> ids = new LinkedHashMap<>();
      for (Draft d : e.getValue().values()) {
        parties.add(d.build(listId, ids));
      }
      entries += parties.size();
      lists.add(new RestrictedList(listId, title, versions.get(listId), file, parties));
    }
    return new ListImport(lists, new ImportReport(file, read[0], entries, 0, rejected));
  }

  /** The rows about one entity, gathered before the entry is built. */
  private static final class Draft {
    final String chinese;
    final String type;
    final List<String> english = new ArrayList<>(1);
    final List<Listing> history = new ArrayList<>(1);

    Draft(String chinese, String type) {
      this.chinese = chinese;
      this.type = type;
    }

    ListedParty build(String listId, Map<String, Integer> ids) {
      List<PartyName> names = new ArrayList<>();
      String base = english.isEmpty() ? "" : Slugs.of(english.getFirst());
      for (String en : english) {
        names.add(names.isEmpty() ? PartyName.primary(en, "en") : PartyName.alias(en, "en"));
      }
      if (!chinese.isEmpty()) {
        names.add(
            names.isEmpty() ? PartyName.primary(chinese, "zh") : PartyName.alias(chinese, "zh"));
      }
      if (base.isEmpty()) {
        base = "zh-" + Integer.toHexString(chinese.hashCode());
      }
      int n = ids.merge(base, 1, Integer::sum);
      String id = n == 1 ? base : base + "-" + n;
      PartyKind kind =
          switch (type) {
            case "person", "individual" -> PartyKind.PERSON;
            case "organization", "organisation", "entity", "company" -> PartyKind.ORGANIZATION;
            default -> PartyKind.UNKNOWN;
          };
      return new ListedParty(id, listId, kind, names, List.of(), List.of(), List.of(), history, "");
    }
  }
}
