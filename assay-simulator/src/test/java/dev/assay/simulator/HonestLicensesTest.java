package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.Outcome;
import dev.assay.license.InMemoryLicenseRepository;
import dev.assay.license.License;
import dev.assay.license.LicenseChange;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Enricher;
import dev.assay.risk.Finding;
import dev.assay.risk.detector.LicenseViolationDetector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The legitimate trade cites licenses that fit it: screening them raises no violation. */
class HonestLicensesTest {

  @Test
  void clean_declarations_cite_licenses_for_their_own_parties_destination_and_goods() {
    Generated run = Generated.by(Generated.standard());
    InMemoryLicenseRepository repository = new InMemoryLicenseRepository();
    for (License license : run.licenses) {
      repository.add(
          license,
          new LicenseChange(
              LicenseChange.Kind.ISSUED,
              Instant.parse("2023-01-01T00:00:00Z"),
              "simulator",
              "",
              ""));
    }
    LicenseViolationDetector detector = new LicenseViolationDetector(repository, true);
    Enricher enricher = new Enricher(ControlList.bundled());
    List<Finding> onClean = new ArrayList<>();
    int licensedClean = 0;

    for (SimulatedDeclaration simulated : run.declarations) {
      var d = simulated.declaration();
      if (simulated.truth().outcome() != Outcome.CLEAN
          || d.lines().stream().noneMatch(l -> l.licenseNo().isPresent())) {
        continue;
      }
      licensedClean++;
      EnrichedDeclaration enriched = enricher.enrich(d, d.declaredAt());
      detector.inspect(enriched, onClean::add);
    }

    assertThat(licensedClean).isGreaterThan(100);
    assertThat(onClean).isEmpty();
  }
}
