package dev.assay.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.controllist.Confidence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {
  private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void the_shipped_calendar_covers_2023_to_2026_each_year_with_its_notice() {
    for (int year = 2023; year <= 2026; year++) {
      assertThat(calendar.year(year))
          .as("year %d", year)
          .hasValueSatisfying(
              y -> {
                assertThat(y.source()).contains("国务院办公厅关于" + y.year() + "年部分节假日安排的通知");
                assertThat(y.confidence()).isEqualTo(Confidence.CONFIRMED);
              });
    }
  }

  @Test
  void weekdays_work_weekends_rest_holidays_rest_and_swapped_weekends_work() {
    assertThat(calendar.isWorkingDay(day("2025-09-26"))).as("a Friday").isTrue();
    assertThat(calendar.isWorkingDay(day("2025-09-27"))).as("a Saturday").isFalse();
    assertThat(calendar.isWorkingDay(day("2025-09-28")))
        .as("Sunday worked for National Day")
        .isTrue();
    assertThat(calendar.isWorkingDay(day("2025-10-08"))).as("Wednesday of National Day").isFalse();
    assertThat(calendar.isWorkingDay(day("2025-10-11"))).as("Saturday worked").isTrue();
    assertThat(calendar.isWorkingDay(day("2025-01-28")))
        .as("New Year's Eve, off since 2025")
        .isFalse();
    assertThat(calendar.isWorkingDay(day("2024-02-09")))
        .as("New Year's Eve 2024 was a working day")
        .isTrue();
    assertThat(calendar.isWorkingDay(day("2023-01-02"))).as("New Year holiday from 2022").isFalse();
    assertThat(calendar.isWorkingDay(day("2026-02-23")))
        .as("last day of Spring Festival 2026")
        .isFalse();
    assertThat(calendar.isWorkingDay(day("2026-02-28"))).as("Saturday worked 2026").isTrue();
  }

  @Test
  void a_year_not_in_the_data_counts_weekends_only_and_is_not_sure() {
    assertThat(calendar.isWorkingDay(day("2027-10-01"))).isTrue();
    assertThat(calendar.isSure(day("2027-10-01"))).isFalse();
    assertThat(calendar.isSure(day("2026-10-01"))).isTrue();
  }

  @Test
  void an_unsure_year_is_not_sure() {
    WorkingDayCalendar unsure =
        WorkingDayCalendar.parse(
            "test.yaml",
            "years:\n  - year: 2027\n    source: a draft seen in the press\n    confidence: unsure\n");

    assertThat(unsure.isSure(day("2027-03-01"))).isFalse();
  }

  @Test
  void a_calendar_file_with_errors_is_refused_naming_the_year_and_field() {
    assertThatThrownBy(
            () ->
                WorkingDayCalendar.parse(
                    "cal.yaml", "years:\n  - year: 2025\n    confidence: confirmed\n"))
        .hasMessageContaining("cal.yaml, year 2025: every year cites its 'source'");
    assertThatThrownBy(
            () ->
                WorkingDayCalendar.parse(
                    "cal.yaml",
                    "years:\n  - year: 2025\n    source: x\n    confidence: confirmed\n"
                        + "    working_weekends: [2025-09-29]\n"))
        .hasMessageContaining("2025-09-29 is not a Saturday or Sunday of 2025");
    assertThatThrownBy(
            () ->
                WorkingDayCalendar.parse(
                    "cal.yaml", "years:\n  - year: 2025\n    source: x\n    confidence: maybe\n"))
        .hasMessageContaining("'confidence' is one of confirmed, likely, unsure");
  }
}
