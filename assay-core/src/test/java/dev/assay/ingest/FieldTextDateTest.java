package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.declaration.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A date reads as the calendar has it, whatever was read before it and in whatever order; an
 * impossible one is refused every time.
 */
class FieldTextDateTest {
  @Test
  void every_day_of_two_years_in_and_out_of_order_reads_as_itself() {
    LocalDate first = LocalDate.of(2024, 1, 1);
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < 731; i++) {
        // Forwards, then in a scattered order.
        LocalDate day = first.plusDays(pass == 0 ? i : (i * 367L) % 731);
        assertThat(FieldText.isoDate(day.toString())).isEqualTo(day);
      }
    }
  }

  @Test
  void the_first_day_of_1970_reads_as_itself() {
    assertThat(FieldText.isoDate("1970-01-01")).isEqualTo(LocalDate.EPOCH);
  }

  @Test
  void an_impossible_date_is_refused_each_time_even_beside_real_ones() {
    assertThat(FieldText.isoDate("2025-02-28")).isEqualTo(LocalDate.of(2025, 2, 28));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> FieldText.isoDate("2025-02-29"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("no such date");
      assertThatThrownBy(() -> FieldText.isoDate("2025-2-28"))
          .isInstanceOf(InvalidValueException.class);
    }
  }
}
