package dev.assay.ml.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The trained trees, evaluated in plain Java: screening with a model needs no native library and
 * costs a walk down each tree (about a microsecond for a few hundred shallow trees). Built from
 * XGBoost's JSON dump; {@code ForestTest} checks it gives XGBoost's own predictions.
 */
public final class Forest {
  private final float baseMargin;
  private final Tree[] trees;

  private Forest(float baseMargin, Tree[] trees) {
    this.baseMargin = baseMargin;
    this.trees = trees;
  }

  /** From the JSON dump of each tree (split names {@code f<index>}) and the bias margin. */
  static Forest fromDump(String[] dump, float baseMargin) {
    ObjectMapper mapper = new ObjectMapper();
    Tree[] trees = new Tree[dump.length];
    try {
      for (int t = 0; t < dump.length; t++) {
        trees[t] = Tree.of(mapper.readTree(dump[t]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Forest(baseMargin, trees);
  }

  public double probability(float[] features) {
    double margin = baseMargin;
    for (Tree tree : trees) {
      margin += tree.leaf(features);
    }
    return 1.0 / (1.0 + Math.exp(-margin));
  }

  /**
   * How much each feature moved this row's log-odds, summed over the trees (Saabas: along the row's
   * path, each split's feature gets the change from the node's expected value to the child's,
   * expected values weighted by the training rows each node covered). The entries plus the last one
   * (the bias: base margin and each root's expected value) add up to the margin.
   *
   * @param width the number of features; the result has {@code width + 1} entries
   */
  public double[] contributions(float[] features, int width) {
    double[] out = new double[width + 1];
    out[width] = baseMargin;
    for (Tree tree : trees) {
      tree.contribute(features, out, width);
    }
    return out;
  }

  double leafSum(float[] features) {
    double sum = 0;
    for (Tree tree : trees) {
      sum += tree.leaf(features);
    }
    return sum;
  }

  public int size() {
    return trees.length;
  }

  JsonNode toJson() {
    var node = JsonNodeFactory.instance.objectNode();
    node.put("base_margin", baseMargin);
    ArrayNode list = node.putArray("trees");
    for (Tree t : trees) {
      list.add(t.toJson());
    }
    return node;
  }

  static Forest fromJson(JsonNode node) {
    JsonNode list = node.get("trees");
    Tree[] trees = new Tree[list.size()];
    for (int i = 0; i < trees.length; i++) {
      trees[i] = Tree.fromJson(list.get(i));
    }
    return new Forest((float) node.get("base_margin").asDouble(), trees);
  }

  /** One tree as parallel arrays; a node with feature -1 is a leaf whose value is in threshold. */
  private record Tree(
      int[] feature,
      float[] threshold,
      int[] yes,
      int[] no,
      int[] missing,
      float[] cover,
      double[] expected) {
    Tree(int[] feature, float[] threshold, int[] yes, int[] no, int[] missing, float[] cover) {
      this(
          feature,
          threshold,
          yes,
          no,
          missing,
          cover,
          expectedValues(feature, threshold, yes, no, cover));
    }

    /** Each node's expected value: a leaf's own, an inner node's its children's by cover. */
    private static double[] expectedValues(
        int[] feature, float[] threshold, int[] yes, int[] no, float[] cover) {
      double[] e = new double[feature.length];
      fill(0, feature, threshold, yes, no, cover, e);
      return e;
    }

    private static void fill(
        int n, int[] feature, float[] threshold, int[] yes, int[] no, float[] cover, double[] e) {
      if (feature[n] < 0) {
        e[n] = threshold[n];
        return;
      }
      fill(yes[n], feature, threshold, yes, no, cover, e);
      fill(no[n], feature, threshold, yes, no, cover, e);
      double a = Math.max(cover[yes[n]], 0);
      double b = Math.max(cover[no[n]], 0);
      e[n] = a + b > 0 ? (a * e[yes[n]] + b * e[no[n]]) / (a + b) : (e[yes[n]] + e[no[n]]) / 2;
    }

    void contribute(float[] x, double[] out, int width) {
      int n = 0;
      out[width] += expected[0];
      while (feature[n] >= 0) {
        float v = x[feature[n]];
        int next = Float.isNaN(v) ? missing[n] : v < threshold[n] ? yes[n] : no[n];
        out[feature[n]] += expected[next] - expected[n];
        n = next;
      }
    }

    float leaf(float[] x) {
      int n = 0;
      while (feature[n] >= 0) {
        float v = x[feature[n]];
        n = Float.isNaN(v) ? missing[n] : v < threshold[n] ? yes[n] : no[n];
      }
      return threshold[n];
    }

    static Tree of(JsonNode root) {
      List<JsonNode> nodes = new ArrayList<>();
      collect(root, nodes);
      int size = 0;
      for (JsonNode n : nodes) {
        size = Math.max(size, n.get("nodeid").asInt() + 1);
      }
      int[] feature = new int[size];
      float[] threshold = new float[size];
      int[] yes = new int[size];
      int[] no = new int[size];
      int[] missing = new int[size];
      float[] cover = new float[size];
      for (JsonNode n : nodes) {
        int id = n.get("nodeid").asInt();
        cover[id] = (float) n.path("cover").asDouble(1);
        if (n.has("leaf")) {
          feature[id] = -1;
          threshold[id] = (float) n.get("leaf").asDouble();
        } else {
          feature[id] = Integer.parseInt(n.get("split").asText().substring(1));
          threshold[id] = (float) n.get("split_condition").asDouble();
          yes[id] = n.get("yes").asInt();
          no[id] = n.get("no").asInt();
          missing[id] = n.get("missing").asInt();
        }
      }
      return new Tree(feature, threshold, yes, no, missing, cover);
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
      into.add(node);
      for (JsonNode child : node.path("children")) {
        collect(child, into);
      }
    }

    JsonNode toJson() {
      var node = JsonNodeFactory.instance.objectNode();
      ArrayNode f = node.putArray("feature");
      ArrayNode t = node.putArray("threshold");
      ArrayNode y = node.putArray("yes");
      ArrayNode n = node.putArray("no");
      ArrayNode m = node.putArray("missing");
      ArrayNode c = node.putArray("cover");
      for (int i = 0; i < feature.length; i++) {
        c.add(cover[i]);
        f.add(feature[i]);
        t.add(threshold[i]);
        y.add(yes[i]);
        n.add(no[i]);
        m.add(missing[i]);
      }
      return node;
    }

    static Tree fromJson(JsonNode node) {
      int size = node.get("feature").size();
      int[] feature = new int[size];
      float[] threshold = new float[size];
      int[] yes = new int[size];
      int[] no = new int[size];
      int[] missing = new int[size];
      float[] cover = new float[size];
      // Models written before covers were recorded: every node weighs the same.
      JsonNode covers = node.path("cover");
      for (int i = 0; i < size; i++) {
        cover[i] = (float) covers.path(i).asDouble(1);
        feature[i] = node.get("feature").get(i).asInt();
        threshold[i] = (float) node.get("threshold").get(i).asDouble();
        yes[i] = node.get("yes").get(i).asInt();
        no[i] = node.get("no").get(i).asInt();
        missing[i] = node.get("missing").get(i).asInt();
      }
      return new Tree(feature, threshold, yes, no, missing, cover);
    }
  }
}
