package dev.assay.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer takes a field straight from its bytes when it can and character by character when
 * the field crosses the end of the buffer; both give the records that the character tokenizer it
 * replaced ({@link CharCsvTokenizer}) gives on the same text decoded as a whole, bytes that are not
 * UTF-8 included.
 */
class CsvTokenizerTest {

  /** A stream that hands out at most a few bytes a call, so that fields cross buffer ends. */
  private static final class Trickle extends InputStream {
    private final InputStream in;
    private final SplittableRandom random;

    Trickle(byte[] bytes, long seed) {
      this.in = new ByteArrayInputStream(bytes);
      this.random = new SplittableRandom(seed);
    }

    @Override
    public int read() throws IOException {
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return in.read(buffer, offset, Math.min(length, random.nextInt(1, 8)));
    }
  }

  private static List<String> records(CsvTokenizer tokenizer) throws IOException {
    List<String> records = new ArrayList<>();
    for (CsvRow row = tokenizer.next(); row != null; row = tokenizer.next()) {
      records.add(describe(row));
    }
    return records;
  }

  /** Line, fields, overlong field, problem and whether plain text, for the examples below. */
  private static List<String> records(String text) throws IOException {
    CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(text.getBytes(UTF_8)));
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

  /** What the character tokenizer gives for the bytes decoded as a whole, as a reader decodes. */
  private static List<String> expected(byte[] bytes) throws IOException {
    CharCsvTokenizer tokenizer =
        new CharCsvTokenizer(new InputStreamReader(new ByteArrayInputStream(bytes), UTF_8));
    List<String> records = new ArrayList<>();
    for (CsvRow row = tokenizer.next(); row != null; row = tokenizer.next()) {
      records.add(describe(row));
    }
    return records;
  }

  /** Everything the row holds. */
  private static String describe(CsvRow row) {
    return row.line()
        + " "
        + row.fields()
        + " "
        + row.overlongField()
        + " "
        + row.problem()
        + " "
        + row.problemField()
        + " "
        + row.swallowed()
        + (row.plainText() ? "" : " not text");
  }

  /** Separators, quotes, line breaks, text, and bytes that are not UTF-8 or only part of it. */
  private static final byte[][] PIECES = {
    bytes("a"),
    bytes("b"),
    bytes(","),
    bytes(","),
    bytes("\""),
    bytes("\n"),
    bytes("\r"),
    bytes(" "),
    bytes("\u00e9"),
    bytes("\u7a00"),
    bytes("\u7a00\u571f"),
    bytes("\ud834\udd1e"),
    bytes("x1;"),
    bytes("\t"),
    bytes("\u0000"),
    bytes("\u007f"),
    bytes("\ufffd"),
    {(byte) 0x80},
    {(byte) 0xC3},
    {(byte) 0xE4, (byte) 0xB8},
    {(byte) 0xF0, (byte) 0x90},
    {(byte) 0xFF},
    {(byte) 0xC0, (byte) 0x80},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xBF, (byte) 0xBF, (byte) 0xBF, (byte) 0xBF, (byte) 0xBF}
  };

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  private static byte[] randomText(SplittableRandom random, int pieces) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    for (int j = 0; j < pieces; j++) {
      text.writeBytes(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toByteArray();
  }

  @Test
  void any_bytes_in_any_pieces_give_the_records_of_the_text_decoded_as_a_whole()
      throws IOException {
    SplittableRandom random = new SplittableRandom(20261207);
    for (int i = 0; i < 5_000; i++) {
      byte[] text = randomText(random, random.nextInt(0, 200));
      List<String> expected = expected(text);
      String shown = HexFormat.ofDelimiter(" ").formatHex(text);
      assertThat(records(new CsvTokenizer(new ByteArrayInputStream(text))))
          .as("%s", shown)
          .isEqualTo(expected);
      assertThat(records(new CsvTokenizer(new Trickle(text, i), random.nextInt(16, 64))))
          .as("in pieces: %s", shown)
          .isEqualTo(expected);
    }
  }

  @Test
  void text_without_ascii_longer_than_the_buffer_is_cut_between_characters() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200; i++) {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      text.writeBytes(bytes("id,"));
      // Three- and four-byte characters and stray continuation bytes, no ASCII for far longer
      // than the buffer.
      for (int j = random.nextInt(20, 120); j > 0; j--) {
        text.writeBytes(PIECES[random.nextInt(8, 12)]);
        if (random.nextInt(10) == 0) {
          text.writeBytes(PIECES[PIECES.length - 1]);
        }
      }
      text.writeBytes(bytes(",z\n"));
      byte[] bytes = text.toByteArray();
      assertThat(records(new CsvTokenizer(new Trickle(bytes, i), 16))).isEqualTo(expected(bytes));
    }
  }

  @Test
  void a_field_over_its_limit_is_cut_in_characters_not_bytes() throws IOException {
    String rare = "\u7a00".repeat(CsvTokenizer.MAX_FIELD_CHARS / 2);
    byte[] fits = bytes("a," + rare + ",b\n");
    assertThat(records(new CsvTokenizer(new ByteArrayInputStream(fits))))
        .as("three bytes a character, more bytes than the limit, fewer characters")
        .containsExactly(
            describe(new CsvRow(1, List.of("a", rare, "b"), -1, null, -1, true, List.of())))
        .isEqualTo(expected(fits));
    byte[] over = bytes("a," + rare + rare + "x,b\n");
    assertThat(records(new CsvTokenizer(new ByteArrayInputStream(over))))
        .isEqualTo(expected(over))
        .singleElement()
        .asString()
        .contains(" 1 null");
  }

  @Test
  void a_plain_record_is_split_into_its_fields() throws IOException {
    assertThat(records("a,b c,,d\r\n\"e,f\",h\n"))
        .containsExactly("1 [a, b c, , d] -1 null", "2 [e,f, h] -1 null");
  }

  @Test
  void a_quote_against_rfc_4180_is_a_problem_of_the_record() throws IOException {
    assertThat(records("\"e,f\"g,h\nx,y\"z\n\"q\"\"r\",s\n"))
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
    assertThat(records("a\tb,c\n\"q\nr\",s\n"))
        .as("tabs and line breaks inside quotes are text")
        .containsExactly("1 [a\tb, c] -1 null", "2 [q\nr, s] -1 null");
    assertThat(records("a,b\u0001c\n\"q\u0000\",s\nx\ufffd\nd\u007f\n"))
        .containsExactly(
            "1 [a, b\u0001c] -1 null not text",
            "2 [q\u0000, s] -1 null not text",
            "3 [x\ufffd] -1 null not text",
            "4 [d\u007f] -1 null not text");
  }
}
