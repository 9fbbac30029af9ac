package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writers write, the reader reads back to equal declarations. */
class RoundTripTest {

  static List<Declaration> tricky() {
    Exporter exporter =
        new Exporter(
            UnifiedSocialCreditCode.withCheckCharacter("91360700MA35F8QW1"),
            "赣州钨业有限公司, \"Ganzhou\"");
    List<Declaration> declarations = new ArrayList<>();
    declarations.add(
        new Declaration(
            "D-\"quoted\", with comma",
            LocalDate.of(2025, 2, 5),
            "2248",
            exporter,
            new Party(
                "Rotterdam Commodities B.V.", new CountryCode("NL"), "Waalhaven 5\nRotterdam"),
            new Party("Käufer GmbH", new CountryCode("DE"), "Hauptstraße 1"),
            new CountryCode("NL"),
            List.of(new CountryCode("SG"), new CountryCode("MY")),
            new Transport(TransportMode.SEA, 2, 20_840.25),
            EndUse.MILITARY,
            List.of(
                new GoodsLine(
                    1,
                    new HsCode("2841801000"),
                    "仲钨酸铵 APT\r\nin drums",
                    20_000,
                    "kg",
                    20_000,
                    920_000.10,
                    Optional.of("LX2025-W-00021")),
                new GoodsLine(
                    7,
                    new HsCode("94036000"),
                    "chairs",
                    12.5,
                    "piece",
                    0.001,
                    0,
                    Optional.empty())),
            Optional.of(new Label(Outcome.VIOLATION, Optional.of("misrepresentation")))));
    declarations.add(
        new Declaration(
            "D-2",
            LocalDate.of(2025, 12, 31),
            "0100",
            exporter,
            new Party("Tokai", CountryCode.JAPAN, ""),
            null,
            CountryCode.JAPAN,
            List.of(),
            new Transport(TransportMode.AIR, 0, 1e-3),
            EndUse.UNSPECIFIED,
            List.of(
                new GoodsLine(
                    1,
                    new HsCode("8112929010"),
                    "gallium",
                    1e7,
                    "kg",
                    123456789.125,
                    1.5e-7,
                    Optional.empty())),
            Optional.of(new Label(Outcome.CLEAN, Optional.empty()))));
    return declarations;
  }

  @Test
  void csvRoundTripsWithLabels() throws IOException {
    StringWriter out = new StringWriter();
    try (DeclarationCsvWriter writer = new DeclarationCsvWriter(out, true)) {
      tricky().forEach(writer::write);
    }

    Collected result = Collected.read(Format.CSV, out.toString());

    assertThat(result.errors).isEmpty();
    assertThat(result.accepted).isEqualTo(tricky());
  }

  @Test
  void csvWithoutLabelsDropsOnlyTheLabels() throws IOException {
    StringWriter out = new StringWriter();
    try (DeclarationCsvWriter writer = new DeclarationCsvWriter(out, false)) {
      tricky().forEach(writer::write);
    }

    Collected result = Collected.read(Format.CSV, out.toString());

    assertThat(out.toString())
        .startsWith(String.join(",", DeclarationCsvWriter.header(false)) + "\n");
    assertThat(DeclarationCsvWriter.header(false)).doesNotContain("outcome", "typology");
    assertThat(result.accepted)
        .isEqualTo(tricky().stream().map(RoundTripTest::withoutLabel).toList());
  }

  @Test
  void ndjsonRoundTripsWithLabels() throws IOException {
    StringWriter out = new StringWriter();
    try (DeclarationJsonWriter writer = new DeclarationJsonWriter(out, true)) {
      tricky().forEach(writer::write);
    }

    assertThat(out.toString().lines()).hasSize(2);
    Collected result = Collected.read(Format.NDJSON, out.toString());

    assertThat(result.errors).isEmpty();
    assertThat(result.accepted).isEqualTo(tricky());
  }

  @Test
  void theExamplesRoundTripThroughBothWritersViaFiles(@TempDir Path dir) throws IOException {
    List<Declaration> examples = ExamplesTest.read(ExamplesTest.CSV).accepted;
    Path csv = dir.resolve("out.csv");
    Path ndjson = dir.resolve("out.ndjson");
    try (DeclarationCsvWriter c = DeclarationCsvWriter.open(csv, false);
        DeclarationJsonWriter j = DeclarationJsonWriter.open(ndjson, false)) {
      for (Declaration d : examples) {
        c.write(d);
        j.write(d);
      }
    }

    assertThat(ExamplesTest.read(csv).accepted).isEqualTo(examples);
    assertThat(ExamplesTest.read(ndjson).accepted).isEqualTo(examples);
  }

  private static Declaration withoutLabel(Declaration d) {
    return new Declaration(
        d.id(),
        d.declaredAt(),
        d.customsOffice(),
        d.exporter(),
        d.consignee(),
        d.endUser(),
        d.destination(),
        d.transitCountries(),
        d.transport(),
        d.endUse(),
        d.lines(),
        Optional.empty());
  }
}
