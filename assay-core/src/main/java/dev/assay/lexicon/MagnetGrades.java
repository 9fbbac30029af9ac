package dev.assay.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sintered NdFeB grade a goods description states ("N38UH", "42SH", "牌号N35EH") and what its
 * coercivity class says about the magnet's heavy rare earths ({@code lexicon/magnet-grades.yaml},
 * with its sources). A description that denies dysprosium and terbium while naming a class that no
 * magnet reaches without them contradicts itself.
 */
public final class MagnetGrades {
  /**
   * A grade as written, with its class.
   *
   * @param written the grade as the description writes it, for evidence ("N38UH")
   * @param suffix the coercivity class ("UH"; "" for the base class)
   */
  public record Grade(
      String written, String suffix, int maxWorkingCelsius, boolean needsHeavyRareEarth) {
    /** For evidence: "N38UH (class UH, up to 180 °C) is not made without Dy or Tb". */
    public String describe() {
      return written()
          + " (class "
          + (suffix.isEmpty() ? "N" : suffix)
          + ", up to "
          + maxWorkingCelsius
          + " °C)"
          + (needsHeavyRareEarth ? " is not made without Dy or Tb" : "");
    }
  }

  private static final MagnetGrades BUNDLED = load();

  /** NdFeB in the description's words: only there is "38UH" a magnet grade. */
  private static final String[] NDFEB = {"ndfeb", "nd-fe-b", "neodymium", "钕铁硼", "钕"};

  private static final Pattern GRADE =
      Pattern.compile("(?<![a-z0-9])n?(\\d{2})(uh|eh|ah|sh|h|m)?(?![a-z0-9])");

  private final Map<String, Grade> bySuffix;
  private final List<String> items;

  private MagnetGrades(Map<String, Grade> bySuffix, List<String> items) {
    this.bySuffix = Map.copyOf(bySuffix);
    this.items = List.copyOf(items);
  }

  /** The control-list items (by id) that a grade needing Dy or Tb names, in the file's order. */
  public List<String> items() {
    return items;
  }

  /**
   * Whether a grade of a class needing Dy or Tb names this control-list item (by id): the
   * dysprosium- and terbium-containing NdFeB magnets.
   */
  public boolean names(String itemId) {
    return items.contains(itemId);
  }

  /** The grades shipped with Assay. */
  public static MagnetGrades bundled() {
    return BUNDLED;
  }

  /**
   * The first NdFeB grade the description states; a bare number counts only with the N ("N42", not
   * "42").
   */
  public Optional<Grade> in(String description) {
    String text = GoodsText.normalize(description);
    if (!mentionsNdFeB(text)) {
      return Optional.empty();
    }
    Matcher m = GRADE.matcher(text);
    while (m.find()) {
      String suffix = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
      boolean withN = text.charAt(m.start()) == 'n';
      if (!withN && suffix.isEmpty()) {
        continue;
      }
      Grade cls = bySuffix.get(suffix);
      if (cls != null) {
        return Optional.of(
            new Grade(
                m.group().toUpperCase(Locale.ROOT),
                suffix,
                cls.maxWorkingCelsius(),
                cls.needsHeavyRareEarth()));
      }
    }
    return Optional.empty();
  }

  /** The grade of the description, where its class is not made without Dy or Tb. */
  public Optional<Grade> needingHeavyRareEarth(String description) {
    return in(description).filter(Grade::needsHeavyRareEarth);
  }

  private static boolean mentionsNdFeB(String text) {
    for (String word : NDFEB) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static MagnetGrades load() {
    String file = "lexicon/magnet-grades.yaml";
    try (InputStream in = MagnetGrades.class.getResourceAsStream("/" + file)) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      Map<String, Grade> bySuffix = new HashMap<>();
      int n = 0;
      for (JsonNode node : root.path("grades")) {
        n++;
        String suffix = node.path("suffix").asText("");
        String hre = LexiconFields.text(node, "heavy_rare_earth", file, n);
        if (!hre.equals("required") && !hre.equals("optional")) {
          throw new IllegalArgumentException(
              file + ": grade " + n + ": heavy_rare_earth must be required or optional: " + hre);
        }
        bySuffix.put(
            suffix,
            new Grade(suffix, suffix, node.path("max_working_c").asInt(), hre.equals("required")));
      }
      List<String> items = new ArrayList<>();
      root.path("items").forEach(item -> items.add(item.asText()));
      return new MagnetGrades(bySuffix, items);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
