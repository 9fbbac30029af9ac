package dev.assay.bench;

import dev.assay.controllist.ControlList;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.ingest.DeclarationCsvWriter;
import dev.assay.license.License;
import dev.assay.simulator.SimulationSettings;
import dev.assay.simulator.Simulator;
import dev.assay.simulator.reference.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A fixed, seeded mix of declarations for throughput benchmarks: mostly ordinary goods, about one
 * line in ten a controlled mineral, some without a license, some to the United States. Not a
 * realistic trade simulation; it only has to exercise every path of ingest and screening.
 */
final class BenchmarkDeclarations {
  private static final String[][] ORDINARY = {
    {"6403990000", "leather shoes", "PR"},
    {"8471300000", "laptop computers", "SET"},
    {"9403600000", "wooden furniture", "PCS"},
    {"6110200000", "cotton sweaters", "PCS"},
    {"8516500000", "microwave ovens", "SET"},
    {"3926909090", "plastic articles", "KG"},
    {"7318159090", "steel bolts", "KG"},
    {"8504409999", "power adapters", "PCS"},
  };
  private static final String[][] CONTROLLED = {
    {"8110101000", "antimony ingots 99.65%", "KG"},
    {"8112929010", "gallium metal 4N", "KG"},
    {"2825600002", "germanium dioxide", "KG"},
    {"2841801000", "ammonium paratungstate APT", "KG"},
    {"8505111000", "NdFeB magnets containing Dy", "KG"},
    {"2504101000", "natural flake graphite", "KG"},
  };
  private static final String[] DESTINATIONS = {
    "US", "JP", "KR", "DE", "NL", "VN", "TH", "MY", "IN", "GB"
  };

  private BenchmarkDeclarations() {}

  /** Simulated declarations as contract CSV, with the licenses the simulation issued. */
  record Simulated(byte[] csv, List<License> licenses) {}

  /**
   * {@code count} declarations of the trade simulator (default settings, date order) as contract
   * CSV: realistic repetition of exporters, parties, goods and licenses, which the learning
   * detectors and the caches depend on.
   */
  static Simulated simulated(int count, long seed, ControlList controlList) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 420);
    List<License> licenses = new ArrayList<>();
    try (DeclarationCsvWriter writer =
        new DeclarationCsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false)) {
      new Simulator(
              SimulationSettings.defaults().withDeclarations(count).withSeed(seed),
              controlList,
              ReferenceData.bundled())
          .run(d -> writer.write(d.declaration()), licenses::add);
    }
    return new Simulated(out.toByteArray(), List.copyOf(licenses));
  }

  static byte[] csv(int count, long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 320);
    write(count, seed, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Streams {@code count} declarations as contract CSV to {@code out}, then closes it. */
  static void write(int count, long seed, Writer out) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<Exporter> exporters = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String first17 = String.format("91430100%09d", 100_000_000 + i * 7919);
      exporters.add(
          new Exporter(
              UnifiedSocialCreditCode.withCheckCharacter(first17), "Exporter " + i + " Co., Ltd."));
    }
    try (DeclarationCsvWriter writer = new DeclarationCsvWriter(out, false)) {
      LocalDate start = LocalDate.of(2024, 1, 1);
      for (int i = 0; i < count; i++) {
        writer.write(
            declaration(
                i,
                start.plusDays(i % 730),
                exporters.get(random.nextInt(exporters.size())),
                random));
      }
    }
  }

  /**
   * Writes a benchmark file, for measuring whole runs such as memory on a file of millions of rows:
   * {@code java -cp benchmarks.jar dev.assay.bench.BenchmarkDeclarations N FILE}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BenchmarkDeclarations DECLARATIONS FILE");
      System.exit(2);
    }
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      write(Integer.parseInt(args[0]), 20261128L, out);
    }
  }

  private static Declaration declaration(
      int n, LocalDate date, Exporter exporter, SplittableRandom random) {
    CountryCode destination = new CountryCode(DESTINATIONS[random.nextInt(DESTINATIONS.length)]);
    int lineCount = 1 + random.nextInt(3);
    List<GoodsLine> lines = new ArrayList<>(lineCount);
    double gross = 0;
    for (int l = 1; l <= lineCount; l++) {
      boolean controlled = random.nextInt(10) == 0;
      String[] goods =
          controlled
              ? CONTROLLED[random.nextInt(CONTROLLED.length)]
              : ORDINARY[random.nextInt(ORDINARY.length)];
      double net = 50 + random.nextInt(20_000);
      double value = net * (controlled ? 20 + random.nextInt(200) : 2 + random.nextInt(30));
      Optional<String> license =
          controlled && random.nextInt(3) > 0
              ? Optional.of("LIC-" + (100000 + random.nextInt(900000)))
              : Optional.empty();
      lines.add(
          new GoodsLine(l, new HsCode(goods[0]), goods[1], net, goods[2], net, value, license));
      gross += net * 1.05;
    }
    return new Declaration(
        "D" + n,
        date,
        "5300",
        exporter,
        new Party("Consignee " + (n % 5000) + " Ltd", destination, "1 Harbour Road"),
        new Party("End User " + (n % 7000) + " Inc", destination, "2 Industrial Park"),
        destination,
        random.nextInt(8) == 0 ? List.of(new CountryCode("SG")) : List.of(),
        new Transport(TransportMode.SEA, 1 + random.nextInt(3), Math.ceil(gross)),
        EndUse.UNSPECIFIED,
        lines,
        Optional.empty());
  }
}
