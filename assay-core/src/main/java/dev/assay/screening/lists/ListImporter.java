package dev.assay.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads list files of any supported format from disk. OFAC's three files may be given one by one or
 * as their directory.
 */
public final class ListImporter {
  private ListImporter() {}

  /**
   * @param listId for OpenSanctions and watch lists, the id to give the list (default
   *     "opensanctions" and "watchlist"); ignored by formats that name their lists
   * @param version the list's date where its files carry none (OFAC's legacy CSV, watch lists)
   */
  public static ListImport read(
      ListFormat format, List<Path> files, String listId, LocalDate version) {
    if (files.isEmpty()) {
      throw new ListFileException("no list files given");
    }
    for (Path f : files) {
      if (!Files.exists(f)) {
        throw new ListFileException("no such file: " + f);
      }
    }
    try {
      return switch (format) {
        case CN_CSV -> {
          try (Reader in = utf8(single(format, files))) {
            yield ChineseListReader.read(in, name(files.getFirst()));
          }
        }
        case OFAC_SDN -> ofac(files, version);
        case UN_XML -> {
          try (InputStream in = Files.newInputStream(single(format, files))) {
            yield UnConsolidatedListReader.read(in, name(files.getFirst()), version);
          }
        }
        case FTM_JSON -> {
          try (Reader in = utf8(single(format, files))) {
            yield FollowTheMoneyReader.read(
                in, or(listId, "opensanctions"), name(files.getFirst()), version);
          }
        }
        case OPENSANCTIONS_CSV -> {
          try (Reader in = utf8(single(format, files))) {
            yield OpenSanctionsCsvReader.read(
                in, or(listId, "opensanctions"), name(files.getFirst()), version);
          }
        }
        case WATCHLIST_CSV -> {
          try (Reader in = utf8(single(format, files))) {
            String id = or(listId, "watchlist");
            yield WatchListReader.read(in, id, "Watch list " + id, name(files.getFirst()), version);
          }
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ListImport ofac(List<Path> files, LocalDate version) throws IOException {
    List<Path> all = expand(files);
    // By content, whatever the files are called; by name only where the content does not tell.
    Path sdn = find(all, ListFileDetector.OfacRole.SDN, "sdn.csv");
    if (sdn == null) {
      throw new ListFileException(
          "OFAC SDN import needs the SDN file (rows of 12 fields: ent_num, SDN_Name, SDN_Type,"
              + " Program, ...), with the alias (alt) and address (add) files beside it; none of "
              + all
              + " is one");
    }
    Path alt = find(all, ListFileDetector.OfacRole.ALT, "alt.csv");
    Path add = find(all, ListFileDetector.OfacRole.ADD, "add.csv");
    // The legacy files are Latin-1 (ISO-8859-1), not UTF-8.
    try (Reader s = Files.newBufferedReader(sdn, StandardCharsets.ISO_8859_1);
        Reader a = alt == null ? null : Files.newBufferedReader(alt, StandardCharsets.ISO_8859_1);
        Reader d = add == null ? null : Files.newBufferedReader(add, StandardCharsets.ISO_8859_1)) {
      String source =
          String.join(
              " ",
              Stream.of(sdn, alt, add).filter(p -> p != null).map(ListImporter::name).toList());
      return OfacSdnReader.read(s, a, d, version, source);
    }
  }

  /**
   * What says that the files are not whole, though each record in them reads: for OFAC's legacy
   * CSV, an SDN file without its end-of-file line. Empty where the format has no end marker (or,
   * like XML, fails to parse when cut).
   */
  public static List<String> completenessProblems(ListFormat format, List<Path> files) {
    if (format != ListFormat.OFAC_SDN) {
      return List.of();
    }
    try {
      List<Path> all = expand(files);
      Path sdn = find(all, ListFileDetector.OfacRole.SDN, "sdn.csv");
      if (sdn == null || OfacSdnReader.endsWithMarker(sdn)) {
        return List.of();
      }
      return List.of(
          name(sdn)
              + " does not end with OFAC's end-of-file line (Ctrl-Z): the file looks cut short");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> expand(List<Path> files) throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path f : files) {
      if (Files.isDirectory(f)) {
        try (Stream<Path> s = Files.list(f)) {
          s.sorted().forEach(all::add);
        }
      } else {
        all.add(f);
      }
    }
    return all;
  }

  private static Path find(List<Path> files, ListFileDetector.OfacRole role, String name) {
    Path byName = null;
    for (Path f : files) {
      java.util.Optional<ListFileDetector.OfacRole> r = ListFileDetector.ofacRole(f);
      if (r.isPresent() && r.get() == role) {
        return f;
      }
      if (r.isEmpty() && f.getFileName().toString().toLowerCase(Locale.ROOT).equals(name)) {
        byName = f;
      }
    }
    return byName;
  }

  private static Path single(ListFormat format, List<Path> files) {
    if (files.size() != 1 || Files.isDirectory(files.getFirst())) {
      throw new ListFileException(format + " import reads exactly one file, got " + files);
    }
    return files.getFirst();
  }

  private static Reader utf8(Path file) throws IOException {
    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  private static String name(Path p) {
    return p.getFileName().toString();
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
