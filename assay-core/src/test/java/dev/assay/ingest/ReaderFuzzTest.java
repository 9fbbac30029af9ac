package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.assay.declaration.Declaration;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary bytes only ever give accepted declarations, record errors or an {@link
 * IngestException}, never any other exception. Two ways: Jazzer fuzz tests, which a normal build
 * runs in regression mode over the stored inputs under {@code ReaderFuzzTestInputs} (run with
 * {@code JAZZER_FUZZ=1} to fuzz for real), and a seeded random-mutation property test of the
 * example files, deterministic and fast, so every build explores a few thousand broken files.
 */
class ReaderFuzzTest {

  @FuzzTest
  void csvReader(byte[] input) {
    assertOnlyExpectedOutcomes(input, Format.CSV);
  }

  @FuzzTest
  void ndjsonReader(byte[] input) {
    assertOnlyExpectedOutcomes(input, Format.NDJSON);
  }

  @FuzzTest
  void jsonReader(byte[] input) {
    assertOnlyExpectedOutcomes(input, Format.JSON);
  }

  @Test
  void mutatedExamplesNeverThrowAnythingElse() throws IOException {
    byte[] csv = Files.readAllBytes(ExamplesTest.CSV);
    byte[] ndjson = Files.readAllBytes(ExamplesTest.NDJSON);
    byte[] json = toJsonArray(ndjson);
    Random random = new Random(20250108);
    int outcomes = 0;
    for (int i = 0; i < 1500; i++) {
      outcomes += assertOnlyExpectedOutcomes(mutate(csv, random), Format.CSV);
      outcomes += assertOnlyExpectedOutcomes(mutate(ndjson, random), Format.NDJSON);
      outcomes += assertOnlyExpectedOutcomes(mutate(json, random), Format.JSON);
    }
    // The mutations must leave enough structure to get past the header into the records.
    assertThat(outcomes).isGreaterThan(1500);
  }

  /** Reads the input; returns how many declarations and errors it produced. */
  static int assertOnlyExpectedOutcomes(byte[] input, Format format) {
    List<Declaration> accepted = new ArrayList<>();
    List<RecordError> errors = new ArrayList<>();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void accepted(Declaration declaration) {
            accepted.add(declaration);
          }

          @Override
          public void rejected(RecordError error) {
            errors.add(error);
          }
        };
    try {
      IngestSummary summary =
          DeclarationReader.read(new ByteArrayInputStream(input), format, listener);
      assertThat(summary.declarationsAccepted()).isEqualTo(accepted.size());
      assertThat(summary.errors()).isEqualTo(errors.size());
    } catch (IngestException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
    for (RecordError error : errors) {
      assertThat(error.reason()).isNotBlank();
      assertThat(error.line()).isPositive();
      assertThat(error.describe()).doesNotContain("\n", "\r", "\u0000");
    }
    for (Declaration declaration : accepted) {
      assertThat(declaration.lines()).isNotEmpty();
    }
    return accepted.size() + errors.size();
  }

  /** A few random edits of the kinds that break parsers: flips, inserts, deletes, duplications. */
  static byte[] mutate(byte[] original, Random random) {
    byte[] data = original.clone();
    int edits = 1 + random.nextInt(8);
    byte[] specials = {
      ',', '"', '\n', '\r', '{', '}', '[', ']', ':', ';', 0, (byte) 0xC3, (byte) 0xFF, '\\'
    };
    for (int e = 0; e < edits && data.length > 0; e++) {
      int at = random.nextInt(data.length);
      switch (random.nextInt(5)) {
        case 0 -> data[at] = (byte) random.nextInt(256);
        case 1 -> data[at] = specials[random.nextInt(specials.length)];
        case 2 ->
            data = splice(data, at, at, new byte[] {specials[random.nextInt(specials.length)]});
        case 3 ->
            data =
                splice(data, at, Math.min(data.length, at + 1 + random.nextInt(40)), new byte[0]);
        default -> {
          int end = Math.min(data.length, at + 1 + random.nextInt(200));
          byte[] copy = java.util.Arrays.copyOfRange(data, at, end);
          data = splice(data, random.nextInt(data.length), 0, copy);
        }
      }
    }
    return data;
  }

  private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
    to = Math.max(from, to);
    byte[] out = new byte[data.length - (to - from) + insert.length];
    System.arraycopy(data, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(data, to, out, from + insert.length, data.length - to);
    return out;
  }

  private static byte[] toJsonArray(byte[] ndjson) {
    String lines = new String(ndjson, StandardCharsets.UTF_8).strip();
    return ("[\n" + String.join(",\n", lines.split("\n")) + "\n]\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
