package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void detectsByExtension() throws IOException {
    assertThat(Format.detect(file("a.CSV", "[]"))).isEqualTo(Format.CSV);
    assertThat(Format.detect(file("a.ndjson", "[]"))).isEqualTo(Format.NDJSON);
    assertThat(Format.detect(file("a.jsonl", "[]"))).isEqualTo(Format.NDJSON);
    assertThat(Format.detect(file("a.json", "{}\n{}"))).isEqualTo(Format.JSON);
  }

  @Test
  void otherwiseSniffsTheFirstNonBlankCharacter() throws IOException {
    assertThat(Format.detect(file("a.txt", "\uFEFF \n [{}]"))).isEqualTo(Format.JSON);
    assertThat(Format.detect(file("b.txt", "\n{\"a\":1}  \r\n{\"a\":2}\n")))
        .isEqualTo(Format.NDJSON);
    assertThat(Format.detect(file("c.txt", "{\n  \"a\": 1\n}\n"))).isEqualTo(Format.JSON);
    assertThat(Format.detect(file("d", "declaration_id,line_no\n"))).isEqualTo(Format.CSV);
    assertThat(Format.detect(file("e.dat", ""))).isEqualTo(Format.CSV);
  }

  @Test
  void anUnreadableFileIsAnIngestException() {
    Path missing = dir.resolve("missing.dat");

    assertThatThrownBy(() -> Format.detect(missing))
        .isInstanceOf(IngestException.class)
        .hasMessage("cannot read " + missing + ": no such file");
  }
}
