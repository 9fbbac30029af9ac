package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.Declaration;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Declarations are delivered while the file is still being read, not after loading it. */
class StreamingTest {
  private static final int RECORDS = 20_000;

  /** A stream of {@code count} generated records after a header, counting the bytes handed out. */
  private static final class GeneratedInput extends InputStream {
    private final String header;
    private final IntFunction<String> record;
    private final String footer;
    private byte[] chunk;
    private int position;
    private int next;
    long bytesRead;

    GeneratedInput(String header, IntFunction<String> record, String footer) {
      this.header = header;
      this.record = record;
      this.footer = footer;
      this.chunk = header.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      while (position == chunk.length) {
        if (next > RECORDS) {
          return -1;
        }
        String text = next < RECORDS ? record.apply(next) : footer;
        next++;
        chunk = text.getBytes(StandardCharsets.UTF_8);
        position = 0;
      }
      bytesRead++;
      return chunk[position++] & 0xFF;
    }
  }

  private static long bytesReadWhenFirstAccepted(GeneratedInput input, Format format) {
    List<Long> readAt = new ArrayList<>();
    IngestSummary summary =
        DeclarationReader.read(
            input,
            format,
            new IngestListener() {
              @Override
              public void accepted(Declaration declaration) {
                readAt.add(input.bytesRead);
              }

              @Override
              public void rejected(RecordError error) {
                throw new AssertionError(error.describe());
              }
            });
    assertThat(summary.declarationsAccepted()).isEqualTo(RECORDS);
    assertThat(input.bytesRead).isGreaterThan(4_000_000);
    return readAt.get(0);
  }

  @Test
  void csvDeliversTheFirstDeclarationLongBeforeTheEnd() {
    GeneratedInput input =
        new GeneratedInput(Csv.HEADER, i -> Csv.row("D-" + i, 1) + Csv.row("D-" + i, 2), "");

    assertThat(bytesReadWhenFirstAccepted(input, Format.CSV)).isLessThan(200_000);
  }

  @Test
  void aJsonArrayIsStreamedOneDeclarationAtATime() {
    GeneratedInput input =
        new GeneratedInput(
            "[", i -> (i == 0 ? "" : ",\n") + JsonDeclarationReaderTest.declaration("J-" + i), "]");

    assertThat(bytesReadWhenFirstAccepted(input, Format.JSON)).isLessThan(200_000);
  }

  @Test
  void numbersMayBeGivenAsTextInJson() {
    Collected result =
        Collected.read(
            Format.NDJSON,
            JsonDeclarationReaderTest.declaration(
                "J-1", "\"quantity\":5000", "\"quantity\":\" 5000.5 \""));

    assertThat(result.errors).isEmpty();
    assertThat(result.accepted.get(0).lines().get(0).quantity()).isEqualTo(5000.5);
  }
}
