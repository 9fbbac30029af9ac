package dev.assay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's report as pretty-printed JSON. */
final class ReportJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportJson() {}

  static void write(Path file, JsonNode report) {
    try {
      Files.writeString(
          file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
    } catch (IOException e) {
      throw Outputs.failed(file.toString(), e);
    }
  }
}
