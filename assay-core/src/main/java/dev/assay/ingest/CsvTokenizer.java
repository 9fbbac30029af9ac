package dev.assay.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>It reads UTF-8 bytes, not characters: every byte that CSV gives a meaning to (separator,
 * quote, line break) is ASCII and can never be part of a longer UTF-8 sequence, so the common
 * field, one that ends inside the buffer, is found among the bytes and decoded once into its own
 * string (a Latin-1 string straight from the bytes when it is ASCII, as most are). Decoding the
 * whole text into characters first and then copying each field out of them was a third of reading a
 * file. The careful path (a field across the end of the buffer, a line break or doubled quote
 * inside quotes, a field over its limit) goes character by character as before, each run of
 * non-ASCII bytes decoded on its own. A field and a run both begin and end next to an ASCII byte or
 * at the start or end of the input, where no character can straddle, so bytes that are not UTF-8
 * become the same U+FFFD characters as when the whole input is decoded at once.
 */
final class CsvTokenizer {
  static final int MAX_FIELD_CHARS = 64 * 1024;
  static final int MAX_RECORD_CHARS = 1024 * 1024;
  static final int MAX_FIELDS = 512;

  private static final int EOF = -1;

  private final InputStream in;
  private final byte[] buffer;
  private int position;
  private int limit;
  private boolean ended;
  private long line = 1;

  /** The run of non-ASCII bytes being handed out character by character, or {@code null}. */
  private String run;

  private int runNext;

  /** Where {@link #run} starts in the buffer. */
  private int runStart;

  /**
   * Where in the buffer the character {@link #read} returned last starts, when it is ASCII or the
   * first of a run, so that a field it begins can be taken from the bytes; -1 otherwise.
   */
  private int lastStart = -1;

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

  CsvTokenizer(InputStream in) {
    this(in, MAX_FIELD_CHARS);
  }

  /** With a smaller buffer for input known to be small (one declaration posted to the server). */
  CsvTokenizer(InputStream in, int bufferBytes) {
    this.in = in;
    this.buffer = new byte[Math.clamp(bufferBytes, 16, MAX_FIELD_CHARS)];
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
   * buffer and within the limits, decoded as one string from the bytes, which the character already
   * read starts. Leaves the position after the byte that ends it. {@code null}, with nothing
   * consumed, where the field needs the careful path.
   */
  private String plainField() {
    int begin = lastStart;
    if (begin < 0) {
      return null;
    }
    int end = begin;
    boolean suspect = false;
    boolean ascii = true;
    while (end < limit) {
      byte b = buffer[end];
      // Below '-' lie the separators and the control characters; most text is above it.
      if (b < '-') {
        if (b < 0) {
          ascii = false;
        } else if (b == ',' || b == '\n' || b == '\r') {
          break;
        } else if (b == '"') {
          quoteInPlainField();
        } else {
          suspect |= b < 0x20 && b != '\t';
        }
      } else {
        suspect |= b == 0x7F;
      }
      end++;
    }
    if (end == limit) {
      return null;
    }
    String text = decode(begin, end, ascii);
    int length = text.length();
    if (length > MAX_FIELD_CHARS || recordChars + length > MAX_RECORD_CHARS) {
      return null;
    }
    recordChars += length;
    notText |= suspect || (!ascii && text.indexOf('\uFFFD') >= 0);
    run = null;
    position = end + 1;
    return text;
  }

  /**
   * The common quoted field (an address with a comma in it) without copying character by character:
   * no line break and no doubled quote inside, and the closing quote followed by a separator, all
   * inside the buffer and within the limits. Decoded as one string from the bytes after the opening
   * quote, which {@link #position} points past; leaves the position after the separator. {@code
   * null}, with nothing consumed, where the field needs {@link #quoted}.
   */
  private String simpleQuotedField() {
    int begin = position;
    int end = begin;
    boolean suspect = false;
    boolean ascii = true;
    while (end < limit) {
      byte b = buffer[end];
      if (b == '"') {
        break;
      }
      if (b < 0x20) {
        if (b < 0) {
          ascii = false;
        } else if (b == '\n' || b == '\r') {
          return null; // lines to count and swallowed rows to keep
        } else {
          suspect |= b != '\t';
        }
      } else {
        suspect |= b == 0x7F;
      }
      end++;
    }
    if (end + 1 >= limit) {
      return null;
    }
    byte after = buffer[end + 1];
    if (after != ',' && after != '\n' && after != '\r') {
      return null; // a doubled quote, or text after the closing one
    }
    String text = decode(begin, end, ascii);
    int length = text.length();
    if (length > MAX_FIELD_CHARS || recordChars + length > MAX_RECORD_CHARS) {
      return null;
    }
    recordChars += length;
    notText |= suspect || (!ascii && text.indexOf('\uFFFD') >= 0);
    position = end + 2;
    return text;
  }

  private String decode(int begin, int end, boolean ascii) {
    if (begin == end) {
      return "";
    }
    return new String(
        buffer, begin, end - begin, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
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
    if (run != null) {
      lastStart = runNext == 0 ? runStart : -1;
      return nextOfRun();
    }
    if (position == limit && !fill()) {
      lastStart = -1;
      return EOF;
    }
    byte b = buffer[position];
    if (b >= 0) {
      lastStart = position++;
      return b;
    }
    decodeRun();
    lastStart = runStart;
    return nextOfRun();
  }

  private int peek() throws IOException {
    if (run != null) {
      return run.charAt(runNext);
    }
    if (position == limit && !fill()) {
      return EOF;
    }
    byte b = buffer[position];
    if (b >= 0) {
      return b;
    }
    decodeRun();
    return run.charAt(0);
  }

  private char nextOfRun() {
    char c = run.charAt(runNext++);
    if (runNext == run.length()) {
      run = null;
    }
    return c;
  }

  /**
   * Decodes the run of non-ASCII bytes at the position, to the next ASCII byte or the end of the
   * input, into {@link #run}. A run longer than the buffer is cut where no character straddles the
   * cut: before a byte that cannot continue a sequence, or after three continuation bytes.
   */
  private void decodeRun() throws IOException {
    int end = position;
    while (true) {
      while (end < limit && buffer[end] < 0) {
        end++;
      }
      if (end < limit || ended) {
        break;
      }
      if (position > 0) {
        lastStart = -1;
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        end -= position;
        limit -= position;
        position = 0;
      }
      if (limit == buffer.length) {
        end = safeCut();
        break;
      }
      readMore();
    }
    runStart = position;
    run = new String(buffer, position, end - position, StandardCharsets.UTF_8);
    runNext = 0;
    position = end;
  }

  /**
   * In a buffer full of non-ASCII bytes from its start, the last place no character straddles:
   * before a byte that cannot continue a sequence, or before a continuation byte that three
   * continuation bytes precede (no sequence is longer than four bytes).
   */
  private int safeCut() {
    for (int p = limit - 1; ; p--) {
      if (!isContinuation(buffer[p])
          || (isContinuation(buffer[p - 1])
              && isContinuation(buffer[p - 2])
              && isContinuation(buffer[p - 3]))) {
        return p;
      }
    }
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** Reads into an empty buffer; false at the end of the input. */
  private boolean fill() throws IOException {
    lastStart = -1;
    position = 0;
    limit = 0;
    while (limit == 0 && !ended) {
      readMore();
    }
    return limit > 0;
  }

  private void readMore() throws IOException {
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      ended = true;
    } else {
      limit += n;
    }
  }
}
