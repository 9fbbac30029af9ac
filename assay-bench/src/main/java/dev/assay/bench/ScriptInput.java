package dev.assay.bench;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationReader;
import dev.assay.ingest.Format;
import dev.assay.ingest.IngestListener;
import dev.assay.ingest.RecordError;
import dev.assay.license.License;
import dev.assay.license.LicenseCsvReader;
import dev.assay.license.LicenseListener;
import dev.assay.license.LicenseRecordError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the timing scripts of {@code assay-bench/scripts} ({@code ParseCpu}, {@code ScreenCpu})
 * read: the head of a declaration file in memory, its declarations, and a license file. Their input
 * must be valid, so a rejected record stops them.
 */
public final class ScriptInput {
  private ScriptInput() {}

  /** The first {@code bytes} bytes of a CSV file, cut after its last whole line. */
  public static byte[] csvHead(Path file, int bytes) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(bytes);
    }
    int end = head.length;
    while (end > 0 && head[end - 1] != '\n') {
      end--;
    }
    return Arrays.copyOf(head, end);
  }

  /** The declarations of a CSV held in memory, in file order. */
  public static List<Declaration> declarations(byte[] csv) {
    List<Declaration> declarations = new ArrayList<>();
    DeclarationReader.read(new ByteArrayInputStream(csv), Format.CSV, validOnly(declarations::add));
    return declarations;
  }

  /** A listener that hands each declaration on and stops at the first rejected record. */
  public static IngestListener validOnly(Consumer<Declaration> accepted) {
    return new IngestListener() {
      @Override
      public void accepted(Declaration declaration) {
        accepted.accept(declaration);
      }

      @Override
      public void rejected(RecordError error) {
        throw new IllegalStateException("the input must be valid: " + error.describe());
      }
    };
  }

  /** The licenses of a license CSV, in file order. */
  public static List<License> licenses(Path file) {
    List<License> licenses = new ArrayList<>();
    LicenseCsvReader.read(
        file,
        new LicenseListener() {
          @Override
          public void accepted(License license) {
            licenses.add(license);
          }

          @Override
          public void rejected(LicenseRecordError error) {
            throw new IllegalStateException("the licenses must be valid: " + error.describe());
          }
        });
    return licenses;
  }
}
