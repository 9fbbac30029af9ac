package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.ingest.DeclarationCsvWriter;
import dev.assay.license.LicenseCsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A seed reproduces a run byte for byte; another seed gives another run. */
class DeterminismTest {
  private static final SimulationSettings SETTINGS =
      SimulationSettings.defaults().withDeclarations(20_000).withSeed(42);

  private record Files(String declarations, String licenses, String truth) {}

  private static Files generate(SimulationSettings settings) throws IOException {
    StringWriter declarations = new StringWriter();
    StringWriter licenses = new StringWriter();
    StringWriter truth = new StringWriter();
    try (DeclarationCsvWriter csv = new DeclarationCsvWriter(declarations, true);
        LicenseCsvWriter licenseCsv = new LicenseCsvWriter(licenses);
        GroundTruthCsvWriter truthCsv = new GroundTruthCsvWriter(truth)) {
      new Simulator(settings)
          .run(
              d -> {
                csv.write(d.declaration());
                truthCsv.write(d);
              },
              licenseCsv::write);
    }
    return new Files(declarations.toString(), licenses.toString(), truth.toString());
  }

  @Test
  void theSameSeedGivesByteIdenticalDeclarationsLicensesAndTruth() throws IOException {
    Files first = generate(SETTINGS);
    Files second = generate(SETTINGS);

    assertThat(second.declarations()).isEqualTo(first.declarations());
    assertThat(second.licenses()).isEqualTo(first.licenses());
    assertThat(second.truth()).isEqualTo(first.truth());
    assertThat(first.licenses().lines().count()).isGreaterThan(10);
  }

  @Test
  void anotherSeedGivesAnotherRun() throws IOException {
    Files first = generate(SETTINGS);
    Files other = generate(SETTINGS.withSeed(43));

    assertThat(other.declarations()).isNotEqualTo(first.declarations());
  }

  @Test
  void askingForObservedLabelsLeavesTheDeclarationsOfASeedUnchanged() throws IOException {
    Files plain = generate(SETTINGS);
    Files observed = generate(SETTINGS.withInspection(new InspectionPolicy(0.05, 0.1)));

    assertThat(observed.declarations()).isEqualTo(plain.declarations());
  }
}
