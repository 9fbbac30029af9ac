package dev.assay.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output for writers that close their stream: flushes instead of closing. A {@link
 * PrintStream} (System.out) swallows write errors, so they are looked for after every write and
 * thrown: a full disk or a reader gone away must fail the command, not lose its output silently.
 */
final class NonClosingOutputStream extends FilterOutputStream {
  NonClosingOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    checkError();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
    checkError();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  private void checkError() throws IOException {
    if (out instanceof PrintStream print && print.checkError()) {
      throw new IOException("standard output: write failed (disk full, or closed by its reader)");
    }
  }
}
