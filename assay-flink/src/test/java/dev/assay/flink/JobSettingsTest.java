package dev.assay.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The job's arguments: defaults, every name, and the errors a user sees. */
class JobSettingsTest {
  @Test
  void defaultsNeedOnlyTheBootstrapServers() {
    JobSettings s = JobSettings.parse("--bootstrap-servers", "kafka:9092");
    assertThat(s.declarationsTopic()).isEqualTo("assay.declarations");
    assertThat(s.assessmentsTopic()).isEqualTo("assay.assessments");
    assertThat(s.parallelism()).isEqualTo(1);
    assertThat(s.stateBackend()).isEqualTo("hashmap");
    assertThat(s.checkpointInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(s.historyPerExporter()).isEqualTo(200);
    assertThat(s.duplicateWindow()).isEqualTo(Duration.ofDays(400));
    assertThat(s.fromEarliest()).isTrue();
    assertThat(s.bounded()).isFalse();
  }

  @Test
  void readsEveryArgument() {
    JobSettings s =
        JobSettings.parse(
            "--bootstrap-servers",
            "k:1",
            "--parallelism",
            "4",
            "--state-backend",
            "RocksDB",
            "--checkpoint-dir",
            "s3://b/c",
            "--from",
            "committed",
            "--bounded",
            "true",
            "--history-per-exporter",
            "0");
    assertThat(s.parallelism()).isEqualTo(4);
    assertThat(s.stateBackend()).isEqualTo("rocksdb");
    assertThat(s.checkpointDirectory()).isEqualTo("s3://b/c");
    assertThat(s.fromEarliest()).isFalse();
    assertThat(s.bounded()).isTrue();
    assertThat(s.historyPerExporter()).isZero();
  }

  @Test
  void namesWhatIsWrong() {
    assertThatThrownBy(() -> JobSettings.parse("--parallelism", "2"))
        .hasMessageContaining("--bootstrap-servers is required");
    assertThatThrownBy(() -> JobSettings.parse("--bootstrap-servers", "k", "--parallelism", "0"))
        .hasMessageContaining("--parallelism: a whole number of 1 or more, got 0");
    assertThatThrownBy(() -> JobSettings.parse("--bootstrap-servers", "k", "--state-backend", "x"))
        .hasMessageContaining("hashmap or rocksdb");
    assertThatThrownBy(() -> JobSettings.parse("--bootstrap-servers", "k", "--topic", "x"))
        .hasMessageContaining("unknown argument --topic");
    assertThatThrownBy(() -> JobSettings.parse("--bootstrap-servers"))
        .hasMessageContaining("needs a value");
  }
}
