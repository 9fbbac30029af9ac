package dev.assay.screening.decisions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Decisions in a JSON Lines file, one decision a line, appended and never rewritten: the file is
 * its own audit trail. The whole file is read when the store opens; each decision is appended and
 * forced to disk before {@link #record} returns. One process writes a file at a time.
 */
public final class JsonLinesDecisionStore extends InMemoryDecisionStore {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Path file;

  private JsonLinesDecisionStore(Path file) {
    this.file = file;
  }

  /** Opens the store in this file, reading the decisions it holds; a missing file is empty. */
  public static JsonLinesDecisionStore open(Path file) {
    JsonLinesDecisionStore store = new JsonLinesDecisionStore(file);
    if (Files.exists(file)) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        int line = 0;
        for (String l = in.readLine(); l != null; l = in.readLine()) {
          line++;
          if (l.isBlank()) {
            continue;
          }
          try {
            store.remember(JSON.readValue(l, Decision.class));
          } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                file + " line " + line + ": not a decision: " + e.getMessage(), e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return store;
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void record(Decision decision) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      byte[] line = (JSON.writeValueAsString(decision) + "\n").getBytes(StandardCharsets.UTF_8);
      try (FileChannel ch =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    super.record(decision);
  }
}
