package dev.assay.screening.rescreening;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every party screened so far and the matches last reported for it: what a re-screening compares
 * against. Kept as JSON Lines, one party a line, rewritten whole (aside, then moved) after each
 * re-screening.
 */
public final class ScreeningState {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, PartyRecord> parties = new LinkedHashMap<>();

  public static ScreeningState empty() {
    return new ScreeningState();
  }

  public static ScreeningState load(Path file) {
    ScreeningState state = new ScreeningState();
    if (!Files.exists(file)) {
      return state;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        line++;
        if (!l.isBlank()) {
          try {
            state.put(JSON.readValue(l, PartyRecord.class));
          } catch (IOException e) {
            throw new IllegalArgumentException(
                file + " line " + line + ": not a screened party: " + e.getMessage(), e);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return state;
  }

  public void save(Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".state", ".tmp");
      try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (PartyRecord r : parties.values()) {
          out.write(JSON.writeValueAsString(r));
          out.newLine();
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void put(PartyRecord record) {
    parties.put(record.partyKey(), record);
  }

  public Optional<PartyRecord> get(String partyKey) {
    return Optional.ofNullable(parties.get(partyKey));
  }

  public Collection<PartyRecord> parties() {
    return parties.values();
  }

  public int size() {
    return parties.size();
  }
}
