package dev.assay.ml.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.ml.features.FeatureEncoder;
import dev.assay.ml.schema.DatasetSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * A trained model as one JSON file: the schema it was trained on (as written), the feature names,
 * the training period, its metrics, the trees, and the history of outcomes its features carry on
 * from, and how it was trained ({@code training}: tree settings, rounds, periods fitted, stopped
 * early on and tested). The version is a digest of schema, features and trees, so the same training
 * gives the same version and any change gives another.
 */
public record RankingModel(
    String version,
    DatasetSchema schema,
    List<String> features,
    LocalDate trainedFrom,
    LocalDate trainedTo,
    JsonNode metrics,
    JsonNode encoderState,
    Forest forest,
    JsonNode training) {

  static final int FORMAT = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public RankingModel {
    training = training == null ? JsonNodeFactory.instance.objectNode() : training;
  }

  public RankingModel(
      String version,
      DatasetSchema schema,
      List<String> features,
      LocalDate trainedFrom,
      LocalDate trainedTo,
      JsonNode metrics,
      JsonNode encoderState,
      Forest forest) {
    this(version, schema, features, trainedFrom, trainedTo, metrics, encoderState, forest, null);
  }

  public static RankingModel of(
      DatasetSchema schema,
      List<String> features,
      LocalDate from,
      LocalDate to,
      JsonNode metrics,
      JsonNode state,
      Forest forest) {
    return of(schema, features, from, to, metrics, state, forest, null);
  }

  /**
   * @param training how the trees were trained (settings, rounds, periods), recorded in the file
   */
  public static RankingModel of(
      DatasetSchema schema,
      List<String> features,
      LocalDate from,
      LocalDate to,
      JsonNode metrics,
      JsonNode state,
      Forest forest,
      JsonNode training) {
    String digest;
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(schema.text().getBytes(StandardCharsets.UTF_8));
      sha.update(String.join("\n", features).getBytes(StandardCharsets.UTF_8));
      sha.update(MAPPER.writeValueAsBytes(forest.toJson()));
      digest = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException | IOException e) {
      throw new IllegalStateException(e);
    }
    return new RankingModel(
        schema.name() + "-gbt-" + digest,
        schema,
        features,
        from,
        to,
        metrics,
        state,
        forest,
        training);
  }

  /** A fresh encoder that carries on from the end of the data the model was built from. */
  public FeatureEncoder encoder() {
    return FeatureEncoder.restore(schema, encoderState);
  }

  public void save(Path file) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("format", FORMAT).put("version", version);
    node.put("schema", schema.text());
    node.putPOJO("features", features);
    node.putObject("training_period")
        .put("from", trainedFrom.toString())
        .put("to", trainedTo.toString());
    node.set("training", training);
    node.set("metrics", metrics);
    node.set("forest", forest.toJson());
    node.set("history", encoderState);
    try {
      MAPPER.writeValue(file.toFile(), node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RankingModel load(Path file) {
    JsonNode node;
    try {
      node = MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not a model file (" + e.getMessage() + ")", e);
    }
    if (node == null || node.path("format").asInt() != FORMAT) {
      throw new IllegalArgumentException(
          file + ": not a model file of format " + FORMAT + " (made by assay ml train)");
    }
    DatasetSchema schema = DatasetSchema.parse(node.get("schema").asText());
    List<String> features = MAPPER.convertValue(node.get("features"), List.class);
    RankingModel model =
        new RankingModel(
            node.get("version").asText(),
            schema,
            features,
            LocalDate.parse(node.path("training_period").path("from").asText()),
            LocalDate.parse(node.path("training_period").path("to").asText()),
            node.get("metrics"),
            node.get("history"),
            Forest.fromJson(node.get("forest")),
            node.get("training"));
    if (!model.encoder().featureNames().equals(features)) {
      throw new IllegalArgumentException(
          file + ": its features do not match what this version of Assay computes for its schema");
    }
    return model;
  }
}
