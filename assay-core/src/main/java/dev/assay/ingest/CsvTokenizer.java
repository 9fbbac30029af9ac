package dev.assay.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: ',' separated, '"' quoted, '""' for a quote inside quotes) into
 * records, counting physical lines so that a record spanning several lines (a quoted field with
 * line breaks) still reports the line it starts on.
 *
 * <p>It is our own rather than FastCSV's reader because a bad file must not stop the import: a
 * field over {@value #MAX_FIELD_CHARS} characters is cut and flagged, a record over {@value
 * #MAX_RECORD_CHARS} characters or {@value #MAX_FIELDS} fields is skipped to its end and flagged,
 * and reading resumes with the next record, all in constant memory. The one thing it cannot
 * resynchronise after is a quote that is never closed: past {@value #MAX_RECORD_CHARS} characters
 * inside quotes it gives up with an {@link IngestException}.
 *
 * <p>Quoting is strict RFC 4180, because a lenient reading of a stray quote moves the field
 * boundaries silently: a character after a closing quote ({@code "Midwest"Alloys}) and a quote
 * inside an unquoted field are errors of the record. Where a quoted field runs across lines, the
 * first field of every line it swallowed is kept ({@link CsvRow#swallowed}), so that a reader can
 * report the declarations a missing quote merged into one record.
 */
final class CsvTokenizer {
  static final int MAX_FIELD_CHARS = 64 * 1024;
  static final int MAX_RECORD_CHARS = 1024 * 1024;
  static final int MAX_FIELDS = 512;

  private static final int EOF = -1;

  private final Reader in;
  private final char[] buffer = new char[64 * 1024];
  private int position;
  private int limit;
  private long line = 1;

  private final StringBuilder field = new StringBuilder();
  private List<String> fields;
  private int overlongField;
  private long recordChars;
  private boolean tooManyFields;

  /** Whether the record holds a character that {@link FieldValues#textProblem} objects to. */
  private boolean notText;

  private boolean unclosed;
  private long quoteLine;

  /** The field a quoting error is in, -1 when none; with its message. */
  private int quoteProblemField;

  private String quoteProblem;

  /** Lines swallowed by quoted fields of the record: the first field of each, as far as read. */
  private List<CsvRow.Swallowed> swallowed;

  private final StringBuilder capture = new StringBuilder();
  private boolean capturing;
  private long captureLine;

  /** At most this many swallowed lines are kept per record; the count goes on. */
  static final int MAX_SWALLOWED = 1000;

  CsvTokenizer(Reader in) {
    this.in = in;
  }

  /** The next record, or {@code null} at the end of the input. */
  CsvRow next() throws IOException {
    int c = read();
    if (c == EOF) {
      return null;
    }
    long start = line;
    fields = new ArrayList<>(32);
    overlongField = -1;
    recordChars = 0;
    tooManyFields = false;
    notText = false;
    quoteProblemField = -1;
    quoteProblem = null;
    swallowed = List.of();
    String problem = null;
    while (true) {
      String text = null;
      if (c == '"') {
        text = tooManyFields ? null : simpleQuotedField();
        if (text != null) {
          c = buffer[position - 1];
        } else {
          c = quoted(start);
          if (c == EOF && problem == null && unclosed) {
            problem =
                "a quoted field opened on line "
                    + quoteLine
                    + " is never closed before the end of the file";
          } else if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
            quoteProblem(
                "text after the closing quote of a quoted field (RFC 4180: a quote inside a quoted"
                    + " field is written twice, \"\")");
          }
        }
      }
      if (text == null && field.isEmpty() && !tooManyFields && c != EOF) {
        text = plainField();
        if (text != null) {
          c = buffer[position - 1];
        }
      }
      if (text == null) {
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
          if (c == '"') {
            quoteInPlainField();
          }
          append((char) c);
          c = read();
        }
        text = field.toString();
      }
      endField(text);
      if (c == ',') {
        recordChars++;
        c = read();
        continue;
      }
      if (c == '\r') {
        if (peek() == '\n') {
          read();
        }
        line++;
      } else if (c == '\n') {
        line++;
      }
      break;
    }
    if (problem == null && recordChars > MAX_RECORD_CHARS) {
      problem = "the row is longer than " + MAX_RECORD_CHARS + " characters; it was skipped";
    } else if (problem == null && tooManyFields) {
      problem = "the row has more than " + MAX_FIELDS + " fields; it was skipped";
    }
    int problemField = -1;
    if (problem == null && quoteProblem != null) {
      problem = quoteProblem;
      problemField = quoteProblemField;
    }
    return new CsvRow(start, fields, overlongField, problem, problemField, !notText, swallowed);
  }

  private void quoteInPlainField() {
    quoteProblem(
        "a quote inside a field that does not start with one (RFC 4180: a field holding quotes is"
            + " enclosed in quotes, each quote inside written twice, \"\")");
  }

  private void quoteProblem(String message) {
    if (quoteProblem == null) {
      quoteProblem = message;
      quoteProblemField = fields.size();
    }
  }

  /** Reads a quoted field after its opening quote; returns the character after the closing one. */
  private int quoted(long recordStart) throws IOException {
    unclosed = false;
    quoteLine = line;
    capturing = false;
    while (true) {
      int c = read();
      if (c == EOF) {
        unclosed = true;
        return EOF;
      }
      if (c == '"') {
        c = read();
        if (c != '"') {
          capturing = false;
          return c;
        }
      } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
        line++;
        capturing = true;
        captureLine = line;
        capture.setLength(0);
      } else if (capturing && c != '\r') {
        if (c == ',') {
          swallow();
        } else if (capture.length() <= RecordError.MAX_VALUE_CHARS) {
          capture.append((char) c);
        }
      }
      append((char) c);
      if (recordChars > MAX_RECORD_CHARS) {
        throw new IngestException(
            "line "
                + quoteLine
                + ": a quoted field runs on for more than "
                + MAX_RECORD_CHARS
                + " characters (record starting on line "
                + recordStart
                + "); its closing quote is probably missing, and the rest of the file cannot be"
                + " read reliably");
      }
    }
  }

  /** The line being captured inside quotes reached its first comma: it looks like a row. */
  private void swallow() {
    capturing = false;
    if (swallowed.isEmpty()) {
      swallowed = new ArrayList<>();
    }
    if (swallowed.size() < MAX_SWALLOWED) {
      swallowed.add(new CsvRow.Swallowed(captureLine, capture.toString()));
    }
  }

  private void append(char c) {
    recordChars++;
    if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0x7F || c == '\uFFFD') {
      notText = true;
    }
    if (recordChars > MAX_RECORD_CHARS || tooManyFields) {
      return;
    }
    if (field.length() < MAX_FIELD_CHARS) {
      field.append(c);
    } else if (overlongField < 0) {
      overlongField = fields.size();
    }
  }

  /**
   * The common case without copying character by character: an unquoted field that ends inside the
   * buffer and within the limits, taken as one string from the buffer, which the character already
   * read starts. Leaves the position after the character that ends it. {@code null} where the field
   * needs the careful path.
   */
  private String plainField() {
    int begin = position - 1;
    int end = begin;
    boolean suspect = false;
    while (end < limit) {
      char c = buffer[end];
      // Below '-' lie the separators and the control characters; most text is above it.
      if (c < '-') {
        if (c == ',' || c == '\n' || c == '\r') {
          break;
        }
        if (c == '"') {
          quoteInPlainField();
        }
        suspect |= c < 0x20 && c != '\t';
      } else if (c >= 0x7F) {
        suspect |= c == 0x7F || c == '\uFFFD';
      }
      end++;
    }
    int length = end - begin;
    if (end == limit || length > MAX_FIELD_CHARS || recordChars + length > MAX_RECORD_CHARS) {
      return null;
    }
    recordChars += length;
    notText |= suspect;
    position = end + 1;
    return length == 0 ? "" : new String(buffer, begin, length);
  }

  /**
   * The common quoted field (an address with a comma in it) without copying character by character:
   * no line break and no doubled quote inside, and the closing quote followed by a separator, all
   * inside the buffer and within the limits. Taken as one string from the buffer after the opening
   * quote, which {@link #position} points past; leaves the position after the separator. {@code
   * null}, with nothing consumed, where the field needs {@link #quoted}.
   */
  private String simpleQuotedField() {
    int begin = position;
    int end = begin;
    boolean suspect = false;
    while (end < limit) {
      char c = buffer[end];
      if (c == '"') {
        break;
      }
      if (c < 0x20) {
        if (c == '\n' || c == '\r') {
          return null; // lines to count and swallowed rows to keep
        }
        suspect |= c != '\t';
      } else if (c >= 0x7F) {
        suspect |= c == 0x7F || c == '\uFFFD';
      }
      end++;
    }
    if (end + 1 >= limit) {
      return null;
    }
    char after = buffer[end + 1];
    if (after != ',' && after != '\n' && after != '\r') {
      return null; // a doubled quote, or text after the closing one
    }
    int length = end - begin;
    if (length > MAX_FIELD_CHARS || recordChars + length > MAX_RECORD_CHARS) {
      return null;
    }
    recordChars += length;
    notText |= suspect;
    position = end + 2;
    return length == 0 ? "" : new String(buffer, begin, length);
  }

  private void endField(String text) {
    if (fields.size() < MAX_FIELDS) {
      fields.add(text);
    } else {
      tooManyFields = true;
    }
    field.setLength(0);
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position];
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
