package dev.assay.ml.data;

import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import dev.assay.ml.schema.DatasetSchema;
import dev.assay.risk.Assessment;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Screener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Assay's own declarations as dataset rows, one per declaration (the columns of {@code
 * ml/assay-contract.yaml}): the declaration's fields, its goods line of highest value, totals, and
 * the findings of the risk engine, each finding code as the highest severity raised (0 none, 1 LOW
 * to 4 CRITICAL). Training reads them from a file screened here; screening with a model builds them
 * from the declaration and findings in hand, so both see the same columns.
 */
public final class DeclarationRows {
  private static final String[] FINDING_COLUMNS = new String[FindingCode.values().length];

  static {
    for (FindingCode code : FindingCode.values()) {
      FINDING_COLUMNS[code.ordinal()] = "finding." + code.name();
    }
  }

  private DeclarationRows() {}

  /**
   * The row's fields by column name, numbers as numbers; absent where the declaration has no such
   * value.
   */
  public static Map<String, Object> fields(
      Declaration d, List<Finding> findings, double ruleScore) {
    Map<String, Object> f = new HashMap<>(64);
    f.put("declaration_id", d.id());
    f.put("declared_at", d.declaredAt().toString());
    d.label().ifPresent(l -> f.put("outcome", l.outcome().name()));
    f.put("customs_office", d.customsOffice());
    f.put("exporter_id", d.exporter().code().toString());
    if (d.consignee() != null) {
      f.put("consignee", d.consignee().name().toUpperCase(Locale.ROOT));
      f.put("consignee_country", String.valueOf(d.consignee().country()));
    }
    if (d.endUser() != null) {
      f.put("end_user_country", String.valueOf(d.endUser().country()));
    }
    f.put("destination_country", String.valueOf(d.destination()));
    f.put("transport_mode", d.transport().mode().name());
    GoodsLine main =
        d.lines().stream().max(Comparator.comparingDouble(GoodsLine::valueUsd)).orElse(null);
    StringBuilder description = new StringBuilder();
    int licensed = 0;
    for (GoodsLine line : d.lines()) {
      if (!description.isEmpty()) {
        description.append(" | ");
      }
      description.append(line.description());
      licensed += line.licenseNo().isPresent() ? 1 : 0;
    }
    if (main != null) {
      f.put("hs_code", main.hsCode().value());
      f.put("unit", main.unit());
      f.put("quantity", main.quantity());
    }
    f.put("description", description.toString());
    f.put("value_usd", d.totalValueUsd());
    f.put("net_weight_kg", d.totalNetWeightKg());
    f.put("gross_weight_kg", d.transport().grossWeightKg());
    f.put("container_count", d.transport().containerCount());
    f.put("lines", d.lines().size());
    f.put("transit_countries", d.transitCountries().size());
    f.put("licensed_lines", licensed);
    f.put("rule_score", ruleScore);
    int[] severity = new int[FindingCode.values().length];
    for (Finding finding : findings) {
      int s = finding.severity().ordinal() + 1;
      severity[finding.code().ordinal()] = Math.max(severity[finding.code().ordinal()], s);
    }
    for (int c = 0; c < severity.length; c++) {
      f.put(FINDING_COLUMNS[c], severity[c]);
    }
    return f;
  }

  /**
   * Reads declarations (CSV contract, NDJSON or JSON), screens each with the screener as it comes
   * (in file order, as screening would) and returns one row per declaration.
   */
  public static Dataset read(Path file, Format format, Screener screener, DatasetSchema schema) {
    return read(listener -> DeclarationReader.read(file, format, listener), screener, schema);
  }

  /**
   * As {@link #read(Path, Format, Screener, DatasetSchema)}, from any source that delivers
   * declarations (labelled where their outcome is known) in the order they were declared: the
   * database of the web application, whose recorded inspection outcomes are the labels.
   */
  public static Dataset read(
      java.util.function.Consumer<IngestListener> source, Screener screener, DatasetSchema schema) {
    DataReport report = new DataReport();
    RowBuilder builder = new RowBuilder(schema, report);
    List<Row> rows = new ArrayList<>();
    long[] n = {0};
    source.accept(
        new IngestListener() {
          @Override
          public void accepted(Declaration declaration) {
            Assessment a = screener.screen(declaration);
            Map<String, Object> fields = fields(declaration, a.findings(), a.score());
            Row row = builder.build(++n[0], fields::get);
            if (row != null) {
              rows.add(row);
            }
          }

          @Override
          public void rejected(RecordError error) {
            report.problem(
                new RowProblem(0, "", "declaration", "", error.describe() + "; rejected"), true);
          }
        });
    rows.sort(Comparator.comparingInt(Row::day));
    return new Dataset(schema, rows, report);
  }
}
