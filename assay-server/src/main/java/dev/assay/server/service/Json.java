package dev.assay.server.service;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationJsonWriter;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestException;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import dev.assay.report.AssessmentWriter;
import dev.assay.risk.Assessment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The core's own readers and writers, so that the API speaks exactly the CLI's formats. */
public final class Json {
  private Json() {}

  /** A declaration in the nested JSON form, on one line, without labels. */
  public static String declaration(Declaration d) {
    StringWriter out = new StringWriter(1024);
    try (DeclarationJsonWriter writer = new DeclarationJsonWriter(out, false)) {
      writer.write(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().strip();
  }

  /** An assessment as one object of assay screen's JSON Lines. */
  public static String assessment(Assessment a) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (AssessmentWriter writer = new AssessmentWriter(out)) {
      writer.write(a);
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }

  /** What reading some declarations gave: the valid ones and the errors of the others. */
  public record Parsed(List<Declaration> declarations, List<RecordError> errors) {}

  /**
   * Reads declarations with the core's reader.
   *
   * @throws IngestException when the input cannot be read at all
   */
  public static Parsed read(byte[] body, Format format) {
    List<Declaration> declarations = new ArrayList<>();
    List<RecordError> errors = new ArrayList<>();
    DeclarationReader.read(
        new ByteArrayInputStream(body),
        format,
        new IngestListener() {
          @Override
          public void accepted(Declaration declaration) {
            declarations.add(declaration);
          }

          @Override
          public void rejected(RecordError error) {
            errors.add(error);
          }
        });
    return new Parsed(declarations, errors);
  }
}
