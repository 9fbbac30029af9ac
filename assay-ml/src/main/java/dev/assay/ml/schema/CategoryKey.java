package dev.assay.ml.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A category the model keeps a history of outcomes for: one categorical column, one level of its
 * hierarchy (the first {@code level} characters of the code), or several of those together.
 */
public record CategoryKey(List<Part> parts) {
  public CategoryKey {
    parts = List.copyOf(parts);
  }

  /** The key's name in feature names: {@code exporter}, {@code hs:4}, {@code exporter+hs:4}. */
  public String name() {
    return parts.stream().map(Part::toString).collect(Collectors.joining("+"));
  }

  /**
   * A column, or the prefix of a code.
   *
   * @param level prefix length, 0 for the whole value
   */
  public record Part(String column, int level) {
    static Part parse(String key) {
      int colon = key.lastIndexOf(':');
      if (colon > 0) {
        try {
          return new Part(key.substring(0, colon), Integer.parseInt(key.substring(colon + 1)));
        } catch (NumberFormatException e) {
          throw new SchemaException("'" + key + "': the level after ':' must be a whole number");
        }
      }
      return new Part(key, 0);
    }

    @Override
    public String toString() {
      return level == 0 ? column : column + ":" + level;
    }
  }
}
