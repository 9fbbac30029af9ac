package dev.assay.ingest;

import static dev.assay.ingest.Csv.HEADER;
import static dev.assay.ingest.Csv.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.declaration.Declaration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An import whose listener runs on a second thread delivers the same declarations and errors in the
 * same order as on one thread, and a failure on either side stops both.
 */
class IngestHandOffTest {

  /**
   * Declarations and errors in one list, in the order they arrived, and the thread they came on.
   */
  private static final class Recorder implements IngestListener {
    final List<String> events = new ArrayList<>();
    final List<String> threads = new ArrayList<>();

    @Override
    public void accepted(Declaration declaration) {
      record("accepted " + declaration.id());
    }

    @Override
    public void rejected(RecordError error) {
      record("rejected " + error.describe());
    }

    void record(String event) {
      events.add(event);
      String thread = Thread.currentThread().getName();
      if (!threads.contains(thread)) {
        threads.add(thread);
      }
    }
  }

  private static String file(int declarations) {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < declarations; i++) {
      text.append(
          i % 97 == 5
              ? row("D-" + i, 1, "net_weight_kg", "-3")
              : row("D-" + i, 1) + row("D-" + i, 2));
    }
    return text.toString();
  }

  private static IngestSummary read(String text, IngestListener listener) {
    return DeclarationReader.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Format.CSV, listener);
  }

  @Test
  void the_listener_gets_on_its_own_thread_what_it_gets_on_one() {
    String text = file(5_000);
    Recorder alone = new Recorder();
    IngestSummary aloneSummary = read(text, alone);

    Recorder handedOff = new Recorder();
    IngestSummary handedOffSummary;
    try (IngestHandOff handOff = new IngestHandOff(handedOff, "screening")) {
      handedOffSummary = read(text, handOff);
    }

    assertThat(handedOff.events).isEqualTo(alone.events);
    assertThat(handedOff.events).anyMatch(e -> e.startsWith("rejected"));
    assertThat(handedOffSummary).isEqualTo(aloneSummary);
    assertThat(handedOff.threads).containsExactly("screening");
  }

  @Test
  void a_failing_listener_stops_the_import() {
    IllegalStateException broken = new IllegalStateException("detector bug");
    int[] seen = {0};
    IngestListener failing =
        new IngestListener() {
          @Override
          public void accepted(Declaration declaration) {
            if (++seen[0] == 600) {
              throw broken;
            }
          }

          @Override
          public void rejected(RecordError error) {}
        };
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> {
              try (IngestHandOff handOff = new IngestHandOff(failing, "screening")) {
                read(file(200_000), handOff);
              }
            });

    // The reader may wrap it; the listener's failure is what stopped the import, long before the
    // end.
    assertThat(thrown).isNotNull();
    assertThat(thrown == broken || thrown.getCause() == broken).isTrue();
    assertThat(seen[0]).isEqualTo(600);
  }

  @Test
  void a_file_that_breaks_off_still_delivers_what_came_before_and_stops_the_listener() {
    StringBuilder text = new StringBuilder(file(2_000));
    text.append(row("D-x", 1, "description", "\"never closed"));
    while (text.length() < CsvTokenizer.MAX_RECORD_CHARS * 2) {
      text.append(row("D-y", 1, "consignee_address", "Duisburg"));
    }
    Recorder alone = new Recorder();
    assertThatThrownBy(() -> read(text.toString(), alone)).isInstanceOf(IngestException.class);
    Recorder handedOff = new Recorder();

    assertThatThrownBy(
            () -> {
              try (IngestHandOff handOff = new IngestHandOff(handedOff, "screening")) {
                read(text.toString(), handOff);
              }
            })
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("a quoted field runs on");
    assertThat(handedOff.events).isEqualTo(alone.events).hasSizeGreaterThan(1_900);
  }
}
