package dev.assay.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats a declaration import reads. */
public enum Format {
  /** The flat contract: one row per goods line, header row required. */
  CSV,
  /** One nested declaration object per line. */
  NDJSON,
  /** A top-level array of nested declaration objects, or a single object. */
  JSON;

  private static final int SNIFF_BYTES = 64 * 1024;

  /**
   * The format of a file: by its extension ({@code .csv}, {@code .ndjson}/{@code .jsonl}, {@code
   * .json}), else by its first non-blank character: '[' is JSON; '{' is NDJSON when the first line
   * closes the object it opens, JSON otherwise (a pretty-printed object); anything else is CSV.
   *
   * @throws IngestException when the file cannot be read
   */
  public static Format detect(Path file) {
    Format named = byName(file);
    if (named != null) {
      return named;
    }
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      throw new IngestException("cannot read " + file + ": " + DeclarationReader.describe(e), e);
    }
    return sniff(start);
  }

  /** The format a file's extension names, or {@code null} when it names none. */
  public static Format byName(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return CSV;
    }
    if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
      return NDJSON;
    }
    if (lower.endsWith(".json")) {
      return JSON;
    }
    return null;
  }

  /**
   * The format of a stream that can be read only once (standard input, a pipe): its first line is
   * looked at and left unread. Reads no further than the first line break after the first non-blank
   * byte, so that a live stream is not waited on.
   *
   * @param in a stream that supports mark and reset
   */
  public static Format detect(InputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] start = new byte[SNIFF_BYTES];
    int n = 0;
    int first = -1;
    while (n < SNIFF_BYTES) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      start[n++] = (byte) b;
      boolean blank =
          b == ' '
              || b == '\t'
              || b == '\r'
              || b == '\n'
              || (first < 0 && n <= 3 && (b == 0xEF || b == 0xBB || b == 0xBF));
      if (first < 0 && !blank) {
        first = n - 1;
        if (b != '{') {
          break; // only an opening brace needs its line to tell NDJSON from JSON
        }
      } else if (first >= 0 && b == '\n') {
        break;
      }
    }
    in.reset();
    return sniff(java.util.Arrays.copyOf(start, n));
  }

  static Format sniff(byte[] start) {
    int i = 0;
    if (start.length >= 3
        && (start[0] & 0xFF) == 0xEF
        && (start[1] & 0xFF) == 0xBB
        && (start[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < start.length
        && (start[i] == ' ' || start[i] == '\t' || start[i] == '\r' || start[i] == '\n')) {
      i++;
    }
    if (i == start.length) {
      return CSV;
    }
    if (start[i] == '[') {
      return JSON;
    }
    if (start[i] != '{') {
      return CSV;
    }
    int end = i;
    while (end < start.length && start[end] != '\n') {
      end++;
    }
    int last = end - 1;
    while (last > i && (start[last] == ' ' || start[last] == '\t' || start[last] == '\r')) {
      last--;
    }
    return start[last] == '}' ? NDJSON : JSON;
  }
}
