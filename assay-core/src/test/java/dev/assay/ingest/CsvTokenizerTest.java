package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer takes a field straight from its buffer when it can and character by character when
 * the field crosses the end of the buffer; both give the same records.
 */
class CsvTokenizerTest {

  /** A reader that hands out at most a few characters a call, so that fields cross buffer ends. */
  private static final class Trickle extends Reader {
    private final Reader in;
    private final SplittableRandom random;

    Trickle(String text, long seed) {
      this.in = new StringReader(text);
      this.random = new SplittableRandom(seed);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      return in.read(buffer, offset, Math.min(length, random.nextInt(1, 8)));
    }

    @Override
    public void close() {}
  }

  private static List<String> records(Reader in) throws IOException {
    CsvTokenizer tokenizer = new CsvTokenizer(in);
    List<String> records = new ArrayList<>();
    for (CsvRow row = tokenizer.next(); row != null; row = tokenizer.next()) {
      records.add(
          row.line()
              + " "
              + row.fields()
              + " "
              + row.overlongField()
              + " "
              + row.problem()
              + (row.plainText() ? "" : " not text"));
    }
    return records;
  }

  @Test
  void fields_split_across_reads_give_the_same_records() throws IOException {
    SplittableRandom random = new SplittableRandom(20261128);
    String alphabet = "ab,,\"\n\r \u00e9\u7a00x1;\t\u0000\u007f\ufffd";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(0, 200);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(records(new Trickle(text.toString(), i)))
          .as("%s", text)
          .isEqualTo(records(new StringReader(text.toString())));
    }
  }

  @Test
  void a_plain_record_is_split_into_its_fields() throws IOException {
    assertThat(records(new StringReader("a,b c,,d\r\n\"e,f\",h\n")))
        .containsExactly("1 [a, b c, , d] -1 null", "2 [e,f, h] -1 null");
  }

  @Test
  void a_quote_against_rfc_4180_is_a_problem_of_the_record() throws IOException {
    assertThat(records(new StringReader("\"e,f\"g,h\nx,y\"z\n\"q\"\"r\",s\n")))
        .containsExactly(
            "1 [e,fg, h] -1 text after the closing quote of a quoted field (RFC 4180: a quote"
                + " inside a quoted field is written twice, \"\")",
            "2 [x, y\"z] -1 a quote inside a field that does not start with one (RFC 4180: a"
                + " field holding quotes is enclosed in quotes, each quote inside written twice,"
                + " \"\")",
            "3 [q\"r, s] -1 null");
  }

  @Test
  void a_record_with_a_control_character_anywhere_is_not_plain_text() throws IOException {
    assertThat(records(new StringReader("a\tb,c\n\"q\nr\",s\n")))
        .as("tabs and line breaks inside quotes are text")
        .containsExactly("1 [a\tb, c] -1 null", "2 [q\nr, s] -1 null");
    assertThat(records(new StringReader("a,b\u0001c\n\"q\u0000\",s\nx\ufffd\nd\u007f\n")))
        .containsExactly(
            "1 [a, b\u0001c] -1 null not text",
            "2 [q\u0000, s] -1 null not text",
            "3 [x\ufffd] -1 null not text",
            "4 [d\u007f] -1 null not text");
  }
}
