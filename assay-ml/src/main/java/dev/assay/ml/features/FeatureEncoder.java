package dev.assay.ml.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.ml.data.Row;
import dev.assay.ml.schema.CategoryKey;
import dev.assay.ml.schema.ColumnRole;
import dev.assay.ml.schema.ColumnSpec;
import dev.assay.ml.schema.DatasetSchema;
import dev.assay.ml.schema.RatioSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns rows into feature vectors, in date order, without leakage: every feature of a row is
 * computed from rows of strictly earlier dates only. Rows of the day being encoded wait in a
 * pending list and join the history when a later day arrives, so neither the row's own label nor
 * any label of its day or after can reach its features (FeatureEncoderLeakageTest).
 *
 * <p>Features, by schema role (docs/ml.md, "Features"): numeric columns as they are; for each
 * categorical key (column, hierarchy level, combination) the smoothed violation rate of its value
 * so far, how often it was seen and how often inspected; for each ratio its logarithm and how far
 * that lies from earlier rows of the same category (robust to scale, in standard deviations); for
 * each text column its length, word count, share of non-ASCII characters and the highest and mean
 * risk of its words; the day of week, day of month and month. With {@link Options}: the raw code of
 * each categorical column of few or middling distinct values beside its rates (values only, no
 * label), and a time-decayed rate per key that weighs recent outcomes more, so rows early in the
 * data and rows of a later test period see histories of a similar effective size.
 */
public final class FeatureEncoder {
  /**
   * The encodings beyond the rates every model has.
   *
   * @param codedColumns categorical columns that also get their raw code as a feature: the value
   *     itself where it is digits only (HS codes, office numbers: their order means something),
   *     otherwise its order of first appearance, negated; values first seen after the model was
   *     trained get none (missing)
   * @param halfLifeDays half-life of the time-decayed rate ({@code risk_recent}); 0 for none
   */
  public record Options(List<String> codedColumns, double halfLifeDays) {
    public Options {
      codedColumns = List.copyOf(codedColumns);
    }

    /** The encodings of models trained before these options existed. */
    public static Options none() {
      return new Options(List.of(), 0);
    }

    /**
     * Codes for every categorical column with at most {@code maxCodes} distinct values in the rows
     * (a decision on values only: no label takes part), decayed rates with a half-life of 90 days.
     */
    public static Options forRows(DatasetSchema schema, List<Row> rows, int maxCodes) {
      List<ColumnSpec> cats = schema.withRole(ColumnRole.CATEGORICAL);
      List<String> coded = new ArrayList<>();
      for (int c = 0; c < cats.size(); c++) {
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (Row row : rows) {
          if (row.categories()[c] != null
              && distinct.add(row.categories()[c])
              && distinct.size() > maxCodes) {
            break;
          }
        }
        if (distinct.size() <= maxCodes) {
          coded.add(cats.get(c).name());
        }
      }
      return new Options(coded, DEFAULT_HALF_LIFE);
    }

    ObjectNode toJson() {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      ArrayNode cols = node.putArray("coded_columns");
      codedColumns.forEach(cols::add);
      node.put("half_life_days", halfLifeDays);
      return node;
    }

    static Options fromJson(JsonNode node) {
      if (node == null || node.isMissingNode()) {
        return none();
      }
      List<String> cols = new ArrayList<>();
      node.path("coded_columns").forEach(c -> cols.add(c.asText()));
      return new Options(cols, node.path("half_life_days").asDouble(0));
    }
  }

  /** Half-life of the decayed rate: a quarter's outcomes weigh about half of the rate. */
  public static final double DEFAULT_HALF_LIFE = 90;

  /** How many inspections a category's own rate is worth against the overall rate. */
  private static final double SMOOTHING = 10;

  private static final int MIN_GROUP = 5;

  private final DatasetSchema schema;
  private final List<CategoryKey> keys;
  private final int[][] keyColumns;
  private final int[][] keyLevels;
  private final int[][] ratioColumns;
  private final int[] ratioWithin;
  private final List<String> names = new ArrayList<>();
  private final Options options;

  /** Per categorical column: its index among the coded columns, or -1. */
  private final int[] codedIndex;

  private final List<Map<String, Integer>> codes = new ArrayList<>();

  /** Whether new values still get a code (during training) or are missing (after restore). */
  private boolean assignCodes = true;

  /** Per key and value: {decayed inspections, decayed violations, day last decayed}. */
  private final List<Map<String, double[]>> decayed = new ArrayList<>();

  private final OutcomeHistory[] histories;
  private final OutcomeHistory[] words;
  private final List<Map<String, double[]>> ratioGroups = new ArrayList<>();
  private long labelled;
  private long positives;

  /** A row waiting for its day to end, with its category values and words worked out once. */
  private record Pending(Row row, String[] keyValues, List<List<String>> words) {}

  private final List<Pending> pending = new ArrayList<>();

  /** Rows of this day or later join the history without their label (strict evaluation). */
  private int hideLabelsFrom = Integer.MAX_VALUE;

  private int pendingDay = Integer.MIN_VALUE;

  public FeatureEncoder(DatasetSchema schema) {
    this(schema, Options.none());
  }

  public FeatureEncoder(DatasetSchema schema, Options options) {
    this.schema = schema;
    this.options = options;
    this.keys = schema.categoryKeys();
    List<ColumnSpec> cats = schema.withRole(ColumnRole.CATEGORICAL);
    List<ColumnSpec> nums = schema.withRole(ColumnRole.NUMERIC);
    List<ColumnSpec> texts = schema.withRole(ColumnRole.TEXT);
    keyColumns = new int[keys.size()][];
    keyLevels = new int[keys.size()][];
    for (int k = 0; k < keys.size(); k++) {
      List<CategoryKey.Part> parts = keys.get(k).parts();
      keyColumns[k] = new int[parts.size()];
      keyLevels[k] = new int[parts.size()];
      for (int p = 0; p < parts.size(); p++) {
        keyColumns[k][p] = indexOf(cats, parts.get(p).column());
        keyLevels[k][p] = parts.get(p).level();
      }
    }
    List<RatioSpec> ratios = schema.ratios();
    ratioColumns = new int[ratios.size()][2];
    ratioWithin = new int[ratios.size()];
    for (int r = 0; r < ratios.size(); r++) {
      ratioColumns[r][0] = indexOf(nums, ratios.get(r).numerator());
      ratioColumns[r][1] = indexOf(nums, ratios.get(r).denominator());
      String within = ratios.get(r).within();
      ratioWithin[r] = -1;
      for (int k = 0; within != null && k < keys.size(); k++) {
        if (keys.get(k).name().equals(within)) {
          ratioWithin[r] = k;
        }
      }
      ratioGroups.add(new HashMap<>());
    }
    histories = new OutcomeHistory[keys.size()];
    for (int k = 0; k < histories.length; k++) {
      histories[k] = new OutcomeHistory();
    }
    words = new OutcomeHistory[texts.size()];
    for (int t = 0; t < words.length; t++) {
      words[t] = new OutcomeHistory();
    }

    codedIndex = new int[cats.size()];
    java.util.Arrays.fill(codedIndex, -1);
    for (String col : options.codedColumns()) {
      int c = indexOf(cats, col);
      codedIndex[c] = codes.size();
      codes.add(new HashMap<>());
    }
    if (options.halfLifeDays() > 0) {
      for (int k = 0; k < keys.size(); k++) {
        decayed.add(new HashMap<>());
      }
    }

    for (ColumnSpec c : nums) {
      names.add(c.name());
    }
    for (int c = 0; c < cats.size(); c++) {
      if (codedIndex[c] >= 0) {
        names.add(cats.get(c).name() + ".code");
      }
    }
    for (CategoryKey k : keys) {
      names.add(k.name() + ".risk");
      names.add(k.name() + ".seen");
      names.add(k.name() + ".inspected");
      if (options.halfLifeDays() > 0) {
        names.add(k.name() + ".risk_recent");
      }
    }
    for (RatioSpec r : ratios) {
      names.add(r.name() + ".log");
      if (r.within() != null) {
        names.add(r.name() + ".z_within_" + r.within());
      }
    }
    for (ColumnSpec c : texts) {
      names.add(c.name() + ".length");
      names.add(c.name() + ".words");
      names.add(c.name() + ".non_ascii");
      names.add(c.name() + ".word_risk_max");
      names.add(c.name() + ".word_risk_mean");
    }
    names.add("calendar.day_of_week");
    names.add("calendar.day_of_month");
    names.add("calendar.month");
  }

  private static int indexOf(List<ColumnSpec> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + name);
  }

  public List<String> featureNames() {
    return List.copyOf(names);
  }

  public int width() {
    return names.size();
  }

  /**
   * The features of a row from what came strictly before its date, then remembers the row (its
   * label included) for later dates. Rows must come in date order.
   */
  public float[] encode(Row row) {
    if (row.day() > pendingDay) {
      commitPending();
      pendingDay = row.day();
    }
    float[] out = new float[names.size()];
    int f = 0;
    for (double v : row.numbers()) {
      out[f++] = (float) v;
    }
    String[] cats = row.categories();
    for (int c = 0; c < codedIndex.length; c++) {
      if (codedIndex[c] >= 0) {
        out[f++] = code(codedIndex[c], cats[c]);
      }
    }
    double prior = (positives + 1.0) / (labelled + 2.0);
    String[] keyValues = keyValues(row);
    for (int k = 0; k < keys.size(); k++) {
      long[] c = keyValues[k] == null ? null : histories[k].get(keyValues[k]);
      long seen = c == null ? 0 : c[0];
      long inspected = c == null ? 0 : c[1];
      long hits = c == null ? 0 : c[2];
      out[f++] = (float) ((hits + SMOOTHING * prior) / (inspected + SMOOTHING));
      out[f++] = (float) Math.log1p(seen);
      out[f++] = (float) Math.log1p(inspected);
      if (options.halfLifeDays() > 0) {
        double[] d = keyValues[k] == null ? null : decayed.get(k).get(keyValues[k]);
        double w = d == null ? 0 : decay(row.day() - d[2]);
        double dInspected = d == null ? 0 : d[0] * w;
        double dHits = d == null ? 0 : d[1] * w;
        out[f++] = (float) ((dHits + SMOOTHING * prior) / (dInspected + SMOOTHING));
      }
    }
    for (int r = 0; r < ratioColumns.length; r++) {
      double logRatio = logRatio(row, r);
      out[f++] = (float) logRatio;
      if (schema.ratios().get(r).within() != null) {
        double z = Double.NaN;
        String group = ratioWithin[r] < 0 ? null : keyValues[ratioWithin[r]];
        double[] s = group == null ? null : ratioGroups.get(r).get(group);
        if (s != null && s[0] >= MIN_GROUP && !Double.isNaN(logRatio)) {
          double sd = Math.sqrt(s[2] / (s[0] - 1));
          z = (logRatio - s[1]) / Math.max(sd, 0.05);
        }
        out[f++] = (float) z;
      }
    }
    List<List<String>> rowWords = new ArrayList<>(words.length);
    for (int t = 0; t < words.length; t++) {
      String text = row.texts()[t];
      if (text == null) {
        rowWords.add(List.of());
        for (int i = 0; i < 5; i++) {
          out[f++] = Float.NaN;
        }
        continue;
      }
      int nonAscii = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) > 127) {
          nonAscii++;
        }
      }
      List<String> tokens = Words.of(text);
      rowWords.add(tokens);
      double max = 0;
      double sum = 0;
      for (String token : tokens) {
        long[] c = words[t].get(token);
        double risk = c == null ? prior : (c[2] + SMOOTHING * prior) / (c[1] + SMOOTHING);
        max = Math.max(max, risk);
        sum += risk;
      }
      out[f++] = text.length();
      out[f++] = tokens.size();
      out[f++] = (float) nonAscii / text.length();
      out[f++] = tokens.isEmpty() ? Float.NaN : (float) max;
      out[f++] = tokens.isEmpty() ? Float.NaN : (float) (sum / tokens.size());
    }
    LocalDate date = LocalDate.ofEpochDay(row.day());
    out[f++] = date.getDayOfWeek().getValue();
    out[f++] = date.getDayOfMonth();
    out[f++] = date.getMonthValue();
    pending.add(new Pending(row, keyValues, rowWords));
    return out;
  }

  /** The weight of an outcome {@code days} old. */
  private double decay(double days) {
    return Math.pow(0.5, days / options.halfLifeDays());
  }

  /**
   * A category's raw code: digits-only values as their number (their order means something), others
   * by order of first appearance, negated so the two never meet. Uses the value alone.
   */
  private float code(int coded, String value) {
    if (value == null) {
      return Float.NaN;
    }
    if (value.length() <= 15 && value.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return Long.parseLong(value);
    }
    Map<String, Integer> map = codes.get(coded);
    Integer known = map.get(value);
    if (known == null) {
      if (!assignCodes) {
        return Float.NaN;
      }
      known = map.size() + 1;
      map.put(value, known);
    }
    return -known;
  }

  private double logRatio(Row row, int r) {
    double num = row.numbers()[ratioColumns[r][0]];
    double den = row.numbers()[ratioColumns[r][1]];
    return num > 0 && den > 0 ? Math.log(num / den) : Double.NaN;
  }

  private String[] keyValues(Row row) {
    String[] values = new String[keys.size()];
    String[] cats = row.categories();
    for (int k = 0; k < keys.size(); k++) {
      int[] cols = keyColumns[k];
      if (cols.length == 1) {
        values[k] = prefix(cats[cols[0]], keyLevels[k][0]);
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (int p = 0; p < cols.length; p++) {
        String part = prefix(cats[cols[p]], keyLevels[k][p]);
        if (part == null) {
          b = null;
          break;
        }
        if (p > 0) {
          b.append('\u001f');
        }
        b.append(part);
      }
      values[k] = b == null ? null : b.toString();
    }
    return values;
  }

  private static String prefix(String value, int level) {
    if (value == null || level == 0 || value.length() <= level) {
      return value;
    }
    return value.substring(0, level);
  }

  /**
   * From this day on, rows still count as seen but their labels are never learned: how a later
   * period is judged strictly, as if its outcomes were not known yet.
   */
  public void hideLabelsFrom(int day) {
    hideLabelsFrom = day;
  }

  /** Adds the rows waiting on their day to the history: called once a later day begins. */
  private void commitPending() {
    for (Pending pendingRow : pending) {
      Pending p = pendingRow;
      Row row = p.row();
      if (row.day() >= hideLabelsFrom && row.labelled()) {
        row =
            new Row(
                row.line(),
                row.id(),
                row.day(),
                -1,
                row.value(),
                row.categories(),
                row.numbers(),
                row.texts());
      }
      String[] keyValues = p.keyValues();
      for (int k = 0; k < keys.size(); k++) {
        if (keyValues[k] != null) {
          histories[k].add(keyValues[k], row.label());
          if (options.halfLifeDays() > 0 && row.labelled()) {
            double[] d = decayed.get(k).computeIfAbsent(keyValues[k], v -> new double[3]);
            double w = decay(row.day() - d[2]);
            d[0] = d[0] * w + 1;
            d[1] = d[1] * w + row.label();
            d[2] = row.day();
          }
        }
      }
      for (int t = 0; t < words.length; t++) {
        for (String token : p.words().get(t)) {
          words[t].add(token, row.label());
        }
      }
      for (int r = 0; r < ratioColumns.length; r++) {
        double logRatio = logRatio(row, r);
        String group = ratioWithin[r] < 0 ? null : keyValues[ratioWithin[r]];
        if (group != null && !Double.isNaN(logRatio)) {
          // Welford's running mean and sum of squares: one pass, no stored values.
          double[] s = ratioGroups.get(r).computeIfAbsent(group, g -> new double[3]);
          s[0]++;
          double delta = logRatio - s[1];
          s[1] += delta / s[0];
          s[2] += delta * (logRatio - s[1]);
        }
      }
      if (row.labelled()) {
        labelled++;
        positives += row.label();
      }
    }
    pending.clear();
  }

  /**
   * Whether the row has a value of the key that no earlier day had (for reporting unseen
   * categories); a missing value is not unseen.
   */
  public boolean unseen(int key, Row row) {
    String v = keyValues(row)[key];
    return v != null && histories[key].get(v) == null;
  }

  public List<CategoryKey> keys() {
    return keys;
  }

  /** Everything learned so far, pending rows included, to carry on from in a model file. */
  public ObjectNode state() {
    commitPending();
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("labelled", labelled).put("positives", positives).put("last_day", pendingDay);
    ObjectNode h = node.putObject("categories");
    for (int k = 0; k < keys.size(); k++) {
      h.set(keys.get(k).name(), histories[k].toJson());
    }
    ArrayNode w = node.putArray("words");
    for (OutcomeHistory words1 : words) {
      w.add(words1.toJson());
    }
    ArrayNode ratios = node.putArray("ratios");
    for (Map<String, double[]> groups : ratioGroups) {
      ObjectNode g = ratios.addObject();
      groups.forEach((k, s) -> g.putArray(k).add(s[0]).add(s[1]).add(s[2]));
    }
    node.set("options", options.toJson());
    ArrayNode c = node.putArray("codes");
    for (Map<String, Integer> map : codes) {
      ObjectNode o = c.addObject();
      map.forEach(o::put);
    }
    ArrayNode d = node.putArray("decayed");
    for (Map<String, double[]> map : decayed) {
      ObjectNode o = d.addObject();
      map.forEach((k, v) -> o.putArray(k).add(v[0]).add(v[1]).add(v[2]));
    }
    return node;
  }

  /** An encoder for the schema that carries on from a saved state. */
  public static FeatureEncoder restore(DatasetSchema schema, JsonNode state) {
    FeatureEncoder e = new FeatureEncoder(schema, Options.fromJson(state.get("options")));
    // The trees know only the codes of the training data; a later value has none.
    e.assignCodes = false;
    for (int c = 0; c < e.codes.size(); c++) {
      for (Iterator<Map.Entry<String, JsonNode>> it = state.path("codes").path(c).fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> v = it.next();
        e.codes.get(c).put(v.getKey(), v.getValue().asInt());
      }
    }
    for (int k = 0; k < e.decayed.size(); k++) {
      for (Iterator<Map.Entry<String, JsonNode>> it = state.path("decayed").path(k).fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> v = it.next();
        JsonNode a = v.getValue();
        e.decayed
            .get(k)
            .put(
                v.getKey(),
                new double[] {a.get(0).asDouble(), a.get(1).asDouble(), a.get(2).asDouble()});
      }
    }
    e.labelled = state.path("labelled").asLong();
    e.positives = state.path("positives").asLong();
    e.pendingDay = state.path("last_day").asInt(Integer.MIN_VALUE);
    for (int k = 0; k < e.keys.size(); k++) {
      e.histories[k] = OutcomeHistory.fromJson(state.path("categories").path(e.keys.get(k).name()));
    }
    for (int t = 0; t < e.words.length; t++) {
      e.words[t] = OutcomeHistory.fromJson(state.path("words").path(t));
    }
    for (int r = 0; r < e.ratioGroups.size(); r++) {
      for (Iterator<Map.Entry<String, JsonNode>> it = state.path("ratios").path(r).fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> g = it.next();
        JsonNode a = g.getValue();
        e.ratioGroups
            .get(r)
            .put(
                g.getKey(),
                new double[] {a.get(0).asDouble(), a.get(1).asDouble(), a.get(2).asDouble()});
      }
    }
    return e;
  }
}
