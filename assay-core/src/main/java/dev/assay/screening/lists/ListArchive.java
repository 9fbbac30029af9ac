package dev.assay.screening.lists;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.assay.screening.ListedParty;
import dev.assay.screening.RestrictedList;
import dev.assay.screening.matching.ListIndex;
import dev.assay.screening.matching.NameNormalizer;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The imported lists on disk, every version kept: {@code DIR/<list-id>/<version>.jsonl}, a header
 * line (id, title, version, source) then one entry a line. Screening reads the latest version of
 * each list; older versions stay for audits ("what did the list say on that day?") and for working
 * out what changed.
 */
public final class ListArchive {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path directory;

  public ListArchive(Path directory) {
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }

  /**
   * Stores a version of a list (replacing a stored version of the same date) and says what changed
   * since the latest version before it.
   */
  public ListChanges save(RestrictedList list) {
    return save(list, NameNormalizer.standard());
  }

  /**
   * Stores a version of a list with its index for the matcher, and says what changed since the
   * version before it; importing the same version again compares it with itself, so an unchanged
   * file reports no change.
   */
  public ListChanges save(RestrictedList list, NameNormalizer normalizer) {
    Optional<RestrictedList> before =
        versions(list.id()).stream()
            .filter(v -> !v.isAfter(list.version()))
            .reduce((a, b) -> b)
            .map(v -> read(file(list.id(), v)));
    Path target = file(list.id(), list.version());
    long[] offsets = new long[list.entries().size()];
    try {
      Path dir = directory.resolve(list.id());
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".import", ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        ObjectNode header = JSON.createObjectNode();
        header.put("list", list.id());
        header.put("title", list.title());
        header.put("version", list.version().toString());
        header.put("source", list.source());
        header.put("entries", list.entries().size());
        long at = writeLine(out, JSON.writeValueAsString(header), 0);
        for (int e = 0; e < offsets.length; e++) {
          offsets[e] = at;
          at = writeLine(out, JSON.writeValueAsString(list.entries().get(e)), at);
        }
      }
      // Written aside and moved, so a reader never sees half a list.
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      ListIndex.build(list, normalizer)
          .write(indexFile(target), stamp(target, normalizer), offsets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return changes(before.orElse(null), list);
  }

  private static long writeLine(OutputStream out, String json, long at) throws IOException {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    out.write(b);
    out.write('\n');
    return at + b.length + 1;
  }

  /**
   * The latest version of every list in the archive, indexed for the matcher: from the index file
   * written at import when it is there and current (mapped, nothing parsed), otherwise built from
   * the list and written again for the next command.
   */
  public List<ListIndex> latestIndexes(NameNormalizer normalizer) {
    List<ListIndex> indexes = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return indexes;
    }
    try (Stream<Path> dirs = Files.list(directory)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        List<LocalDate> versions = versions(dir.getFileName().toString());
        if (!versions.isEmpty()) {
          indexes.add(index(file(dir.getFileName().toString(), versions.getLast()), normalizer));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return indexes;
  }

  private ListIndex index(Path listFile, NameNormalizer normalizer) {
    String stamp = stamp(listFile, normalizer);
    Path indexFile = indexFile(listFile);
    Optional<ListIndex> mapped =
        ListIndex.open(indexFile, stamp, offset -> entryAt(listFile, offset));
    if (mapped.isPresent()) {
      return mapped.get();
    }
    RestrictedList list = read(listFile);
    ListIndex built = ListIndex.build(list, normalizer);
    try {
      long[] offsets = offsets(listFile);
      if (offsets.length == list.entries().size()) {
        built.write(indexFile, stamp, offsets);
      }
    } catch (UncheckedIOException e) {
      // A read-only archive is still screened, only without the saved index.
    }
    return built;
  }

  /** Where each entry line starts in a list file (the header line is skipped; blanks too). */
  private static long[] offsets(Path listFile) {
    try {
      byte[] all = Files.readAllBytes(listFile);
      List<Long> offsets = new ArrayList<>();
      int line = 0;
      for (int i = 0; i < all.length; ) {
        int end = i;
        while (end < all.length && all[end] != '\n') {
          end++;
        }
        if (line++ > 0 && end > i) {
          offsets.add((long) i);
        }
        i = end + 1;
      }
      return offsets.stream().mapToLong(Long::longValue).toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ListedParty entryAt(Path listFile, long offset) {
    try (FileChannel ch = FileChannel.open(listFile, StandardOpenOption.READ)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(512);
      ByteBuffer buf = ByteBuffer.allocate(4096);
      long at = offset;
      read:
      while (ch.read(buf, at) > 0) {
        buf.flip();
        while (buf.hasRemaining()) {
          byte b = buf.get();
          if (b == '\n') {
            break read;
          }
          line.write(b);
        }
        at += buf.limit();
        buf.clear();
      }
      return JSON.readValue(line.toByteArray(), ListedParty.class);
    } catch (IOException e) {
      throw new ListFileException(
          listFile + " at byte " + offset + ": not a list entry: " + e.getMessage(), e);
    }
  }

  private static Path indexFile(Path listFile) {
    String name = listFile.getFileName().toString();
    return listFile.resolveSibling(name.substring(0, name.length() - ".jsonl".length()) + ".index");
  }

  /**
   * What an index file must have been written with to be used: the matcher's normalization (its
   * version and word lists) and the list file as it is now (size and time).
   */
  private static String stamp(Path listFile, NameNormalizer normalizer) {
    try {
      return normalizer.fingerprint()
          + "/"
          + Files.size(listFile)
          + "/"
          + Files.getLastModifiedTime(listFile).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The latest version of every list in the archive. */
  public List<RestrictedList> latest() {
    List<RestrictedList> lists = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return lists;
    }
    try (Stream<Path> dirs = Files.list(directory)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        latest(dir.getFileName().toString()).ifPresent(lists::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lists;
  }

  public Optional<RestrictedList> latest(String listId) {
    List<LocalDate> versions = versions(listId);
    return versions.isEmpty()
        ? Optional.empty()
        : Optional.of(read(file(listId, versions.getLast())));
  }

  /** The stored versions of a list, oldest first. */
  public List<LocalDate> versions(String listId) {
    Path dir = directory.resolve(listId);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("\\d{4}-\\d{2}-\\d{2}\\.jsonl"))
          .map(n -> LocalDate.parse(n.substring(0, 10)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public RestrictedList version(String listId, LocalDate version) {
    return read(file(listId, version));
  }

  private Path file(String listId, LocalDate version) {
    return directory.resolve(listId).resolve(version + ".jsonl");
  }

  private static RestrictedList read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first == null) {
        throw new ListFileException(file + ": empty list file");
      }
      JsonNode header = JSON.readTree(first);
      List<ListedParty> entries = new ArrayList<>();
      int line = 1;
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        line++;
        if (l.isBlank()) {
          continue;
        }
        try {
          entries.add(JSON.readValue(l, ListedParty.class));
        } catch (IOException | IllegalArgumentException e) {
          throw new ListFileException(
              file + " line " + line + ": not a list entry: " + e.getMessage(), e);
        }
      }
      return new RestrictedList(
          header.path("list").asText(),
          header.path("title").asText(),
          LocalDate.parse(header.path("version").asText()),
          header.path("source").asText(),
          entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What changed from one version to the next, by entry id and fingerprint. */
  public static ListChanges changes(RestrictedList before, RestrictedList after) {
    Map<String, String> old = new HashMap<>();
    if (before != null) {
      before.entries().forEach(e -> old.put(e.id(), e.fingerprint()));
    }
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (ListedParty e : after.entries()) {
      String fp = old.remove(e.id());
      if (fp == null) {
        added.add(e.id());
      } else if (!fp.equals(e.fingerprint())) {
        changed.add(e.id());
      }
    }
    List<String> removed = new ArrayList<>(old.keySet());
    removed.sort(null);
    return new ListChanges(
        after.id(),
        before == null ? null : before.version(),
        after.version(),
        added,
        removed,
        changed);
  }
}
