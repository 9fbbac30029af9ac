package dev.assay.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run behind the launcher's ahead-of-time cache (JDK 25's {@code -XX:AOTCacheOutput}):
 * runs the commands people start most often, on the shipped examples, so that the classes they load
 * and link are cached and every later start skips that work. Its output is thrown away; nothing it
 * does is written anywhere but the cache.
 */
public final class AotTraining {
  private AotTraining() {}

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    Path examples = root.resolve("examples");
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    System.setOut(nowhere);
    System.setErr(nowhere);
    run("--help");
    run("determine", "--hs", "8110101000", "--to", "US", "--date", "2025-01-10");
    run("controllist", "--as-of", "2025-06-01");
    run("match", "Lokheed Martin Corp", "--country", "US");
    matchAgainstImportedList();
    if (Files.isRegularFile(examples.resolve("declarations.csv"))) {
      run("screen", "-q", examples.resolve("declarations.csv").toString());
    }
    if (Files.isRegularFile(examples.resolve("declarations.ndjson"))) {
      run("screen", "-q", examples.resolve("declarations.ndjson").toString());
    }
  }

  /**
   * Imports a two-entry watch list into a temporary directory and matches against it, so that the
   * classes of the saved list index (mapped file, entry reading) are in the cache too: `match
   * --lists` is what users run against OFAC and the UN list.
   */
  private static void matchAgainstImportedList() {
    try {
      Path dir = Files.createTempDirectory("assay-aot");
      try {
        Path csv = dir.resolve("watch.csv");
        Files.writeString(
            csv,
            "id,name,aliases,countries,kind,birth_date,identifiers,reason,listed_on,removed_on\n"
                + "W1,Kestrel Gallium Trading FZE,,AE,organization,,,training,,\n"
                + "W2,Ivan Petrovich Sokolov,Иван Соколов,RU,person,1975,,training,,\n");
        Path lists = dir.resolve("lists");
        run(
            "lists",
            "import",
            "--into",
            lists.toString(),
            "--version",
            "2025-01-01",
            csv.toString());
        run("match", "Kestrel Galium Trading", "--lists", lists.toString());
        run("match", "Ivan Sokolov", "--dob", "1976", "--lists", lists.toString());
      } finally {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (java.io.IOException e) {
      // Training only: a command left out of the cache is slower to start, nothing else.
    }
  }

  private static void run(String... args) {
    var cli = Assay.commandLine(args);
    PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
    cli.setOut(nowhere);
    cli.setErr(nowhere);
    cli.execute(args);
  }
}
