package dev.assay.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Opens an import file as UTF-8 text. Bytes that are not UTF-8 become U+FFFD instead of stopping
 * the import, so that only the records holding them are rejected ({@link FieldValues#textProblem}
 * reports them as invalid UTF-8). A UTF-8 byte order mark is skipped.
 */
final class TextInput {
  private static final int BUFFER_BYTES = 64 * 1024;

  private TextInput() {}

  static Reader open(InputStream in) throws IOException {
    // Input already in memory (one declaration posted to the server, about 2 KB) needs no 64 KB
    // buffer: allocating one per request was a third of the server's allocation per screening.
    int size =
        in instanceof ByteArrayInputStream bytes
            ? Math.clamp(bytes.available() + 1L, 16, BUFFER_BYTES)
            : BUFFER_BYTES;
    BufferedInputStream buffered = new BufferedInputStream(in, size);
    buffered.mark(3);
    byte[] start = buffered.readNBytes(3);
    boolean bom =
        start.length == 3
            && (start[0] & 0xFF) == 0xEF
            && (start[1] & 0xFF) == 0xBB
            && (start[2] & 0xFF) == 0xBF;
    if (!bom) {
      buffered.reset();
    }
    return new Utf8Reader(buffered, size);
  }
}
