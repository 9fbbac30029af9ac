package dev.assay.ml.model;

import dev.assay.ml.data.DataReport;
import dev.assay.ml.data.DeclarationRows;
import dev.assay.ml.data.Row;
import dev.assay.ml.data.RowBuilder;
import dev.assay.ml.features.FeatureEncoder;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.RiskModel;
import dev.assay.risk.Scoring;
import java.util.List;
import java.util.Map;

/**
 * A trained model of Assay's own contract inside screening: builds the declaration's row from its
 * fields and findings, encodes it from the history the model carries (which keeps growing with
 * every declaration screened, and with its outcome where the input is labelled) and walks the
 * trees. Synchronized: the history is shared state.
 */
public final class LearnedRiskModel implements RiskModel {
  private final RankingModel model;
  private final FeatureEncoder encoder;
  private final RowBuilder rows;
  private final Scoring scoring;
  private long count;

  public LearnedRiskModel(RankingModel model, Scoring scoring) {
    if (!model.schema().format().equals("assay")) {
      throw new IllegalArgumentException(
          "model "
              + model.version()
              + " was trained on a CSV of schema '"
              + model.schema().name()
              + "', not on Assay's declaration contract; it cannot score declarations");
    }
    this.model = model;
    this.encoder = model.encoder();
    this.rows = new RowBuilder(model.schema(), new DataReport());
    this.scoring = scoring;
  }

  @Override
  public String version() {
    return model.version();
  }

  @Override
  public synchronized double probability(EnrichedDeclaration declaration, List<Finding> findings) {
    Map<String, Object> fields =
        DeclarationRows.fields(declaration.declaration(), findings, scoring.score(findings));
    Row row = rows.build(++count, fields::get);
    return row == null ? 0 : model.forest().probability(encoder.encode(row));
  }
}
