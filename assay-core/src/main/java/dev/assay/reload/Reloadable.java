package dev.assay.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The version in force of something loaded from a file or a directory, swapped for a new version
 * when its source changes. Readers call {@link #get()} (one volatile read) whenever they need it,
 * so whatever they learned themselves survives the swap. A new version that fails to load leaves
 * the old one in force.
 *
 * <p>Change is detected by content (a digest of the file, or of the names and contents of the
 * directory's files), not by modification time, so two edits within one clock tick are not missed
 * and a touch without an edit does not reload.
 *
 * @param <T> what is loaded: a rule book, a control list
 */
public final class Reloadable<T> implements Supplier<T> {
  private final Path source;
  private final Function<Path, T> loader;
  private volatile T current;
  private byte[] digest;

  /**
   * @param source the file or directory to watch
   * @param initial the version in force now, loaded by the caller from the source
   * @param loader loads and checks a new version; throws (any runtime exception, its message saying
   *     why) where the new version must not replace the old
   */
  public Reloadable(Path source, T initial, Function<Path, T> loader) {
    this.source = source;
    this.current = initial;
    this.loader = loader;
    this.digest = digestOrNull(source);
  }

  @Override
  public T get() {
    return current;
  }

  public Path source() {
    return source;
  }

  /**
   * Loads the source again if its content changed since the last look, and swaps the new version in
   * when it loads.
   *
   * @return what happened: nothing changed, reloaded, or rejected with the reason
   */
  public synchronized Reload<T> reloadIfChanged() {
    byte[] now = digestOrNull(source);
    if (Arrays.equals(now, digest)) {
      return new Reload.Unchanged<>();
    }
    // Remembered even when the version fails, so a broken file is reported once, not every poll.
    digest = now;
    if (now == null) {
      return new Reload.Rejected<>(source + " cannot be read; the previous version stays in force");
    }
    try {
      T loaded = loader.apply(source);
      current = loaded;
      return new Reload.Reloaded<>(loaded);
    } catch (RuntimeException e) {
      return new Reload.Rejected<>(
          (e.getMessage() == null ? e.toString() : e.getMessage())
              + "; the previous version stays in force");
    }
  }

  private static byte[] digestOrNull(Path source) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(source)) {
        List<Path> files;
        try (Stream<Path> list = Files.list(source)) {
          files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          sha.update(
              file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          sha.update((byte) 0);
          sha.update(Files.readAllBytes(file));
          sha.update((byte) 0);
        }
      } else {
        sha.update(Files.readAllBytes(source));
      }
      return sha.digest();
    } catch (IOException | UncheckedIOException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
