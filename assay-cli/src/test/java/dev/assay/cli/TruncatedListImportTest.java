package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 8: a cut-short OFAC download must not become the newest list version, where every
 * entry it lost would stop matching.
 */
class TruncatedListImportTest {
  private static final String END = "\u001a\r\n";

  @TempDir Path dir;

  /** An sdn.csv of {@code n} entries in OFAC's legacy layout, with or without its end line. */
  private Path sdn(String name, int n, boolean endLine, String lastLine) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      b.append(i)
          .append(",\"ENTITY NUMBER ")
          .append(i)
          .append(" TRADING LLC\",-0- ,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Tax ID No. ")
          .append(1000 + i)
          .append("\"\r\n");
    }
    if (lastLine != null) {
      b.append(lastLine).append("\r\n");
    }
    if (endLine) {
      b.append(END);
    }
    Path file = folder.resolve("sdn_download.csv");
    Files.writeString(file, b, StandardCharsets.ISO_8859_1);
    return file;
  }

  private CommandRun importing(Path file, String version, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "lists",
                "import",
                "--format",
                "ofac-sdn",
                "--into",
                dir.resolve("lists").toString(),
                "--version",
                version,
                file.toString()));
    args.addAll(List.of(more));
    return CommandRun.of(args.toArray(String[]::new));
  }

  @Test
  void aFileWithoutItsEndLineIsRefusedUnlessForced() throws IOException {
    Path cut = sdn("cut", 30, false, null);
    CommandRun refused = importing(cut, "2026-11-01");
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(refused.err())
        .contains("sdn_download.csv does not end with OFAC's end-of-file line")
        .contains("--force");
    assertThat(dir.resolve("lists")).doesNotExist();

    CommandRun forced = importing(cut, "2026-11-01", "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(forced.out()).contains("30 entries");
  }

  @Test
  void aWholeFileImportsAndARecordCutInTheMiddleIsRejectedNotTakenWithoutItsRemarks()
      throws IOException {
    Path whole = sdn("whole", 30, true, "31,\"CUT SHORT TRADING LLC\",-0- ,\"IRAN\"");
    CommandRun run = importing(whole, "2026-11-01");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(run.err())
        .contains("line 31, field remarks")
        .contains("4 of the 12 fields of an SDN row: the record is cut short");
    assertThat(run.out()).contains("30 entries");
  }

  @Test
  void aNewVersionThatLosesMoreThanATenthIsRefusedUnlessForcedAndASmallLossIsNot()
      throws IOException {
    assertThat(importing(sdn("v1", 100, true, null), "2026-11-01").exitCode()).isZero();

    CommandRun small = importing(sdn("v2", 91, true, null), "2026-11-15");
    assertThat(small.exitCode()).as(small.err()).isZero();

    CommandRun large = importing(sdn("v3", 80, true, null), "2026-12-01");
    assertThat(large.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(large.err())
        .contains("us-ofac-sdn@2026-12-01 has 80 entries, 12% fewer than the 91 of version")
        .contains("Nothing imported");
    assertThat(dir.resolve("lists/us-ofac-sdn/2026-12-01.jsonl")).doesNotExist();

    CommandRun forced = importing(sdn("v3", 80, true, null), "2026-12-01", "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(dir.resolve("lists/us-ofac-sdn/2026-12-01.jsonl")).exists();
  }
}
