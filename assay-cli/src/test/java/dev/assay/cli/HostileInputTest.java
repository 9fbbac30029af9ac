package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects found by attacking the command line (issue 18), each kept fixed: nothing lost
 * silently, no ordinary mistake reported as a bug, the documented exit codes.
 */
class HostileInputTest {
  private static final String EXAMPLES = "../examples/declarations.csv";

  @TempDir Path dir;

  /** A stream that fails every write, as standard output does on a full disk. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  /** Runs a command whose standard output (System.out and picocli's writer) cannot be written. */
  private static CommandRun withFullStandardOutput(String... args) {
    PrintStream stdout = System.out;
    StringWriter err = new StringWriter();
    try {
      System.setOut(new PrintStream(new FullDisk(), false, StandardCharsets.UTF_8));
      var cli = Assay.commandLine();
      cli.setOut(new PrintWriter(new OutputStreamWriter(new FullDisk(), StandardCharsets.UTF_8)));
      cli.setErr(new PrintWriter(err, true));
      return new CommandRun(cli.execute(args), "", err.toString());
    } finally {
      System.setOut(stdout);
    }
  }

  @Test
  void item3_output_lost_on_a_full_disk_fails_the_command() {
    for (String[] args :
        new String[][] {
          {"screen", EXAMPLES, "-q"},
          {"generate", "-n", "50", "-q"},
          {"determine", "--hs", "8112929010", "--to", "US", "--date", "2025-03-01"}
        }) {
      CommandRun run = withFullStandardOutput(args);
      assertThat(run.exitCode()).as(args[0] + ": " + run.err()).isEqualTo(ExitCodes.OUTPUT_FAILED);
      assertThat(run.err()).as(args[0]).contains("cannot write").doesNotContain("internal error");
    }
  }

  @Test
  void item10_unwritable_outputs_are_named_with_the_reason_not_called_a_bug() throws IOException {
    CommandRun missingDirectory =
        CommandRun.of("screen", EXAMPLES, "-q", "-o", dir.resolve("no/such/out.jsonl").toString());
    CommandRun directory = CommandRun.of("screen", EXAMPLES, "-q", "-o", dir.toString());
    Path measures = Files.createDirectory(dir.resolve("measures"));
    Files.writeString(measures.resolve("broken.yaml"), "id: [unclosed\n");
    CommandRun brokenMeasures =
        CommandRun.of(
            "screen",
            EXAMPLES,
            "-q",
            "-o",
            dir.resolve("o.jsonl").toString(),
            "--control-list",
            measures.toString());

    assertThat(missingDirectory.exitCode()).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(missingDirectory.err()).contains("cannot write", "no such directory");
    assertThat(directory.exitCode()).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(directory.err()).contains("it is a directory");
    assertThat(brokenMeasures.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(brokenMeasures.err()).contains("broken.yaml").doesNotContain("internal error");
  }

  @Test
  void item11_enum_values_are_accepted_in_any_case() {
    CommandRun run =
        CommandRun.of(
            "determine",
            "--hs",
            "2841801000",
            "--to",
            "US",
            "--end-use",
            "military",
            "--date",
            "2025-03-01");

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void item12_a_named_pipe_is_read_and_a_directory_is_named_as_one() throws Exception {
    Path fifo = dir.resolve("declarations.fifo");
    assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo needed");
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                Files.copy(Path.of(EXAMPLES), out);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    Path out = dir.resolve("out.jsonl");
    CommandRun piped = CommandRun.of("screen", fifo.toString(), "-q", "-o", out.toString());
    writer.get();

    assertThat(piped.exitCode()).as(piped.err()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(31);
    CommandRun directory = CommandRun.of("screen", dir.toString(), "-q");
    assertThat(directory.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(directory.err()).contains("is a directory").doesNotContain("no such file");
    CommandRun rules = CommandRun.of("screen", EXAMPLES, "-q", "--rules", dir.toString());
    assertThat(rules.err()).contains("is a directory");
  }

  @Test
  void item13_ndjson_on_standard_input_is_detected_from_its_first_line() throws IOException {
    InputStream stdin = System.in;
    try {
      Path ndjson = Path.of("../examples/declarations.ndjson");
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(ndjson)));
      Path out = dir.resolve("out.jsonl");
      CommandRun run = CommandRun.of("screen", "-", "-q", "-o", out.toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(Files.readAllLines(out))
          .hasSize((int) Files.readAllLines(ndjson).stream().filter(l -> !l.isBlank()).count())
          .isNotEmpty();
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void item14_out_of_range_options_are_usage_errors_and_an_unused_rejects_file_is_no_failure() {
    assertThat(CommandRun.of("screen", EXAMPLES, "-q", "--red-share", "2").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CommandRun.of("screen", EXAMPLES, "-q", "--review", "1.5").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CommandRun.of("screen", EXAMPLES, "-q", "--reload-every", "-5").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    CommandRun rejects =
        CommandRun.of(
            "screen",
            EXAMPLES,
            "-q",
            "-o",
            dir.resolve("o.jsonl").toString(),
            "--rejects",
            dir.resolve("rejects.jsonl").toString());
    assertThat(rejects.exitCode()).as(rejects.err()).isZero();
  }

  @Test
  void item16_messages_escape_direction_overrides_and_keep_library_internals_out()
      throws IOException {
    Path bidi = dir.resolve("bidi.ndjson");
    Files.writeString(bidi, "{\"declaration_id\":\"D\u202EX\",\"declared_at\":\"2025-13-01\"}\n");
    Path bell = dir.resolve("bell.csv");
    Files.writeString(bell, "declaration_id,line_no\u0007\n");
    Path nan = dir.resolve("nan.ndjson");
    Files.writeString(nan, "{\"declaration_id\":\"D-1\",\"value\":NaN}\n");

    CommandRun reversed = CommandRun.of("validate", bidi.toString());
    CommandRun control = CommandRun.of("validate", bell.toString());
    CommandRun notJson = CommandRun.of("validate", nan.toString());
    CommandRun date = CommandRun.of("screen", EXAMPLES, "-q", "--as-of", "2025-13-01");

    assertThat(reversed.err()).contains("D\\u202EX").doesNotContain("\u202E");
    assertThat(control.err()).contains("control character U+0007").doesNotContain("UTF-8");
    assertThat(notJson.err()).contains("not valid JSON").doesNotContain("Feature", "`");
    assertThat(date.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(date.err()).contains("no such date").doesNotContain("java.time", "MonthOfYear");
  }

  @Test
  void item18_an_unknown_command_with_help_is_a_usage_error() {
    CommandRun run = CommandRun.of("nosuch", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unknown command or argument: nosuch");
  }

  @Test
  void validate_checks_the_contract_with_the_errors_and_exit_codes_of_screen() throws IOException {
    Path bad = dir.resolve("bad.csv");
    String csv = Files.readString(Path.of(EXAMPLES));
    Files.writeString(bad, csv.replaceFirst("2025-01-08", "1900-01-01"));
    Path rejects = dir.resolve("rejects.jsonl");

    CommandRun good = CommandRun.of("validate", EXAMPLES);
    CommandRun partial = CommandRun.of("validate", bad.toString(), "--rejects", rejects.toString());
    CommandRun screened =
        CommandRun.of("screen", bad.toString(), "-q", "-o", dir.resolve("o.jsonl").toString());
    CommandRun missing = CommandRun.of("validate", dir.resolve("none.csv").toString());

    assertThat(good.exitCode()).as(good.err()).isZero();
    assertThat(good.err()).contains("Validated 31 declarations", "31 valid, 0 rejected");
    assertThat(good.out()).isEmpty();
    assertThat(partial.exitCode()).isEqualTo(ExitCodes.PARTIAL).isEqualTo(screened.exitCode());
    assertThat(partial.err())
        .contains(
            "rejected: line 2, declaration D-2025-0001, field declared_at, value '1900-01-01'")
        .contains("30 valid, 1 rejected");
    assertThat(screened.err()).contains("field declared_at, value '1900-01-01'");
    assertThat(Files.readString(rejects)).contains("\"field\":\"declared_at\"");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
  }

  @Test
  void item2_a_json_number_with_a_huge_exponent_is_a_record_error_in_every_command()
      throws IOException {
    Path labelled = dir.resolve("labelled.ndjson");
    CommandRun generated =
        CommandRun.of("generate", "-q", "-n", "300", "--seed", "4", "-o", labelled.toString());
    assertThat(generated.exitCode()).as(generated.err()).isZero();
    String text = Files.readString(labelled);
    Path huge = dir.resolve("huge.ndjson");
    Files.writeString(
        huge, text.replaceFirst("\"value_usd\":\\s*[0-9.]+", "\"value_usd\": 1e99999999999"));
    long declarations = text.lines().filter(l -> !l.isBlank()).count();

    CommandRun screened =
        CommandRun.of("screen", huge.toString(), "-q", "-o", dir.resolve("o.jsonl").toString());
    CommandRun evaluated = CommandRun.of("evaluate", huge.toString());

    assertThat(screened.exitCode()).as(screened.err()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(screened.err()).contains("value '1e99999999999': not a decimal number");
    assertThat(Files.readAllLines(dir.resolve("o.jsonl"))).hasSize((int) declarations - 1);
    assertThat(evaluated.exitCode()).as(evaluated.err()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(evaluated.err()).doesNotContain("internal error");
  }

  @Test
  void item14_a_rejects_file_on_a_full_disk_fails_only_when_a_reject_is_written()
      throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "needs /dev/full");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad, Files.readString(Path.of(EXAMPLES)).replaceFirst("2025-01-08", "1900-01-01"));

    CommandRun clean =
        CommandRun.of(
            "screen",
            EXAMPLES,
            "-q",
            "-o",
            dir.resolve("a.jsonl").toString(),
            "--rejects",
            full.toString());
    CommandRun rejecting =
        CommandRun.of(
            "screen",
            bad.toString(),
            "-q",
            "-o",
            dir.resolve("b.jsonl").toString(),
            "--rejects",
            full.toString());

    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(rejecting.exitCode()).as(rejecting.err()).isEqualTo(ExitCodes.OUTPUT_FAILED);
  }
}
