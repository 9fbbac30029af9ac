package dev.assay.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {

  @Test
  void one_step_lower_stops_at_low() {
    assertThat(Severity.CRITICAL.lower()).isEqualTo(Severity.HIGH);
    assertThat(Severity.MEDIUM.lower()).isEqualTo(Severity.LOW);
    assertThat(Severity.LOW.lower()).isEqualTo(Severity.LOW);
  }
}
