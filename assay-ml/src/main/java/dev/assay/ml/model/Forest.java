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
  private record Tree(int[] feature, float[] threshold, int[] yes, int[] no, int[] missing) {
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
      for (JsonNode n : nodes) {
        int id = n.get("nodeid").asInt();
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
      return new Tree(feature, threshold, yes, no, missing);
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
      for (int i = 0; i < feature.length; i++) {
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
      for (int i = 0; i < size; i++) {
        feature[i] = node.get("feature").get(i).asInt();
        threshold[i] = (float) node.get("threshold").get(i).asDouble();
        yes[i] = node.get("yes").get(i).asInt();
        no[i] = node.get("no").get(i).asInt();
        missing[i] = node.get("missing").get(i).asInt();
      }
      return new Tree(feature, threshold, yes, no, missing);
    }
  }
}
