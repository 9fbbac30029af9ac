package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordErrorTest {

  @Test
  void describesItselfOnOneLine() {
    assertThat(
            new RecordError(17, "D-0042", "hs_code", "81129", "an HS code has 8 or 10 digits")
                .describe())
        .isEqualTo(
            "line 17, declaration D-0042, field hs_code, value '81129': an HS code has 8 or 10 digits");
    assertThat(new RecordError(3, "", "", "", "not valid JSON").describe())
        .isEqualTo("line 3: not valid JSON");
  }

  @Test
  void escapesControlCharactersAndTruncatesLongValues() {
    RecordError error =
        new RecordError(1, null, "f", "a\u0000b\nc\u001b" + "z".repeat(200), "bad\r\nreason");

    assertThat(error.declarationId()).isEmpty();
    assertThat(error.value()).startsWith("a\\u0000b\\nc\\u001Bzz").endsWith("z…");
    assertThat(error.value()).hasSize(RecordError.MAX_VALUE_CHARS + 1);
    assertThat(error.reason()).isEqualTo("bad\\r\\nreason");
    assertThat(error.describe()).doesNotContain("\n", "\u0000");
  }
}
