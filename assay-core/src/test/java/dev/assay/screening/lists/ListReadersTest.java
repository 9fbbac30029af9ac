package dev.assay.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.screening.ListedParty;
import dev.assay.screening.ListingStatus;
import dev.assay.screening.NameType;
import dev.assay.screening.PartyKind;
import dev.assay.screening.RestrictedList;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each list format, read from a small fixture written the way the agency publishes it. */
class ListReadersTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

  private static Path fixture(String name) {
    try {
      return Path.of(ListReadersTest.class.getResource("/screening/lists/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ListedParty entry(RestrictedList list, String id) {
    return list.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void ofac_sdn_legacy_csv_with_aliases_addresses_and_remarks() {
    ListImport imported =
        ListImporter.read(ListFormat.OFAC_SDN, List.of(fixture("ofac")), null, TODAY);
    RestrictedList sdn = imported.lists().getFirst();

    assertThat(sdn.id()).isEqualTo(RestrictedList.US_OFAC_SDN);
    assertThat(sdn.version()).isEqualTo(TODAY);
    ListedParty company = entry(sdn, "101");
    assertThat(company.names())
        .extracting(n -> n.text())
        .containsExactly(
            "NORTHERN STAR METALS TRADING LLC",
            "SEVERNAYA ZVEZDA METALLY",
            "NORTHERN STAR TRADING HOUSE");
    assertThat(company.names().get(2).type()).isEqualTo(NameType.FORMER_NAME);
    assertThat(company.countries()).containsExactly("RU");
    assertThat(company.identifiers())
        .extracting(i -> i.scheme() + "=" + i.value())
        .contains("registration=1027739000001", "tax=7701000001");
    ListedParty person = entry(sdn, "102");
    assertThat(person.kind()).isEqualTo(PartyKind.PERSON);
    assertThat(person.birthDates()).containsExactly("1968-03-14");
    assertThat(entry(sdn, "103").identifiers()).extracting(i -> i.scheme()).contains("imo");
    assertThat(entry(sdn, "104").primaryName().text())
        .isEqualTo("SOCIÉTÉ GÉNÉRALE DES MINÉRAUX RARES");
    assertThat(entry(sdn, "104").names().get(1).type()).isEqualTo(NameType.WEAK_ALIAS);
    assertThat(imported.report().rejected())
        .extracting(RejectedRecord::describe)
        .containsExactlyInAnyOrder(
            "sdn.csv line 5, field ent_num, value 'abc': not a number",
            "sdn.csv line 6, field SDN_Name: no name",
            "alt.csv line 5, field ent_num, value '999': no such entry in sdn.csv",
            "add.csv line 3, field Country, value 'Atlantis': unknown country; the address is kept as written");
  }

  @Test
  void un_consolidated_list_xml_with_original_script_aliases_and_documents() {
    ListImport imported =
        ListImporter.read(ListFormat.UN_XML, List.of(fixture("un/consolidated.xml")), null, TODAY);
    RestrictedList un = imported.lists().getFirst();

    assertThat(un.version()).isEqualTo(LocalDate.of(2025, 11, 20));
    ListedParty ri = entry(un, "KPi.901");
    assertThat(ri.names())
        .extracting(n -> n.text())
        .containsExactly("RI CHOL MAN", "리철만", "Ri Chol-man", "Mr. Ri");
    assertThat(ri.names().get(3).type()).isEqualTo(NameType.WEAK_ALIAS);
    assertThat(ri.countries()).containsExactly("KP");
    assertThat(ri.birthDates()).containsExactly("1962-10-21");
    assertThat(ri.identifiers())
        .extracting(i -> i.scheme() + "=" + i.value())
        .containsExactly("passport=836410099");
    assertThat(ri.status(LocalDate.of(2017, 8, 4))).isEqualTo(ListingStatus.NOT_YET_LISTED);
    assertThat(ri.status(LocalDate.of(2017, 8, 5))).isEqualTo(ListingStatus.ACTIVE);
    assertThat(entry(un, "KPe.901").names()).hasSize(3);
    assertThat(imported.report().rejected())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("entry without a name"));
  }

  @Test
  void opensanctions_follow_the_money_json_lines_skips_non_targets_and_reports_bad_lines() {
    ListImport imported =
        ListImporter.read(
            ListFormat.FTM_JSON,
            List.of(fixture("opensanctions/entities.ftm.json")),
            "os-test",
            TODAY);
    RestrictedList os = imported.lists().getFirst();

    assertThat(os.id()).isEqualTo("os-test");
    assertThat(os.version()).isEqualTo(LocalDate.of(2025, 10, 30));
    assertThat(os.entries())
        .extracting(ListedParty::id)
        .containsExactly("NK-synth001", "NK-synth002", "NK-synth004");
    assertThat(entry(os, "NK-synth001").names())
        .extracting(n -> n.text())
        .contains("Балтийский Редкоземельный Холдинг");
    assertThat(entry(os, "NK-synth001").identifiers())
        .extracting(i -> i.scheme())
        .containsExactlyInAnyOrder("inn", "ogrn");
    assertThat(entry(os, "NK-synth002").names())
        .anyMatch(n -> n.type() == NameType.WEAK_ALIAS && n.text().equals("Vanya"));
    assertThat(entry(os, "NK-synth004").countries()).containsExactly("KM");
    assertThat(imported.report().skipped()).isEqualTo(1);
    assertThat(imported.report().rejected())
        .extracting(RejectedRecord::line)
        .containsExactly(5L, 6L);
  }

  @Test
  void opensanctions_simple_csv() {
    ListImport imported =
        ListImporter.read(
            ListFormat.OPENSANCTIONS_CSV,
            List.of(fixture("opensanctions/targets.simple.csv")),
            null,
            TODAY);
    RestrictedList os = imported.lists().getFirst();

    assertThat(os.id()).isEqualTo("opensanctions");
    assertThat(os.entries()).hasSize(2);
    assertThat(entry(os, "NK-synth001").names())
        .extracting(n -> n.text())
        .containsExactly("Baltic Rare Earth Holding", "Балтийский Редкоземельный Холдинг", "BREH");
    assertThat(entry(os, "NK-synth002").birthDates()).containsExactly("1975-06-02");
    assertThat(imported.report().skipped()).isEqualTo(1);
    assertThat(imported.report().rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(5);
              assertThat(r.field()).isEqualTo("name");
            });
  }

  @Test
  void agency_watch_list_csv_with_removal_and_bad_rows_named() {
    ListImport imported =
        ListImporter.read(
            ListFormat.WATCHLIST_CSV,
            List.of(fixture("watchlist/watchlist.csv")),
            "port-watch",
            TODAY);
    RestrictedList wl = imported.lists().getFirst();

    assertThat(wl.entries()).extracting(ListedParty::id).containsExactly("WL-001", "WL-002");
    ListedParty meridian = entry(wl, "WL-001");
    assertThat(meridian.names()).hasSize(3);
    assertThat(meridian.countries()).containsExactly("HK", "SG");
    assertThat(entry(wl, "WL-002").status(LocalDate.of(2025, 12, 1)))
        .isEqualTo(ListingStatus.REMOVED);
    assertThat(imported.report().rejected())
        .extracting(RejectedRecord::describe)
        .containsExactly(
            "watchlist.csv line 4, field countries, value 'XX': not an ISO 3166-1 alpha-2 country code",
            "watchlist.csv line 5, field listed_on, value '2025-13-40': dates are written YYYY-MM-DD",
            "watchlist.csv line 6, field name: required");
  }

  @Test
  void chinese_list_rows_make_one_entry_per_entity_with_its_history() {
    ListImport imported =
        ListImporter.read(ListFormat.CN_CSV, List.of(fixture("cn/announcements.csv")), null, TODAY);
    RestrictedList uel =
        imported.lists().stream()
            .filter(l -> l.id().equals(RestrictedList.CN_UNRELIABLE_ENTITY_LIST))
            .findFirst()
            .orElseThrow();
    ListedParty example = uel.entries().getFirst();

    assertThat(example.history()).hasSize(4);
    assertThat(example.status(LocalDate.of(2030, 1, 10))).isEqualTo(ListingStatus.ACTIVE);
    assertThat(example.status(LocalDate.of(2030, 3, 4))).isEqualTo(ListingStatus.ACTIVE);
    assertThat(example.status(LocalDate.of(2030, 3, 5))).isEqualTo(ListingStatus.SUSPENDED);
    assertThat(example.status(LocalDate.of(2030, 6, 1))).isEqualTo(ListingStatus.ACTIVE);
    assertThat(example.status(LocalDate.of(2030, 9, 15))).isEqualTo(ListingStatus.REMOVED);
    assertThat(uel.version()).isEqualTo(LocalDate.of(2030, 9, 1));
    assertThat(imported.report().rejected())
        .extracting(RejectedRecord::field)
        .containsExactly("action", "list", "publish_date/effective_date");
  }

  @Test
  void a_file_without_the_required_columns_is_refused_whole() {
    assertThatThrownBy(
            () ->
                ListImporter.read(
                    ListFormat.CN_CSV, List.of(fixture("watchlist/watchlist.csv")), null, TODAY))
        .isInstanceOf(ListFileException.class)
        .hasMessageContaining("header lacks column(s) list, action");
  }
}
