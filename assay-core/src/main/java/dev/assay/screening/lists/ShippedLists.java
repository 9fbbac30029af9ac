package dev.assay.screening.lists;

import dev.assay.screening.RestrictedList;
import dev.assay.screening.matching.ListIndex;
import dev.assay.screening.matching.NameNormalizer;
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

  /** Read and indexed once per process (both immutable): every command and matcher shares them. */
  private static volatile List<RestrictedList> chinese;

  private static volatile List<ListIndex> index;

  private ShippedLists() {}

  /** China's two lists, read from the shipped CSV on first use. */
  public static List<RestrictedList> chinese() {
    List<RestrictedList> lists = chinese;
    if (lists == null) {
      synchronized (ShippedLists.class) {
        lists = chinese;
        if (lists == null) {
          lists = List.copyOf(readChinese());
          chinese = lists;
        }
      }
    }
    return lists;
  }

  /**
   * The shipped lists indexed in memory with the shipped vocabulary ({@link
   * NameNormalizer#standard()}), built on first use and shared after: normalizing their names
   * (transliteration, readings) is a good part of a short command's start, and a process that
   * builds several matchers (a backtest's two configurations, a reload) needs it once.
   */
  public static List<ListIndex> index() {
    List<ListIndex> indexes = index;
    if (indexes == null) {
      synchronized (ShippedLists.class) {
        indexes = index;
        if (indexes == null) {
          NameNormalizer normalizer = NameNormalizer.standard();
          indexes = chinese().stream().map(l -> ListIndex.build(l, normalizer)).toList();
          index = indexes;
        }
      }
    }
    return indexes;
  }

  private static List<RestrictedList> readChinese() {
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
