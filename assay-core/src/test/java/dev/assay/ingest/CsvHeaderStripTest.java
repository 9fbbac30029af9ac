package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The header's shortcut for stripping a field gives what {@link String#strip} gives. */
class CsvHeaderStripTest {

  @Test
  void strips_as_string_strip_does() {
    String alphabet =
        "a~! \t\n\r\u000b\u001c\u001f\u0000\u007f\u0085\u00a0\u1680\u2000\u2007\u2028\u3000"
            + "\u7a00\ufffd\ud834\udd1e";
    SplittableRandom random = new SplittableRandom(20261207);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(0, 6);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertThat(CsvHeader.strip(s)).as("%s", s.codePoints().boxed().toList()).isEqualTo(s.strip());
    }
  }
}
