package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.Outcome;
import dev.assay.ingest.DeclarationJsonWriter;
import dev.assay.simulator.InspectionPolicy;
import dev.assay.simulator.SimulatedDeclaration;
import dev.assay.simulator.SimulationSettings;
import dev.assay.simulator.Simulator;
import dev.assay.simulator.Typology;
import dev.assay.simulator.TypologyRates;
import dev.assay.store.Database;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay ml train --db URL}: the labels are the inspection outcomes recorded in the web
 * application's cases, read from its database (here written as the server writes them), with no
 * file in between.
 */
class MlTrainFromDatabaseTest {
  @TempDir Path dir;

  /** Stores declarations as the server does, and a case with an outcome for each inspected one. */
  private static int store(String url, List<SimulatedDeclaration> declarations) throws Exception {
    Database.open(url, null, null);
    int cases = 0;
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement assessment =
            c.prepareStatement(
                "INSERT INTO assessment (declaration_id, declared_at, customs_office, exporter_id,"
                    + " exporter_name, destination, value_usd, score, lane, finding_codes, status,"
                    + " screened_at, declaration, result) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'GREEN',"
                    + " ' ', 'RELEASED', ?, ?, '{}')");
        PreparedStatement caseFile =
            c.prepareStatement(
                "INSERT INTO case_file (id, declaration_id, customs_office, exporter_id, status,"
                    + " opened_by, opened_at, outcome, typology) VALUES (?, ?, ?, ?, 'CLOSED',"
                    + " 'officer', ?, ?, ?)")) {
      for (SimulatedDeclaration s : declarations) {
        var d = s.unlabelled();
        StringWriter json = new StringWriter();
        try (DeclarationJsonWriter w = new DeclarationJsonWriter(json, false)) {
          w.write(d);
        }
        assessment.setString(1, d.id());
        assessment.setObject(2, d.declaredAt());
        assessment.setString(3, d.customsOffice());
        assessment.setString(4, d.exporter().code().value());
        assessment.setString(5, d.exporter().name());
        assessment.setString(6, d.destination().value());
        assessment.setBigDecimal(7, java.math.BigDecimal.valueOf(d.totalValueUsd()));
        assessment.setObject(8, OffsetDateTime.now());
        assessment.setString(9, json.toString().strip());
        assessment.executeUpdate();
        var observed = s.observation().flatMap(o -> o.outcome());
        if (observed.isPresent()) {
          boolean violation = observed.get() == Outcome.VIOLATION;
          caseFile.setLong(1, ++cases);
          caseFile.setString(2, d.id());
          caseFile.setString(3, d.customsOffice());
          caseFile.setString(4, d.exporter().code().value());
          caseFile.setObject(5, OffsetDateTime.now());
          caseFile.setString(6, violation ? (cases % 2 == 0 ? "SEIZED" : "IRREGULARITY") : "CLEAN");
          caseFile.setString(
              7, violation ? s.truth().typology().map(Typology::label).orElse("X") : null);
          caseFile.executeUpdate();
        }
      }
    }
    return cases;
  }

  @Test
  void trainsOnTheOutcomesRecordedInTheDatabase() throws Exception {
    List<SimulatedDeclaration> simulated = new ArrayList<>();
    new Simulator(
            SimulationSettings.defaults()
                .withDeclarations(3000)
                .withSeed(7)
                .withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))
                .withExporters(80)
                .withMineralShare(0.3)
                .withRates(TypologyRates.defaults().scaledTo(0.08))
                .withInspection(new InspectionPolicy(0.4, 0.3)))
        .run(simulated::add, l -> {});
    String url = "jdbc:h2:file:" + dir.resolve("assay").toAbsolutePath();
    int cases = store(url, simulated);
    assertThat(cases).isGreaterThan(500);

    Path model = dir.resolve("db.model");
    CommandRun run =
        CommandRun.of(
            "ml",
            "train",
            "--db",
            url,
            "--train-until",
            "2025-04-30",
            "--valid-until",
            "2025-05-31",
            "--out",
            model.toString(),
            "--learning-rate",
            "0.3",
            "--depth",
            "3",
            "--patience",
            "5",
            "--rounds",
            "40");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("Read 3,000 declarations from")
        .contains(String.format("%,d labelled by recorded inspection outcomes", cases));
    assertThat(Files.size(model)).isPositive();
  }

  @Test
  void aDatabaseWithoutOutcomesIsRefusedWithTheReason() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("empty").toAbsolutePath();
    Database.open(url, null, null);
    CommandRun run =
        CommandRun.of("ml", "train", "--db", url, "--out", dir.resolve("x.model").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("no recorded inspection outcome");
  }
}
