package dev.assay.controllist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.HsCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped list: complete, cited, graded, and faithful to the fact base where it is unsure. */
class BundledControlListTest {
  private static final Path SHIPPED = Path.of("src/main/resources", ControlList.BUNDLED_FOLDER);
  private final ControlList list = ControlList.bundled();

  @Test
  void the_index_names_every_shipped_file() throws IOException {
    List<String> files;
    try (Stream<Path> paths = Files.list(SHIPPED)) {
      files =
          paths
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .sorted()
              .toList();
    }
    List<String> indexed =
        Files.readAllLines(SHIPPED.resolve("index.txt")).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .sorted()
            .toList();

    assertThat(indexed).isEqualTo(files);
    assertThat(list.measures()).hasSize(files.size());
  }

  @Test
  void every_announcement_from_2023_to_2026_is_recorded() {
    assertThat(list.measures())
        .extracting(Measure::id)
        .containsExactly(
            "MOFCOM-GAC-2023-23",
            "MOFCOM-GAC-2023-39",
            "MOFCOM-GAC-2024-33",
            "MOFCOM-MIIT-GAC-SCA-2024-51",
            "MOFCOM-2024-46",
            "MOFCOM-GAC-2024-67",
            "MOFCOM-GAC-2025-10",
            "MOFCOM-GAC-2025-18",
            "MOFCOM-GAC-2025-55",
            "MOFCOM-GAC-2025-56",
            "MOFCOM-GAC-2025-57",
            "MOFCOM-GAC-2025-58",
            "MOFCOM-2025-61",
            "MOFCOM-2025-62",
            "MOFCOM-GAC-2025-70",
            "MOFCOM-2025-72",
            "MOFCOM-2026-1");
  }

  @Test
  void every_entry_has_source_keys_and_a_confidence() {
    List<String> uncited = new ArrayList<>();
    for (Measure m : list.measures()) {
      check(uncited, m.id(), m.sources(), m.confidence());
      for (Clause c : m.clauses()) {
        check(uncited, m.id() + " clause " + c.id(), c.sources(), c.confidence());
      }
      for (Suspension s : m.suspensions()) {
        check(uncited, m.id() + " suspends " + s.measure(), s.sources(), s.confidence());
      }
      for (ControlledItem i : m.items()) {
        check(uncited, m.id() + " item " + i.id(), i.sources(), i.confidence());
        for (ReferenceCode code : i.hsCodes()) {
          check(
              uncited,
              m.id() + " item " + i.id() + " code " + code.code(),
              code.sources(),
              code.confidence());
        }
      }
    }
    assertThat(uncited).isEmpty();
  }

  private static void check(
      List<String> uncited, String entry, List<String> sources, Confidence confidence) {
    if (confidence == null
        || sources.isEmpty()
        || sources.stream().anyMatch(key -> !key.matches("[A-Z0-9][A-Za-z0-9-]*"))) {
      uncited.add(entry);
    }
  }

  @Test
  void the_gallium_metal_code_stays_confirmed_and_its_misprint_stays_unsure() {
    ControlledItem galliumMetal =
        list.measure("MOFCOM-GAC-2023-23").orElseThrow().item("gallium-1").orElseThrow();

    assertThat(galliumMetal.hsCodes())
        .filteredOn(c -> c.code().value().equals("8112929010"))
        .singleElement()
        .satisfies(c -> assertThat(c.confidence()).isEqualTo(Confidence.CONFIRMED))
        .satisfies(c -> assertThat(c.conclusive()).isTrue());
    assertThat(galliumMetal.hsCodes())
        .filteredOn(c -> c.code().value().equals("8110929010"))
        .singleElement()
        .satisfies(c -> assertThat(c.confidence()).isEqualTo(Confidence.UNSURE))
        .satisfies(c -> assertThat(c.conclusive()).isFalse())
        .satisfies(c -> assertThat(c.note().orElseThrow()).contains("typo"));
  }

  @Test
  void the_germanium_tetrachloride_codes_stay_an_unsure_gap() {
    ControlledItem tetrachloride =
        list.measure("MOFCOM-GAC-2023-23").orElseThrow().item("germanium-6").orElseThrow();

    assertThat(tetrachloride.hsCodes())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.confidence()).isEqualTo(Confidence.UNSURE))
        .allSatisfy(c -> assertThat(c.note().orElseThrow()).contains("GAP"));
  }

  @Test
  void the_terbium_dysprosium_lutetium_scandium_yttrium_codes_are_no_better_than_likely() {
    List<String> heavy = List.of("terbium", "dysprosium", "lutetium", "scandium", "yttrium");
    Measure rareEarths = list.measure("MOFCOM-GAC-2025-18").orElseThrow();

    assertThat(rareEarths.items())
        .filteredOn(i -> heavy.contains(i.mineral()))
        .flatMap(ControlledItem::hsCodes)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.confidence()).isNotEqualTo(Confidence.CONFIRMED));
  }

  @Test
  void unsure_codes_never_decide_alone() {
    assertThat(list.measures())
        .flatMap(Measure::items)
        .flatMap(ControlledItem::hsCodes)
        .filteredOn(c -> c.confidence() == Confidence.UNSURE)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.conclusive()).isFalse());
  }

  @Test
  void the_us_clause_2_suspension_names_both_parts_of_clause_2_until_27_november_2026() {
    Suspension suspension = list.measure("MOFCOM-2025-72").orElseThrow().suspensions().getFirst();

    assertThat(suspension.measure()).isEqualTo("MOFCOM-2024-46");
    assertThat(suspension.clauses()).containsExactly("2", "2-graphite");
    assertThat(suspension.until()).contains(LocalDate.parse("2026-11-27"));
  }

  @Test
  void clause_2_of_the_us_measure_is_suspended_while_the_measure_stays_in_force() {
    Measure us = list.measure("MOFCOM-2024-46").orElseThrow();
    LocalDate december2025 = LocalDate.parse("2025-12-01");

    assertThat(list.status(us, december2025)).isEqualTo(MeasureStatus.IN_FORCE);
    assertThat(list.status(us, us.clause("1").orElseThrow(), december2025))
        .isEqualTo(MeasureStatus.IN_FORCE);
    assertThat(list.status(us, us.clause("2").orElseThrow(), december2025))
        .isEqualTo(MeasureStatus.SUSPENDED);
    assertThat(list.status(us, us.clause("2").orElseThrow(), LocalDate.parse("2026-11-28")))
        .isEqualTo(MeasureStatus.IN_FORCE);
  }

  @Test
  void the_version_names_the_latest_announcement_and_is_stable() {
    ControlList reloaded = ControlList.builder().addBundled().build();

    assertThat(list.version()).matches("MOFCOM-2026-1\\+[0-9a-f]{12}");
    assertThat(reloaded.version()).isEqualTo(list.version());
    assertThat(ControlList.bundled()).isSameAs(list);
  }

  @Test
  void items_by_code_show_every_item_sharing_a_code_whatever_the_date() {
    assertThat(list.itemsFor(HsCode.parse("2931900032")))
        .extracting(l -> l.item().id())
        .containsExactlyInAnyOrder(
            "antimony-4",
            "triphenyl-bismuth",
            "tri-p-ethoxyphenyl-bismuth",
            "trimethyl-indium",
            "triethyl-indium",
            "extractant-p507");
  }

  @Test
  void a_code_is_controlled_while_a_measure_listing_it_is_in_force() {
    assertThat(list.isControlledCode(HsCode.parse("8112929010"), LocalDate.parse("2023-07-31")))
        .isFalse();
    assertThat(list.isControlledCode(HsCode.parse("8112929010"), LocalDate.parse("2023-08-01")))
        .isTrue();
    assertThat(list.isControlledCode(HsCode.parse("8507600010"), LocalDate.parse("2026-11-10")))
        .isFalse();
    assertThat(list.isControlledCode(HsCode.parse("8507600010"), LocalDate.parse("2026-11-11")))
        .isTrue();
    assertThat(list.isControlledCode(HsCode.parse("6403990000"), LocalDate.parse("2026-11-11")))
        .isFalse();
  }

  @Test
  void the_list_is_immutable() {
    assertThat(list.measures()).isUnmodifiable();
    assertThat(list.measures().getFirst().items()).isUnmodifiable();
  }
}
