package dev.assay.ml.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Says what each column of a labelled dataset means, so that one model pipeline learns from any
 * agency's CSV without knowing its column names (docs/ml.md, "Schema"). Read from YAML; the text it
 * was read from travels inside every model file.
 *
 * @param format {@code csv} for any CSV described column by column, {@code assay} for Assay's own
 *     declaration contract, whose rows are built from screened declarations (findings included)
 * @param combinations categorical keys encoded together (exporter with HS heading); each key is
 *     {@code column} or {@code column:level}
 * @param baseline a numeric column to compare the model against (the rule score), or null
 */
public record DatasetSchema(
    String name,
    String format,
    List<ColumnSpec> columns,
    List<List<String>> combinations,
    List<RatioSpec> ratios,
    String baseline,
    String text) {

  private static final Set<String> DEFAULT_POSITIVE =
      Set.of("1", "true", "yes", "y", "violation", "positive", "fraud", "illicit");
  private static final Set<String> DEFAULT_NEGATIVE =
      Set.of("0", "false", "no", "n", "clean", "negative", "legit", "licit");

  public DatasetSchema {
    columns = List.copyOf(columns);
    combinations = combinations.stream().map(List::copyOf).toList();
    ratios = List.copyOf(ratios);
    validate(columns, combinations, ratios, baseline);
  }

  public static DatasetSchema load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema of Assay's own declaration contract, one row per declaration. */
  public static DatasetSchema assayContract() {
    try (InputStream in = DatasetSchema.class.getResourceAsStream("/ml/assay-contract.yaml")) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static DatasetSchema parse(String yaml) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new SchemaException("schema is not valid YAML: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new SchemaException("schema must be a YAML mapping with a 'columns' list");
    }
    String format = root.path("format").asText("csv").toLowerCase(Locale.ROOT);
    if (!format.equals("csv") && !format.equals("assay")) {
      throw new SchemaException("format: must be csv or assay, got '" + format + "'");
    }
    JsonNode cols = root.path("columns");
    if (!cols.isArray() || cols.isEmpty()) {
      throw new SchemaException("columns: a non-empty list is required");
    }
    List<ColumnSpec> columns = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      columns.add(column(cols.get(i), i));
    }
    List<List<String>> combinations = new ArrayList<>();
    for (JsonNode combo : root.path("combinations")) {
      List<String> keys = new ArrayList<>();
      combo.forEach(k -> keys.add(k.asText()));
      combinations.add(keys);
    }
    List<RatioSpec> ratios = new ArrayList<>();
    int r = 0;
    for (JsonNode ratio : root.path("ratios")) {
      String num = required(ratio, "numerator", "ratios[" + r + "]");
      String den = required(ratio, "denominator", "ratios[" + r + "]");
      ratios.add(
          new RatioSpec(
              ratio.path("name").asText(num + "_per_" + den),
              num,
              den,
              ratio.hasNonNull("within") ? ratio.get("within").asText() : null));
      r++;
    }
    String baseline = root.hasNonNull("baseline") ? root.get("baseline").asText() : null;
    return new DatasetSchema(
        root.path("name").asText("dataset"), format, columns, combinations, ratios, baseline, yaml);
  }

  private static ColumnSpec column(JsonNode node, int index) {
    String where = "columns[" + index + "]";
    if (node.path("name").isBoolean()) {
      throw new SchemaException(
          where
              + ": name reads as the YAML boolean "
              + node.get("name").asText()
              + "; quote it (name: \"no\")");
    }
    String name = required(node, "name", where);
    String roleText = required(node, "role", where + " (" + name + ")");
    ColumnRole role;
    try {
      role = ColumnRole.valueOf(roleText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SchemaException(
          where
              + " ("
              + name
              + "): role '"
              + roleText
              + "' is not one of id, date, categorical, numeric, text, label, value, ignore");
    }
    List<Integer> hierarchy = new ArrayList<>();
    for (JsonNode level : node.path("hierarchy")) {
      if (!level.canConvertToInt() || level.asInt() < 1) {
        throw new SchemaException(
            where + " (" + name + "): hierarchy levels are prefix lengths >= 1, got " + level);
      }
      hierarchy.add(level.asInt());
    }
    if (!hierarchy.isEmpty() && role != ColumnRole.CATEGORICAL) {
      throw new SchemaException(where + " (" + name + "): only a categorical has a hierarchy");
    }
    Set<String> positive = lowerSet(node.path("positive"), DEFAULT_POSITIVE);
    Set<String> negative = lowerSet(node.path("negative"), DEFAULT_NEGATIVE);
    if (node.has("positive") && !node.has("negative")) {
      // Values named positive must not also count as negative by default.
      negative = new LinkedHashSet<>(negative);
      negative.removeAll(positive);
    }
    String dateFormat = node.hasNonNull("format") ? node.get("format").asText() : null;
    int pad = 0;
    if (node.has("pad")) {
      if (!node.get("pad").canConvertToInt() || node.get("pad").asInt() < 1) {
        throw new SchemaException(
            where
                + " ("
                + name
                + "): pad is the width to pad codes to (>= 1), got "
                + node.get("pad"));
      }
      if (role != ColumnRole.CATEGORICAL && role != ColumnRole.ID) {
        throw new SchemaException(
            where + " (" + name + "): only a categorical or id column can be padded");
      }
      pad = node.get("pad").asInt();
    }
    List<String> product = new ArrayList<>();
    for (JsonNode factor : node.path("product")) {
      product.add(factor.asText());
    }
    if (node.has("product")) {
      if (role != ColumnRole.VALUE) {
        throw new SchemaException(
            where + " (" + name + "): only the value column can be derived with product");
      }
      if (product.size() < 2) {
        throw new SchemaException(
            where
                + " ("
                + name
                + "): product needs two columns or more, e.g. [cif_value, duty_rate]");
      }
    }
    return new ColumnSpec(name, role, hierarchy, positive, negative, dateFormat, pad, product);
  }

  private static Set<String> lowerSet(JsonNode node, Set<String> otherwise) {
    if (node.isMissingNode() || node.isNull()) {
      return otherwise;
    }
    Set<String> values = new LinkedHashSet<>();
    if (node.isArray()) {
      node.forEach(v -> values.add(v.asText().trim().toLowerCase(Locale.ROOT)));
    } else {
      values.add(node.asText().trim().toLowerCase(Locale.ROOT));
    }
    return values;
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      throw new SchemaException(where + ": '" + field + "' is required");
    }
    return value.asText();
  }

  private static void validate(
      List<ColumnSpec> columns,
      List<List<String>> combinations,
      List<RatioSpec> ratios,
      String baseline) {
    Set<String> names = new LinkedHashSet<>();
    for (ColumnSpec c : columns) {
      if (!names.add(c.name())) {
        throw new SchemaException("columns: '" + c.name() + "' is declared twice");
      }
    }
    exactlyOne(columns, ColumnRole.DATE);
    exactlyOne(columns, ColumnRole.LABEL);
    atMostOne(columns, ColumnRole.ID);
    atMostOne(columns, ColumnRole.VALUE);
    for (int i = 0; i < combinations.size(); i++) {
      if (combinations.get(i).size() < 2) {
        throw new SchemaException("combinations[" + i + "]: a combination needs two keys or more");
      }
      for (String key : combinations.get(i)) {
        checkKey(columns, key, "combinations[" + i + "]");
      }
    }
    for (RatioSpec ratio : ratios) {
      for (String col : List.of(ratio.numerator(), ratio.denominator())) {
        ColumnSpec c = find(columns, col).orElse(null);
        if (c == null || c.role() != ColumnRole.NUMERIC) {
          throw new SchemaException(
              "ratios (" + ratio.name() + "): '" + col + "' is not a numeric column");
        }
      }
      if (ratio.within() != null) {
        checkKey(columns, ratio.within(), "ratios (" + ratio.name() + ")");
      }
    }
    if (baseline != null) {
      ColumnSpec c = find(columns, baseline).orElse(null);
      if (c == null || c.role() != ColumnRole.NUMERIC) {
        throw new SchemaException("baseline: '" + baseline + "' is not a numeric column");
      }
    }
  }

  /**
   * How this schema reads data differently from {@code other} (columns, their roles and formats,
   * combinations, ratios, baseline; comments and order of keys do not count); empty when alike.
   */
  public List<String> differences(DatasetSchema other) {
    List<String> out = new ArrayList<>();
    if (!format.equals(other.format)) {
      out.add("format " + format + " against " + other.format);
    }
    for (ColumnSpec c : columns) {
      ColumnSpec o = find(other.columns, c.name()).orElse(null);
      if (o == null) {
        out.add("column " + c.name() + " only in one of them");
      } else if (!c.equals(o)) {
        out.add("column " + c.name() + ": " + describe(c) + " against " + describe(o));
      }
    }
    for (ColumnSpec o : other.columns) {
      if (find(columns, o.name()).isEmpty()) {
        out.add("column " + o.name() + " only in one of them");
      }
    }
    if (!combinations.equals(other.combinations)) {
      out.add("combinations " + combinations + " against " + other.combinations);
    }
    if (!ratios.equals(other.ratios)) {
      out.add("ratios differ");
    }
    if (!java.util.Objects.equals(baseline, other.baseline)) {
      out.add("baseline " + baseline + " against " + other.baseline);
    }
    return out;
  }

  private static String describe(ColumnSpec c) {
    StringBuilder b = new StringBuilder(c.role().name().toLowerCase(Locale.ROOT));
    if (c.dateFormat() != null) {
      b.append(" format ").append(c.dateFormat());
    }
    if (!c.hierarchy().isEmpty()) {
      b.append(" hierarchy ").append(c.hierarchy());
    }
    if (c.pad() > 0) {
      b.append(" pad ").append(c.pad());
    }
    if (c.derived()) {
      b.append(" product ").append(c.product());
    }
    if (c.role() == ColumnRole.LABEL) {
      b.append(" positive ").append(new java.util.TreeSet<>(c.positive()));
      b.append(" negative ").append(new java.util.TreeSet<>(c.negative()));
    }
    return b.toString();
  }

  private static void checkKey(List<ColumnSpec> columns, String key, String where) {
    CategoryKey.Part part = CategoryKey.Part.parse(key);
    ColumnSpec c = find(columns, part.column()).orElse(null);
    if (c == null || c.role() != ColumnRole.CATEGORICAL) {
      throw new SchemaException(where + ": '" + part.column() + "' is not a categorical column");
    }
    if (part.level() > 0 && !c.hierarchy().contains(part.level())) {
      throw new SchemaException(
          where + ": '" + key + "' names a level that " + c.name() + "'s hierarchy lacks");
    }
  }

  private static void exactlyOne(List<ColumnSpec> columns, ColumnRole role) {
    long n = columns.stream().filter(c -> c.role() == role).count();
    if (n != 1) {
      throw new SchemaException(
          "columns: exactly one column must have role "
              + role.name().toLowerCase(Locale.ROOT)
              + ", found "
              + n);
    }
  }

  private static void atMostOne(List<ColumnSpec> columns, ColumnRole role) {
    if (columns.stream().filter(c -> c.role() == role).count() > 1) {
      throw new SchemaException(
          "columns: at most one column may have role " + role.name().toLowerCase(Locale.ROOT));
    }
  }

  private static Optional<ColumnSpec> find(List<ColumnSpec> columns, String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The columns of one role, in the order the schema lists them. */
  public List<ColumnSpec> withRole(ColumnRole role) {
    return columns.stream().filter(c -> c.role() == role).toList();
  }

  public Optional<ColumnSpec> column(ColumnRole role) {
    return columns.stream().filter(c -> c.role() == role).findFirst();
  }

  /**
   * Every categorical key the model encodes: each categorical column, each level of its hierarchy,
   * then each combination.
   */
  public List<CategoryKey> categoryKeys() {
    List<ColumnSpec> cats = withRole(ColumnRole.CATEGORICAL);
    List<CategoryKey> keys = new ArrayList<>();
    for (int i = 0; i < cats.size(); i++) {
      keys.add(new CategoryKey(List.of(new CategoryKey.Part(cats.get(i).name(), 0))));
      for (int level : cats.get(i).hierarchy()) {
        keys.add(new CategoryKey(List.of(new CategoryKey.Part(cats.get(i).name(), level))));
      }
    }
    for (List<String> combo : combinations) {
      keys.add(new CategoryKey(combo.stream().map(CategoryKey.Part::parse).toList()));
    }
    return keys;
  }
}
