package dev.assay.controllist;

import static dev.assay.controllist.Queries.GERMANY;
import static dev.assay.controllist.Queries.JAPAN;
import static dev.assay.controllist.Queries.MEXICO;
import static dev.assay.controllist.Queries.US;
import static dev.assay.controllist.Queries.line;
import static dev.assay.controllist.Queries.military;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.EndUse;
import dev.assay.declaration.HsCode;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The control-list timeline from 2023 to 2026, pinned as specifications on the shipped data. */
class ControlListTimelineTest {
  private final ControlList list = ControlList.bundled();

  private Determination determine(DeterminationQuery query) {
    return list.determine(query);
  }

  @Nested
  @DisplayName("gallium and germanium (MOFCOM-GAC 2023 No. 23)")
  class GalliumGermanium {
    @Test
    void gallium_metal_to_germany_is_free_before_1_august_2023() {
      Determination d = determine(line("8112929010", GERMANY, "2023-07-15"));

      assertThat(d.verdict()).isEqualTo(Verdict.NOT_CONTROLLED);
      assertThat(d.notes())
          .anySatisfy(n -> assertThat(n).contains("in force only from 2023-08-01"));
    }

    @Test
    void gallium_metal_to_germany_needs_a_licence_from_1_august_2023() {
      Determination d = determine(line("8112929010", GERMANY, "2023-08-01"));

      assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
      assertThat(d.decisive().orElseThrow().basis()).isEqualTo("MOFCOM-GAC 2023 No. 23");
      assertThat(d.decisive().orElseThrow().item().orElseThrow().id()).isEqualTo("gallium-1");
      assertThat(d.decisive().orElseThrow().confidence()).isEqualTo(Confidence.CONFIRMED);
    }

    @Test
    void germanium_dioxide_needs_a_licence_whatever_its_purity() {
      assertThat(determine(line("2825600002", GERMANY, "2024-01-01")).verdict())
          .isEqualTo(Verdict.LICENSE_REQUIRED);
    }
  }

  @Nested
  @DisplayName("antimony to the United States (2024 No. 33, No. 46 clause 2, No. 72)")
  class AntimonyToTheUnitedStates {
    @Test
    void antimony_ingots_need_a_licence_from_15_september_2024() {
      assertThat(determine(line("8110101000", GERMANY, "2024-09-14")).verdict())
          .isEqualTo(Verdict.NOT_CONTROLLED);
      Determination d = determine(line("8110101000", GERMANY, "2024-09-15"));
      assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
      assertThat(d.decisive().orElseThrow().basis()).isEqualTo("MOFCOM-GAC 2024 No. 33");
    }

    @Test
    void antimony_ingots_to_the_us_are_presumed_denied_in_january_2025() {
      Determination d = determine(line("8110101000", US, "2025-01-10"));

      assertThat(d.verdict()).isEqualTo(Verdict.PRESUMPTION_OF_DENIAL);
      assertThat(d.decisive().orElseThrow().basis()).isEqualTo("MOFCOM 2024 No. 46, clause 2");
      assertThat(d.measures())
          .extracting(AppliedMeasure::basis)
          .containsExactly("MOFCOM 2024 No. 46, clause 2", "MOFCOM-GAC 2024 No. 33");
    }

    @Test
    void antimony_ingots_to_the_us_need_only_a_licence_while_clause_2_is_suspended() {
      Determination d = determine(line("8110101000", US, "2025-12-01"));

      assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
      assertThat(d.measures())
          .extracting(AppliedMeasure::basis)
          .containsExactly("MOFCOM-GAC 2024 No. 33");
    }

    @Test
    void the_suspension_of_clause_2_ends_on_27_november_2026_inclusive() {
      assertThat(determine(line("8110101000", US, "2026-11-27")).verdict())
          .isEqualTo(Verdict.LICENSE_REQUIRED);
      Determination d = determine(line("8110101000", US, "2026-11-28"));
      assertThat(d.verdict()).isEqualTo(Verdict.PRESUMPTION_OF_DENIAL);
      assertThat(d.decisive().orElseThrow().basis()).isEqualTo("MOFCOM 2024 No. 46, clause 2");
    }

    @Test
    void clause_2_reaches_a_us_end_user_behind_a_third_country() {
      DeterminationQuery viaMexico =
          new DeterminationQuery(
              HsCode.parse("8110101000"),
              null,
              MEXICO,
              US,
              EndUse.CIVIL,
              LocalDate.parse("2025-01-10"));

      assertThat(determine(viaMexico).verdict()).isEqualTo(Verdict.PRESUMPTION_OF_DENIAL);
    }

    @Test
    void graphite_to_the_us_gets_a_stricter_review_not_a_denial() {
      Determination d = determine(line("2504101000", US, "2025-01-10"));

      assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
      assertThat(d.measures())
          .extracting(AppliedMeasure::basis)
          .contains("MOFCOM-GAC 2023 No. 39", "MOFCOM 2024 No. 46, clause 2 (graphite)");
    }

    @Test
    void tungsten_to_the_us_for_civil_use_needs_a_licence_only() {
      assertThat(determine(line("2841801000", US, "2025-03-01")).verdict())
          .isEqualTo(Verdict.LICENSE_REQUIRED);
    }
  }

  @Nested
  @DisplayName("military end uses: United States from 2024-12-03, Japan from 2026-01-06")
  class MilitaryEndUses {
    @Test
    void tungsten_apt_for_us_military_use_is_prohibited() {
      Determination d = determine(military("2841801000", US, "2025-03-01"));

      assertThat(d.verdict()).isEqualTo(Verdict.PROHIBITED);
      assertThat(d.decisive().orElseThrow().basis()).isEqualTo("MOFCOM 2024 No. 46, clause 1");
      assertThat(d.decisive().orElseThrow().item().orElseThrow().controlCode()).contains("1C117.d");
    }

    @Test
    void gallium_for_us_military_use_is_prohibited_from_3_december_2024_not_before() {
      assertThat(determine(military("8112929010", US, "2024-12-02")).verdict())
          .isEqualTo(Verdict.LICENSE_REQUIRED);
      assertThat(determine(military("8112929010", US, "2024-12-03")).verdict())
          .isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void the_us_military_ban_stays_while_clause_2_is_suspended() {
      assertThat(determine(military("8110101000", US, "2025-12-01")).verdict())
          .isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void a_us_military_end_user_behind_a_third_country_is_caught() {
      DeterminationQuery viaMexico =
          new DeterminationQuery(
              HsCode.parse("2841801000"),
              null,
              MEXICO,
              US,
              EndUse.MILITARY,
              LocalDate.parse("2025-03-01"));

      assertThat(determine(viaMexico).verdict()).isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void japanese_military_use_is_prohibited_from_6_january_2026() {
      assertThat(determine(military("2841801000", JAPAN, "2026-01-05")).verdict())
          .isEqualTo(Verdict.LICENSE_REQUIRED);
      Determination d = determine(military("2841801000", JAPAN, "2026-01-06"));
      assertThat(d.verdict()).isEqualTo(Verdict.PROHIBITED);
      assertThat(d.decisive().orElseThrow().basis()).isEqualTo("MOFCOM 2026 No. 1");
    }

    @Test
    void civil_use_in_japan_needs_a_licence_only() {
      assertThat(determine(line("8112929010", JAPAN, "2026-02-01")).verdict())
          .isEqualTo(Verdict.LICENSE_REQUIRED);
    }

    @Test
    void uncontrolled_goods_stay_free_for_military_end_uses() {
      Determination d = determine(military("6403990000", US, "2025-03-01"));

      assertThat(d.verdict()).isEqualTo(Verdict.NOT_CONTROLLED);
      assertThat(d.measures()).isEmpty();
    }
  }

  @Nested
  @DisplayName("the October 2025 measures (Nos. 55-58), suspended by No. 70 until 2026-11-10")
  class OctoberMeasures {
    private static final String CELLS = "85076000";
    private static final String CELLS_TEXT = "lithium-ion cells, 310 Wh/kg";
    private static final String HOLMIUM = "28053019";

    @Test
    void lithium_cells_were_not_controlled_before_the_planned_effective_date() {
      Determination d = determine(line(CELLS, CELLS_TEXT, GERMANY, "2025-10-20"));

      assertThat(d.verdict()).isEqualTo(Verdict.NOT_CONTROLLED);
      assertThat(d.notes())
          .anySatisfy(n -> assertThat(n).contains("in force only from 2025-11-08"));
    }

    @Test
    void lithium_cells_stay_dormant_while_suspended() {
      for (String date : new String[] {"2025-11-08", "2026-03-01", "2026-11-10"}) {
        Determination d = determine(line(CELLS, CELLS_TEXT, GERMANY, date));
        assertThat(d.verdict()).as(date).isEqualTo(Verdict.NOT_CONTROLLED);
        assertThat(d.notes())
            .as(date)
            .anySatisfy(
                n ->
                    assertThat(n)
                        .contains("suspended")
                        .contains("MOFCOM-GAC 2025 No. 70")
                        .contains("2026-11-10"));
      }
    }

    @Test
    void lithium_cells_need_a_licence_from_11_november_2026_unless_extended() {
      Determination d = determine(line(CELLS, CELLS_TEXT, GERMANY, "2026-11-11"));

      assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
      assertThat(d.decisive().orElseThrow().basis()).isEqualTo("MOFCOM-GAC 2025 No. 58");
      assertThat(d.decisive().orElseThrow().item().orElseThrow().controlCode()).contains("3A001");
      assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains(">=300 Wh/kg"));
    }

    @Test
    void holmium_metal_stays_dormant_until_10_november_2026() {
      assertThat(determine(line(HOLMIUM, "holmium metal", GERMANY, "2025-11-08")).verdict())
          .isEqualTo(Verdict.NOT_CONTROLLED);
      assertThat(determine(line(HOLMIUM, "holmium metal", GERMANY, "2026-11-10")).verdict())
          .isEqualTo(Verdict.NOT_CONTROLLED);
      Determination d = determine(line(HOLMIUM, "holmium metal", GERMANY, "2026-11-11"));
      assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
      assertThat(d.decisive().orElseThrow().basis()).isEqualTo("MOFCOM-GAC 2025 No. 57");
    }

    @Test
    void measure_status_follows_the_suspension() {
      Measure batteries = list.measure("MOFCOM-GAC-2025-58").orElseThrow();

      assertThat(list.status(batteries, Queries.date("2025-10-20")))
          .isEqualTo(MeasureStatus.NOT_YET_EFFECTIVE);
      assertThat(list.status(batteries, Queries.date("2025-11-08")))
          .isEqualTo(MeasureStatus.SUSPENDED);
      assertThat(list.status(batteries, Queries.date("2026-11-11")))
          .isEqualTo(MeasureStatus.IN_FORCE);
    }

    @Test
    void the_april_2025_rare_earth_controls_stay_in_force() {
      Determination d = determine(line("2805301200", "dysprosium metal", GERMANY, "2025-12-01"));

      assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
      assertThat(d.decisive().orElseThrow().basis()).isEqualTo("MOFCOM-GAC 2025 No. 18");
      assertThat(d.decisive().orElseThrow().confidence()).isEqualTo(Confidence.LIKELY);
    }
  }

  @Nested
  @DisplayName("ordinary goods")
  class OrdinaryGoods {
    @Test
    void shoes_are_not_controlled_and_cost_no_determination_object() {
      Determination d = determine(line("6403990000", "leather shoes", US, "2025-01-10"));

      assertThat(d.verdict()).isEqualTo(Verdict.NOT_CONTROLLED);
      assertThat(d.measures()).isEmpty();
      assertThat(d.notes()).isEmpty();
      // The uncontrolled path hands back one shared answer rather than building one per line.
      assertThat(d).isSameAs(determine(line("6403990000", GERMANY, "2024-01-01")));
    }

    @Test
    void an_eight_digit_line_without_listed_codes_is_not_controlled() {
      assertThat(determine(line("64039900", US, "2025-01-10")).verdict())
          .isEqualTo(Verdict.NOT_CONTROLLED);
    }
  }
}
