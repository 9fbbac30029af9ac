package dev.assay.bench;

import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyName;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the synthetic list of {@link SyntheticParties} as the agency's watch-list CSV, so that the
 * whole-command benchmark can import a list of any size with {@code assay lists import} and time
 * {@code assay match} against it as a user would:
 *
 * <pre>java -cp assay-bench/target/benchmarks.jar dev.assay.bench.SyntheticListFile 40000 FILE
 * </pre>
 *
 * The shipped Chinese lists, which the synthetic list starts from, are left out of the file: the
 * command line screens them anyway.
 */
public final class SyntheticListFile {
  private SyntheticListFile() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2 && args.length != 3) {
      System.err.println("usage: SyntheticListFile NAMES FILE [QUERIES_FILE]");
      System.exit(2);
    }
    SyntheticParties data =
        new SyntheticParties(
            Integer.parseInt(args[0]),
            args.length == 3 ? PartyMatchingBenchmark.QUERIES : 0,
            PartyMatchingBenchmark.SEED);
    if (args.length == 3) {
      // The benchmark's queries, one a line: half variants of listed names, half unlisted.
      Files.write(Path.of(args[2]), data.queries, StandardCharsets.UTF_8);
    }
    int written = 0;
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      out.println(
          "id,name,aliases,countries,kind,birth_date,identifiers,reason,listed_on,removed_on");
      for (ListedParty e : data.entries) {
        if (!e.listId().equals("synthetic")) {
          continue;
        }
        List<String> aliases = e.names().stream().skip(1).map(PartyName::text).toList();
        out.println(
            String.join(
                ",",
                e.id(),
                quote(e.primaryName().text()),
                quote(String.join(";", aliases)),
                "",
                "organization",
                "",
                "",
                "synthetic",
                "",
                ""));
        written += e.names().size();
      }
    }
    System.err.println("wrote " + written + " names to " + args[1]);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
