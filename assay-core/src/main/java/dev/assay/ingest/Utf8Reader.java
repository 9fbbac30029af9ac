package dev.assay.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * UTF-8 text from bytes, bytes that are not UTF-8 becoming U+FFFD: what an {@link
 * java.io.InputStreamReader} with a replacing decoder gives, decoded a buffer at a time by {@link
 * String#String(byte[], int, int, java.nio.charset.Charset)}, which the JDK makes three times
 * faster on our mix of ASCII and Chinese text than a {@link java.nio.charset.CharsetDecoder} (which
 * leaves its vectorised ASCII loop at the first Chinese character of each 8 KB and does not return
 * to it); decoding was a quarter of reading a CSV file.
 *
 * <p>A buffer is cut only where no character can straddle the cut, so each piece decodes, bad bytes
 * included, to the same characters as the whole stream: after an ASCII byte (a character of its
 * own, and the end of any incomplete sequence before it), or before a byte that cannot continue a
 * sequence (not 10xxxxxx), or before a continuation byte that three continuation bytes precede (no
 * sequence is longer than four bytes).
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final byte[] bytes;

  /** Bytes held at the start of {@link #bytes}, not yet decoded. */
  private int count;

  private boolean ended;
  private String text = "";

  /** The next character of {@link #text} to hand out. */
  private int next;

  Utf8Reader(InputStream in, int bufferBytes) {
    this.in = in;
    this.bytes = new byte[Math.max(bufferBytes, 16)];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    while (next == text.length()) {
      if (!decodeMore()) {
        return -1;
      }
    }
    int n = Math.min(length, text.length() - next);
    text.getChars(next, next + n, buffer, offset);
    next += n;
    return n;
  }

  /** Decodes the next piece of the input into {@link #text}; false at its end. */
  private boolean decodeMore() throws IOException {
    while (true) {
      int cut = ended ? count : safeCut();
      if (cut > 0) {
        text = new String(bytes, 0, cut, StandardCharsets.UTF_8);
        next = 0;
        System.arraycopy(bytes, cut, bytes, 0, count - cut);
        count -= cut;
        return true;
      }
      if (ended) {
        return false;
      }
      int n = in.read(bytes, count, bytes.length - count);
      if (n < 0) {
        ended = true;
      } else {
        count += n;
      }
    }
  }

  /** The longest prefix of the bytes held that no character straddles the end of; 0 if none. */
  private int safeCut() {
    if (count > 0 && bytes[count - 1] >= 0) {
      return count;
    }
    for (int p = count - 1; p > 0 && p >= count - 4; p--) {
      if (!isContinuation(bytes[p])
          || (p >= 3
              && isContinuation(bytes[p - 1])
              && isContinuation(bytes[p - 2])
              && isContinuation(bytes[p - 3]))) {
        return p;
      }
    }
    return 0;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
