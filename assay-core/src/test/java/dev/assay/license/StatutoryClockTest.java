package dev.assay.license;

import static dev.assay.license.Applications.acceptedOn;
import static dev.assay.license.Applications.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The 45-working-day clock, on the shipped calendar. Accepted on Monday 2025-09-01, the 45th
 * working day is Friday 2025-11-07: September has 22 working days after the 1st (Sunday the 28th is
 * worked), October 1-8 is the National Day holiday, Saturday October 11 is worked, and so on.
 */
class StatutoryClockTest {
  private final StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.bundled());

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void counts_45_working_days_from_the_day_after_acceptance_across_holidays() {
    ClockReading reading = clock.read(acceptedOn("A-1", "2025-09-01"), day("2025-09-30"));

    assertThat(reading.status()).isEqualTo(ClockReading.Status.RUNNING);
    assertThat(reading.acceptedOn()).contains(day("2025-09-01"));
    assertThat(reading.workingDaysCounted()).isEqualTo(22);
    assertThat(reading.workingDaysLeft()).isEqualTo(23);
    assertThat(reading.dueOn()).contains(day("2025-11-07"));
    assertThat(reading.calendarSure()).isTrue();
  }

  @Test
  void a_day_past_the_due_date_is_overdue() {
    Application application = acceptedOn("A-1", "2025-09-01");

    assertThat(clock.read(application, day("2025-11-07")).status())
        .isEqualTo(ClockReading.Status.RUNNING);
    ClockReading late = clock.read(application, day("2025-11-10"));
    assertThat(late.status()).isEqualTo(ClockReading.Status.OVERDUE);
    assertThat(late.workingDaysLeft()).isEqualTo(-1);
  }

  @Test
  void an_expert_review_stops_the_clock_from_its_first_day_until_the_day_it_ends() {
    Application paused =
        acceptedOn("A-1", "2025-09-01")
            .apply(
                new ApplicationEvent.ReviewPaused(
                    PauseKind.EXPERT_REVIEW, "officer Li", on("2025-09-08"), "purity claim"));

    ClockReading during = clock.read(paused, day("2025-09-12"));
    assertThat(during.status()).isEqualTo(ClockReading.Status.PAUSED);
    assertThat(during.pausedBy()).contains(PauseKind.EXPERT_REVIEW);
    assertThat(during.workingDaysCounted()).as("2-5 September only").isEqualTo(4);
    assertThat(during.dueOn()).as("unknown while the review runs").isEmpty();

    Application resumed =
        paused.apply(
            new ApplicationEvent.ReviewResumed("officer Li", on("2025-09-15"), "experts reported"));
    ClockReading after = clock.read(resumed, day("2025-09-15"));
    assertThat(after.status()).isEqualTo(ClockReading.Status.RUNNING);
    assertThat(after.workingDaysCounted())
        .as("the five days of review are not counted")
        .isEqualTo(5);
    assertThat(after.dueOn())
        .as("a week later than without the review")
        .contains(day("2025-11-14"));
  }

  @Test
  void the_clock_starts_at_acceptance_and_stops_at_the_decision() {
    Application submitted =
        Applications.draft("A-1")
            .transition(ApplicationState.SUBMITTED, "exporter", on("2025-09-01"), "");
    assertThat(clock.read(submitted, day("2025-12-01")).status())
        .isEqualTo(ClockReading.Status.NOT_STARTED);

    Application approved =
        acceptedOn("A-2", "2025-09-01")
            .transition(ApplicationState.APPROVED, "officer Li", on("2025-10-20"), "");
    ClockReading decided = clock.read(approved, day("2026-03-01"));
    assertThat(decided.status()).isEqualTo(ClockReading.Status.STOPPED);
    assertThat(decided.workingDaysCounted()).as("through the day of decision").isEqualTo(31);

    Application late =
        acceptedOn("A-3", "2025-09-01")
            .transition(
                ApplicationState.DENIED, "officer Li", on("2025-11-20"), "end user unverifiable");
    assertThat(clock.read(late, day("2026-03-01")).status())
        .isEqualTo(ClockReading.Status.STOPPED_LATE);
  }

  @Test
  void a_reading_that_runs_into_a_year_without_data_says_it_is_not_sure() {
    ClockReading reading = clock.read(acceptedOn("A-1", "2026-12-01"), day("2026-12-02"));

    assertThat(reading.dueOn())
        .hasValueSatisfying(due -> assertThat(due.getYear()).isEqualTo(2027));
    assertThat(reading.calendarSure()).isFalse();
  }

  @Test
  void the_desk_lists_overdue_applications_longest_first_and_those_due_soon() {
    ReviewDesk desk = new ReviewDesk(clock);
    var applications =
        java.util.List.of(
            acceptedOn("ON-TIME", "2025-10-20"),
            acceptedOn("DUE-SOON", "2025-09-01"),
            acceptedOn("LATE", "2025-08-25"),
            acceptedOn("LATER", "2025-08-18"));

    assertThat(desk.overdue(applications, day("2025-11-05")))
        .extracting(c -> c.application().id())
        .containsExactly("LATER", "LATE");
    assertThat(desk.dueWithin(applications, day("2025-11-05"), 5))
        .extracting(c -> c.application().id())
        .containsExactly("DUE-SOON");
  }
}
