package dev.assay.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the files a command writes, turning every way that fails into one clear message. */
final class Outputs {
  private Outputs() {}

  /**
   * Creates or replaces {@code file}.
   *
   * @throws OutputException naming the file and why it cannot be written
   */
  static OutputStream open(Path file) {
    if (Files.isDirectory(file)) {
      throw new OutputException("cannot write " + file + ": it is a directory");
    }
    try {
      return Files.newOutputStream(file);
    } catch (IOException e) {
      throw new OutputException("cannot write " + file + ": " + reason(e), e);
    }
  }

  /** The failure of a write as an {@link OutputException} naming what was being written. */
  static OutputException failed(String what, IOException e) {
    return new OutputException("cannot write " + what + ": " + reason(e), e);
  }

  static OutputException failed(String what, UncheckedIOException e) {
    return failed(what, e.getCause());
  }

  /** Why an I/O operation failed, in words, without the exception's class name. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      Path parent = e.getMessage() == null ? null : Path.of(e.getMessage()).getParent();
      return parent != null && !Files.isDirectory(parent)
          ? "no such directory: " + parent
          : "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "input/output error" : message;
  }
}
