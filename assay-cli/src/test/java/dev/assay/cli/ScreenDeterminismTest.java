package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same file screened twice gives the same bytes, also in separate JVMs: audit evidence must be
 * reproducible. Separate processes matter because the JDK's immutable sets and maps iterate in an
 * order salted per JVM, which is how the evidence of MISDECLARED_GOODS once changed from run to run
 * (issue 18, item 5); one JVM screening twice would never see that.
 */
class ScreenDeterminismTest {
  @TempDir Path dir;

  @Test
  void screening_a_large_simulated_file_gives_the_same_bytes_in_every_run() throws Exception {
    Path declarations = dir.resolve("declarations.csv");
    // From April 2025 on, rare earths are controlled and ferrosilicon covers for two families.
    CommandRun generated =
        CommandRun.of(
            "generate",
            "-q",
            "-n",
            "10000",
            "--seed",
            "7",
            "--from",
            "2025-04-05",
            "--rate",
            "misrepresentation=0.02",
            "-o",
            declarations.toString());
    assertThat(generated.exitCode()).as(generated.err()).isZero();

    Path here = dir.resolve("here.jsonl");
    CommandRun screened =
        CommandRun.of("screen", declarations.toString(), "-q", "-o", here.toString());
    assertThat(screened.exitCode()).as(screened.err()).isZero();
    byte[] expected = Files.readAllBytes(here);
    assertThat(Files.readString(here)).contains("\"covers_for\":\"magnets\"");

    for (int run = 1; run <= 2; run++) {
      Path out = dir.resolve("run" + run + ".jsonl");
      screenInAnotherJvm(declarations, out);
      assertThat(Files.readAllBytes(out))
          .as("run %d in its own JVM gives the bytes of the first", run)
          .isEqualTo(expected);
    }
  }

  @Test
  void the_detectors_on_two_or_three_threads_give_the_bytes_of_one() throws Exception {
    Path declarations = dir.resolve("declarations.csv");
    CommandRun generated =
        CommandRun.of(
            "generate", "-q", "-n", "20000", "--seed", "99", "-o", declarations.toString());
    assertThat(generated.exitCode()).as(generated.err()).isZero();

    Path one = dir.resolve("one.jsonl");
    CommandRun reference =
        CommandRun.of(
            "screen", declarations.toString(), "-q", "--screen-threads", "1", "-o", one.toString());
    assertThat(reference.exitCode()).as(reference.err()).isZero();
    assertThat(Files.readString(one)).contains("NETWORK_RISK", "MISDECLARED_GOODS");
    for (String threads : List.of("2", "3")) {
      Path out = dir.resolve("threads" + threads + ".jsonl");
      CommandRun run =
          CommandRun.of(
              "screen",
              declarations.toString(),
              "-q",
              "--screen-threads",
              threads,
              "-o",
              out.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(Files.readAllBytes(out))
          .as("%s threads give the bytes of one", threads)
          .isEqualTo(Files.readAllBytes(one));
    }

    // the near miss: no thread at all is a usage error, and nothing is screened
    Path none = dir.resolve("none.jsonl");
    CommandRun zero =
        CommandRun.of(
            "screen",
            declarations.toString(),
            "-q",
            "--screen-threads",
            "0",
            "-o",
            none.toString());
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--screen-threads");
    assertThat(none).doesNotExist();
  }

  private void screenInAnotherJvm(Path declarations, Path out)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (Runtime.version().feature() >= 24) {
      command.add("--sun-misc-unsafe-memory-access=allow");
    }
    command.addAll(
        List.of(
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            Assay.class.getName(),
            "screen",
            declarations.toString(),
            "-q",
            "-o",
            out.toString()));
    Path log = dir.resolve(out.getFileName() + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("screen finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(log)).isZero();
  }
}
