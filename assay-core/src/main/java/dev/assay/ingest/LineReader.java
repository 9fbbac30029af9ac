package dev.assay.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line ('\n', with an optional '\r' before it) holding at most {@value
 * #MAX_LINE_CHARS} characters of a line: the rest of a longer line is skipped and the line flagged,
 * so a file without line breaks cannot exhaust memory.
 */
final class LineReader {
  static final int MAX_LINE_CHARS = 1024 * 1024;

  /** One line, its 1-based number, and whether it was cut. */
  record Line(long number, String text, boolean overlong) {}

  private final Reader in;
  private final char[] buffer = new char[64 * 1024];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int limit;
  private long number;

  LineReader(Reader in) {
    this.in = in;
  }

  /** The next line, or {@code null} at the end of the input. */
  Line next() throws IOException {
    line.setLength(0);
    boolean overlong = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int room = MAX_LINE_CHARS - line.length();
      int count = position - start;
      line.append(buffer, start, Math.min(count, room));
      overlong |= count > room;
      if (position < limit) {
        position++;
        break;
      }
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r' && !overlong) {
      line.setLength(end - 1);
    }
    return new Line(++number, line.toString(), overlong);
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
