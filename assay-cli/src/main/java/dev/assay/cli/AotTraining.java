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
    if (Files.isRegularFile(examples.resolve("declarations.csv"))) {
      run("screen", "-q", examples.resolve("declarations.csv").toString());
    }
    if (Files.isRegularFile(examples.resolve("declarations.ndjson"))) {
      run("screen", "-q", examples.resolve("declarations.ndjson").toString());
    }
  }

  private static void run(String... args) {
    var cli = Assay.commandLine();
    PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
    cli.setOut(nowhere);
    cli.setErr(nowhere);
    cli.execute(args);
  }
}
