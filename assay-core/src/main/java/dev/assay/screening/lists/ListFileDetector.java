package dev.assay.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells list files apart by what they hold, not by their names: users save OFAC's files as {@code
 * SDN (1).CSV} or {@code sdn_2025-11-28.csv}, and the UN list as whatever the browser chose. Reads
 * the first few kilobytes of a file.
 *
 * <ul>
 *   <li>UN consolidated list: XML whose root is {@code CONSOLIDATED_LIST};
 *   <li>FollowTheMoney: JSON lines with {@code "schema"} and {@code "properties"};
 *   <li>OpenSanctions simple CSV: a header starting {@code id,schema,name,aliases};
 *   <li>China's lists: a header starting {@code list,action,announcement};
 *   <li>the watch-list CSV: a header starting {@code id,name};
 *   <li>OFAC's legacy CSV, no header: rows of 12 fields are {@code sdn.csv}, of 5 fields with an
 *       alias type (aka, fka, nka) {@code alt.csv}, of 6 fields {@code add.csv}.
 * </ul>
 */
public final class ListFileDetector {
  private static final int HEAD = 8192;

  private ListFileDetector() {}

  /** What one of OFAC's legacy files is. */
  public enum OfacRole {
    SDN,
    ALT,
    ADD
  }

  /** The format of a file (or of a directory of OFAC files), if it is one Assay reads. */
  public static Optional<ListFormat> format(Path file) {
    if (Files.isDirectory(file)) {
      try (var files = Files.list(file)) {
        return files.anyMatch(f -> ofacRole(f).orElse(null) == OfacRole.SDN)
            ? Optional.of(ListFormat.OFAC_SDN)
            : Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String head = head(file);
    String first = firstLine(head).toLowerCase(Locale.ROOT).replace("\"", "");
    if (head.contains("<CONSOLIDATED_LIST")) {
      return Optional.of(ListFormat.UN_XML);
    }
    if (first.startsWith("{") && head.contains("\"schema\"") && head.contains("\"properties\"")) {
      return Optional.of(ListFormat.FTM_JSON);
    }
    if (first.startsWith("id,schema,name,aliases")) {
      return Optional.of(ListFormat.OPENSANCTIONS_CSV);
    }
    if (first.startsWith("list,action,announcement")) {
      return Optional.of(ListFormat.CN_CSV);
    }
    if (first.startsWith("id,name")) {
      return Optional.of(ListFormat.WATCHLIST_CSV);
    }
    return ofacRole(file).isPresent() ? Optional.of(ListFormat.OFAC_SDN) : Optional.empty();
  }

  /** Which of OFAC's legacy files this is, by its first row; empty when it is none of them. */
  public static Optional<OfacRole> ofacRole(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> fields = fields(firstLine(head(file)));
    if (fields.isEmpty() || !fields.getFirst().strip().matches("\\d+")) {
      return Optional.empty();
    }
    return switch (fields.size()) {
      case 12 -> Optional.of(OfacRole.SDN);
      case 5 ->
          fields.get(2).strip().toLowerCase(Locale.ROOT).matches("aka|fka|nka")
              ? Optional.of(OfacRole.ALT)
              : Optional.empty();
      case 6 ->
          fields.get(1).strip().matches("\\d+") ? Optional.of(OfacRole.ADD) : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static String head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      // Latin-1 reads any byte; the markers looked for are ASCII.
      return new String(in.readNBytes(HEAD), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(String head) {
    String h = head.startsWith("\u00ef\u00bb\u00bf") ? head.substring(3) : head; // UTF-8 BOM
    for (String line : h.split("\r?\n")) {
      if (!line.isBlank()) {
        return line;
      }
    }
    return "";
  }

  /** The fields of one CSV line, quotes honoured. */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }
}
