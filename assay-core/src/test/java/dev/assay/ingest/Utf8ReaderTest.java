package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The reader cuts its input into pieces that it decodes one by one; whatever the cuts, bad bytes
 * included, it gives the characters that a replacing decoder over the whole stream gives.
 */
class Utf8ReaderTest {

  /** Bytes that make UTF-8's cases: ASCII, leads of every length, continuations, never-valid. */
  private static final int[] BYTES = {
    'a', ',', '\n', 0x80, 0x8F, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE4, 0xED, 0xEF, 0xF0,
    0xF4, 0xF5, 0xFF
  };

  /** An input stream that hands out a few bytes a call, as a pipe or a socket may. */
  private static final class Trickle extends InputStream {
    private final ByteArrayInputStream in;
    private final SplittableRandom random;

    Trickle(byte[] bytes, long seed) {
      this.in = new ByteArrayInputStream(bytes);
      this.random = new SplittableRandom(seed);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return in.read(buffer, offset, Math.min(length, random.nextInt(1, 9)));
    }
  }

  private static String readAll(Reader reader, SplittableRandom random) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[64];
    for (int n; (n = reader.read(buffer, 0, random.nextInt(1, buffer.length + 1))) >= 0; ) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  private static String decoded(byte[] bytes) throws IOException {
    return readAll(
        new InputStreamReader(
            new ByteArrayInputStream(bytes),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
        new SplittableRandom(1));
  }

  @Test
  void any_bytes_in_any_pieces_give_what_a_replacing_decoder_gives() throws IOException {
    SplittableRandom random = new SplittableRandom(20261207);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(0, 60)];
      for (int j = 0; j < bytes.length; j++) {
        bytes[j] =
            random.nextInt(4) == 0
                ? (byte) random.nextInt(256)
                : (byte) BYTES[random.nextInt(BYTES.length)];
      }
      Reader reader = new Utf8Reader(new Trickle(bytes, i), random.nextInt(1, 24));
      assertThat(readAll(reader, random)).as("case %d", i).isEqualTo(decoded(bytes));
    }
  }

  @Test
  void text_of_every_kind_is_read_unchanged() throws IOException {
    String text = "declaration,稀土 oxide 99.5%,\"Sakae, Tokyo\"\n𝄞 Ünïcödé\r\nend";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int size = 1; size < 40; size++) {
      Reader reader = new Utf8Reader(new Trickle(bytes, size), size);
      assertThat(readAll(reader, new SplittableRandom(size))).isEqualTo(text);
    }
  }
}
