package dev.assay.simulator;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the ground truth beside the declarations: one row per declaration with its true outcome,
 * typology, variant and note, and under an inspection policy whether it was inspected, why, and
 * what was observed. Joins to the declarations by {@code declaration_id}.
 */
public final class GroundTruthCsvWriter implements Closeable {
  public static final List<String> HEADER =
      List.of(
          "declaration_id",
          "outcome",
          "typology",
          "variant",
          "note",
          "inspected",
          "selection",
          "observed_outcome");

  private final CsvWriter csv;

  public GroundTruthCsvWriter(Writer out) {
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    csv.writeRecord(HEADER);
  }

  public void write(SimulatedDeclaration d) {
    GroundTruth truth = d.truth();
    csv.writeRecord(
        d.declaration().id(),
        truth.outcome().name(),
        truth.typology().map(Typology::label).orElse(""),
        truth.variant(),
        truth.note(),
        d.observation().map(o -> String.valueOf(o.inspected())).orElse(""),
        d.observation().map(o -> o.selection().name()).orElse(""),
        d.observation().flatMap(Observation::outcome).map(Enum::name).orElse(""));
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
