package dev.assay.controllist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The period of a date is the number of the list's change days on or before it: a change day opens
 * a new period, the day before it is still in the old one.
 */
class DeterminerPeriodTest {
  private static final long[] CHANGES = {
    LocalDate.of(2024, 3, 1).toEpochDay(),
    LocalDate.of(2024, 6, 15).toEpochDay(),
    LocalDate.of(2025, 1, 1).toEpochDay()
  };
  private static final Determiner DETERMINER = new Determiner(null, null, null, List.of(), CHANGES);

  @Test
  void a_change_day_opens_its_period_and_the_day_before_stays_in_the_last() {
    assertThat(DETERMINER.period(LocalDate.of(2024, 2, 29))).isZero();
    assertThat(DETERMINER.period(LocalDate.of(2024, 3, 1))).isEqualTo(1);
    assertThat(DETERMINER.period(LocalDate.of(2024, 6, 14))).isEqualTo(1);
    assertThat(DETERMINER.period(LocalDate.of(2024, 6, 15))).isEqualTo(2);
    assertThat(DETERMINER.period(LocalDate.of(2024, 12, 31))).isEqualTo(2);
    assertThat(DETERMINER.period(LocalDate.of(2025, 1, 1))).isEqualTo(3);
    assertThat(DETERMINER.period(LocalDate.of(2030, 1, 1))).isEqualTo(3);
  }

  @Test
  void a_list_that_never_changes_has_one_period() {
    Determiner unchanging = new Determiner(null, null, null, List.of(), new long[0]);
    assertThat(unchanging.period(LocalDate.of(2024, 3, 1))).isZero();
  }
}
