package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written number readers of {@link FieldValues} accept exactly the texts of the patterns
 * they replaced and give exactly the double {@link Double#parseDouble} gives.
 */
class FieldNumbersTest {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
  private static final Pattern WHOLE = Pattern.compile("[+]?\\d{1,10}");

  private static void sameDecimal(String text) {
    double value = FieldValues.decimalValue(text);
    if (DECIMAL.matcher(text).matches()) {
      assertThat(Double.doubleToRawLongBits(value))
          .as(text)
          .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    } else {
      assertThat(value).as(text).isNaN();
    }
  }

  private static void sameWhole(String text) {
    long value = FieldValues.wholeValue(text, 0);
    if (WHOLE.matcher(text).matches()) {
      assertThat(value).as(text).isEqualTo(Long.parseLong(text));
    } else {
      assertThat(value).as(text).isEqualTo(-1);
    }
  }

  @Test
  void edge_texts_read_as_before() {
    String[] texts = {
      "0",
      "-0",
      "+0",
      "0.0",
      "-0.0",
      "1",
      "1.",
      ".5",
      ".",
      "",
      "+",
      "-",
      "-.",
      "1e5",
      "1E-5",
      "1e",
      "1e+",
      "1e1000",
      "1e999",
      "1e-999",
      "2.5e-324",
      "1.7976931348623157e308",
      "9007199254740993",
      "0.1",
      "0.30000000000000004",
      "123456789012345",
      "1234567890123456",
      "999999999999999.9",
      "00000000000000000001.5",
      "0.000000000000000000000001",
      "1e22",
      "1e23",
      "123e-22",
      "12.5e-20",
      "NaN",
      "Infinity",
      "0x1p3",
      "1d",
      "1f",
      " 1",
      "1 ",
      "1_000",
      "١٢",
      "1..2",
      "1.2.3",
      "e5",
      "++1",
      "+-1",
      "12345678901",
      "4294967296",
      "2147483648"
    };
    for (String text : texts) {
      sameDecimal(text);
      sameWhole(text);
    }
  }

  @Test
  void random_texts_read_as_before() {
    SplittableRandom random = new SplittableRandom(20261128);
    String alphabet = "0123456789012345678901234567890123456789.eE+-x ";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(1, 24);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      sameDecimal(text.toString());
      sameWhole(text.toString());
    }
  }

  @Test
  void declared_amounts_read_as_before() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 200_000; i++) {
      long whole = random.nextLong(0, 1L << random.nextInt(1, 60));
      String text =
          switch (random.nextInt(4)) {
            case 0 -> Long.toString(whole);
            case 1 -> whole + "." + random.nextInt(0, 100);
            case 2 -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(-8, 12)));
            default -> whole + "." + String.format("%06d", random.nextInt(0, 1_000_000));
          };
      sameDecimal(text);
      sameDecimal("-" + text);
      sameWhole(text);
    }
  }
}
