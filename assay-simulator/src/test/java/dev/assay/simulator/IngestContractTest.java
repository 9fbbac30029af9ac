package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationCsvWriter;
import dev.assay.ingest.DeclarationJsonWriter;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.IngestSummary;
import dev.assay.ingest.RecordError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated files are valid input for Assay: the import reads every record, rejects none. */
class IngestContractTest {
  @TempDir Path dir;

  @Test
  void csvWithLabelsReadsBackWithoutRejectsAndEqualToWhatWasGenerated() throws IOException {
    Generated run = Generated.by(Generated.standard());
    Path file = dir.resolve("declarations.csv");
    try (DeclarationCsvWriter writer = DeclarationCsvWriter.open(file, true)) {
      run.declarations.forEach(d -> writer.write(d.declaration()));
    }
    Read read = read(file, Format.CSV);

    assertThat(read.errors).isEmpty();
    assertThat(read.summary.declarationsRejected()).isZero();
    assertThat(read.accepted).hasSize(run.declarations.size());
    assertThat(read.accepted.get(123)).isEqualTo(run.declarations.get(123).declaration());
    assertThat(read.accepted.getLast()).isEqualTo(run.declarations.getLast().declaration());
  }

  @Test
  void ndjsonReadsBackWithoutRejects() throws IOException {
    Generated run = Generated.by(Generated.standard());
    Path file = dir.resolve("declarations.ndjson");
    try (DeclarationJsonWriter writer = DeclarationJsonWriter.open(file, true)) {
      run.declarations.forEach(d -> writer.write(d.declaration()));
    }
    Read read = read(file, Format.NDJSON);

    assertThat(read.errors).isEmpty();
    assertThat(read.accepted).hasSize(run.declarations.size());
    assertThat(read.accepted)
        .isEqualTo(run.declarations.stream().map(SimulatedDeclaration::declaration).toList());
  }

  private record Read(
      IngestSummary summary, List<Declaration> accepted, List<RecordError> errors) {}

  private static Read read(Path file, Format format) {
    List<Declaration> accepted = new ArrayList<>();
    List<RecordError> errors = new ArrayList<>();
    IngestSummary summary =
        DeclarationReader.read(
            file,
            format,
            new IngestListener() {
              @Override
              public void accepted(Declaration declaration) {
                accepted.add(declaration);
              }

              @Override
              public void rejected(RecordError error) {
                errors.add(error);
              }
            });
    return new Read(summary, accepted, errors);
  }
}
