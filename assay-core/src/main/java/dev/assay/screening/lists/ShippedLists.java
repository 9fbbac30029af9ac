package dev.assay.screening.lists;

import dev.assay.screening.RestrictedList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lists shipped with Assay: China's Export Control Control List and Unreliable Entity List,
 * built from {@code screening/lists/cn/restricted-parties-cn.csv} (each row cites its announcement
 * and where it was taken from; see the SOURCE.md beside it).
 */
public final class ShippedLists {
  /**
   * Where the Chinese lists' CSV lies on the classpath (for {@link ClassLoader#getResource}). The
   * simulator draws its restricted parties from the same file.
   */
  public static final String CHINESE_LISTS_RESOURCE =
      "screening/lists/cn/restricted-parties-cn.csv";

  static final String CHINESE_LISTS = "/" + CHINESE_LISTS_RESOURCE;

  private ShippedLists() {}

  public static List<RestrictedList> chinese() {
    try (InputStream in = ShippedLists.class.getResourceAsStream(CHINESE_LISTS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + CHINESE_LISTS);
      }
      ListImport imported =
          ChineseListReader.read(
              new InputStreamReader(in, StandardCharsets.UTF_8), "restricted-parties-cn.csv");
      if (!imported.report().rejected().isEmpty()) {
        throw new IllegalStateException(
            "the shipped Chinese lists have bad rows: "
                + imported.report().rejected().getFirst().describe());
      }
      return imported.lists();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
