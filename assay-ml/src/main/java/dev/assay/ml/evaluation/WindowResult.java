package dev.assay.ml.evaluation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * The model and the baseline on one test period, with the period trained on.
 *
 * @param baseline null where the schema names no baseline column
 */
public record WindowResult(
    String name,
    LocalDate trainFrom,
    LocalDate trainTo,
    LocalDate testFrom,
    LocalDate testTo,
    int trainRows,
    RankingMetrics model,
    RankingMetrics baseline) {

  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", name);
    if (trainFrom != null) {
      node.putObject("train")
          .put("from", trainFrom.toString())
          .put("to", trainTo.toString())
          .put("labelled_rows", trainRows);
    }
    node.putObject("test").put("from", testFrom.toString()).put("to", testTo.toString());
    node.set("model", model.toJson());
    if (baseline != null) {
      node.set("baseline", baseline.toJson());
    }
    return node;
  }
}
