package dev.assay.ingest;

import static dev.assay.ingest.Csv.HEADER;
import static dev.assay.ingest.Csv.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives a clear error naming line and field, and the good records around it survive. */
class BadInputTest {

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      out.writeBytes(
          part instanceof byte[] b ? b : part.toString().getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void invalidUtf8RejectsOnlyTheRecordHoldingIt() {
    byte[] broken = {'a', 'n', 't', (byte) 0xC3, (byte) 0x28, 'x'};
    String[] parts = row("D-2", 1).split("antimony ingots");
    Collected result =
        Collected.read(
            Format.CSV, bytes(HEADER, row("D-1", 1), parts[0], broken, parts[1], row("D-3", 1)));

    assertThat(result.acceptedIds()).containsExactly("D-1", "D-3");
    assertThat(result.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.declarationId()).isEqualTo("D-2");
              assertThat(e.field()).isEqualTo("description");
              assertThat(e.value()).isEqualTo("ant\\uFFFD(x");
              assertThat(e.reason()).startsWith("invalid UTF-8");
            });
  }

  @Test
  void invalidUtf8InAnIgnoredColumnStillRejectsTheRecord() {
    Collected result =
        Collected.read(
            Format.CSV,
            bytes(
                HEADER.strip(),
                ",remarks\n",
                row("D-1", 1).strip(),
                ",",
                new byte[] {(byte) 0xFF},
                "\n",
                row("D-2", 1).strip(),
                ",fine\n"));

    assertThat(result.acceptedIds()).containsExactly("D-2");
    assertThat(result.described())
        .singleElement()
        .asString()
        .startsWith("line 2, declaration D-1, field remarks, value '\\uFFFD': invalid UTF-8");
  }

  @Test
  void aUtf8ByteOrderMarkIsAccepted() {
    Collected result =
        Collected.read(
            Format.CSV,
            bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, HEADER, row("D-1", 1)));

    assertThat(result.errors).isEmpty();
    assertThat(result.acceptedIds()).containsExactly("D-1");
  }

  @Test
  void nulBytesAreAClearErrorOnTheirField() {
    Collected result =
        Collected.read(
            Format.CSV, HEADER + row("D-1", 1, "exporter_name", "Ex\u0000porter") + row("D-2", 1));

    assertThat(result.acceptedIds()).containsExactly("D-2");
    assertThat(result.described())
        .containsExactly(
            "line 2, declaration D-1, field exporter_name, value 'Ex\\u0000porter': holds control"
                + " character U+0000; binary data, not text?");
  }

  @Test
  void wrongColumnCountsAreRecordErrorsAndReadingGoesOn() {
    Collected result =
        Collected.read(
            Format.CSV,
            HEADER + row("D-1", 1).strip() + ",extra\n" + "D-2,1,2025-01-08\n" + row("D-3", 1));

    assertThat(result.acceptedIds()).containsExactly("D-3");
    assertThat(result.described())
        .containsExactly(
            "line 2, declaration D-1: the row has 24 fields, the header has 23",
            "line 3, declaration D-2: the row has 3 fields, the header has 23");
  }

  @Test
  void aShortRowOfADeclarationRejectsTheWholeDeclaration() {
    Collected result =
        Collected.read(
            Format.CSV, HEADER + row("D-1", 1) + "D-1,2\n" + row("D-1", 3) + row("D-2", 1));

    assertThat(result.acceptedIds()).containsExactly("D-2");
    assertThat(result.described())
        .containsExactly("line 3, declaration D-1: the row has 2 fields, the header has 23");
  }

  @Test
  void quotedFieldsWithLineBreaksKeepLineNumbersRight() {
    Collected result =
        Collected.read(
            Format.CSV,
            HEADER
                + row("D-1", 1, "description", "\"antimony\ningots, \"\"99.65%\"\"\r\nin bags\"")
                + row("D-2", 1, "hs_code", "123"));

    assertThat(result.accepted)
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.lines().get(0).description())
                    .isEqualTo("antimony\ningots, \"99.65%\"\r\nin bags"));
    assertThat(result.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(5);
              assertThat(e.field()).isEqualTo("hs_code");
            });
  }

  @Test
  void aHugeFieldIsCutAndReportedAndReadingGoesOn() {
    String huge = "x".repeat(CsvTokenizer.MAX_FIELD_CHARS + 10);
    Collected result =
        Collected.read(Format.CSV, HEADER + row("D-1", 1, "description", huge) + row("D-2", 1));

    assertThat(result.acceptedIds()).containsExactly("D-2");
    assertThat(result.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.field()).isEqualTo("description");
              assertThat(e.value()).hasSize(RecordError.MAX_VALUE_CHARS + 1).endsWith("x…");
              assertThat(e.reason()).isEqualTo("longer than 65536 characters");
            });
  }

  @Test
  void anOverlongLineIsSkippedToItsEnd() {
    String longLine = "D-1," + "y,".repeat(CsvTokenizer.MAX_RECORD_CHARS / 2 + 10) + "\n";
    Collected result = Collected.read(Format.CSV, HEADER + longLine + row("D-2", 1));

    assertThat(result.acceptedIds()).containsExactly("D-2");
    assertThat(result.described())
        .containsExactly(
            "line 2, declaration D-1: the row is longer than 1048576 characters; it was skipped");
  }

  @Test
  void anUnclosedQuoteNearTheEndIsARecordError() {
    Collected result =
        Collected.read(
            Format.CSV, HEADER + row("D-1", 1) + row("D-2", 1, "description", "\"never closed"));

    assertThat(result.acceptedIds()).containsExactly("D-1");
    assertThat(result.described())
        .containsExactly(
            "line 3, declaration D-2: a quoted field opened on line 3 is never closed before the end"
                + " of the file");
  }

  @Test
  void anUnclosedQuoteThatSwallowsTheFileStopsTheImportClearly() {
    StringBuilder text = new StringBuilder(HEADER).append(row("D-0", 1)).append(row("D-1", 1));
    text.append(row("D-1", 2, "description", "\"never closed"));
    while (text.length() < CsvTokenizer.MAX_RECORD_CHARS + 1000) {
      // No quotes in these rows: the first quote would close the open field.
      text.append(row("D-3", 1, "consignee_address", "Duisburg"));
    }
    Collected collected = new Collected();

    assertThatThrownBy(
            () ->
                DeclarationReader.read(
                    new java.io.ByteArrayInputStream(
                        text.toString().getBytes(StandardCharsets.UTF_8)),
                    Format.CSV,
                    collected))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("line 4: a quoted field runs on for more than 1048576 characters");
    // D-1 might continue inside the broken part, so it is not delivered half.
    assertThat(collected.acceptedIds()).containsExactly("D-0");
  }

  @Test
  void binaryGarbageIsNotACsvFile() {
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    garbage[0] = 0;

    assertThatThrownBy(() -> Collected.read(Format.CSV, garbage))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("not a")
        .hasMessageContaining("CSV");
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertThatThrownBy(() -> Collected.read(Format.CSV, ""))
        .isInstanceOf(IngestException.class)
        .hasMessage("the file is empty: a CSV header row is required");
    assertThatThrownBy(() -> Collected.read(Format.CSV, "\n\n"))
        .isInstanceOf(IngestException.class)
        .hasMessage("the file is empty: a CSV header row is required");
  }

  @Test
  void blankLinesBetweenRowsAreSkippedAndCountNoRecord() {
    Collected result =
        Collected.read(
            Format.CSV, HEADER + "\n" + row("D-1", 1) + "\r\n\n" + row("D-2", 1, "hs_code", "9"));

    assertThat(result.acceptedIds()).containsExactly("D-1");
    assertThat(result.errors).extracting(RecordError::line).containsExactly(6L);
    assertThat(result.summary.recordsRead()).isEqualTo(2);
  }

  @Test
  void aMissingFileIsAnIngestExceptionNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.csv");

    assertThatThrownBy(() -> DeclarationReader.read(missing, Format.CSV, new Collected()))
        .isInstanceOf(IngestException.class)
        .hasMessage("cannot read " + missing + ": no such file");
  }

  @Test
  void aStreamThatFailsMidwayIsAnIngestException() {
    byte[] start = (HEADER + row("D-1", 1)).getBytes(StandardCharsets.UTF_8);
    InputStream failing =
        new InputStream() {
          int position;

          @Override
          public int read() throws IOException {
            if (position == start.length) {
              throw new IOException("disk on fire");
            }
            return start[position++];
          }
        };

    assertThatThrownBy(() -> DeclarationReader.read(failing, Format.CSV, new Collected()))
        .isInstanceOf(IngestException.class)
        .hasMessage("cannot read the input: disk on fire");
  }

  @Test
  void textAfterAClosingQuoteIsAnErrorOfItsFieldNotPartOfTheValue() {
    Collected result =
        Collected.read(
            Format.CSV,
            HEADER
                + row("D-1", 1, "consignee_name", "\"Midwest\"Alloys Inc.")
                + row("D-2", 1, "consignee_name", "Midwest \"Alloys\" Inc.")
                + row("D-3", 1, "consignee_name", "\"Midwest \"\"Alloys\"\" Inc.\""));

    assertThat(result.acceptedIds()).containsExactly("D-3");
    assertThat(result.accepted.getFirst().consignee().name()).isEqualTo("Midwest \"Alloys\" Inc.");
    assertThat(result.errors)
        .extracting(RecordError::line, RecordError::field)
        .containsExactly(tuple(2L, "consignee_name"), tuple(3L, "consignee_name"));
    assertThat(result.errors.get(0).reason()).startsWith("text after the closing quote");
    assertThat(result.errors.get(1).reason()).startsWith("a quote inside a field");
  }

  @Test
  void anUnclosedQuoteReportsEveryDeclarationItSwallowed() {
    // The quote opened in D-2's consignee name closes only at the quoted address of D-4's row.
    Collected result =
        Collected.read(
            Format.CSV,
            HEADER
                + row("D-1", 1)
                + row("D-2", 1, "consignee_name", "\"Midwest Alloys", "consignee_address", "Ohio")
                + row("D-3", 1, "consignee_address", "Duisburg")
                + row("D-4", 1, "hs_code", "8112929010")
                + row("D-5", 1));

    assertThat(result.acceptedIds()).containsExactly("D-1", "D-5");
    assertThat(result.errors)
        .extracting(RecordError::line, RecordError::declarationId)
        .containsExactly(tuple(3L, "D-2"), tuple(4L, "D-3"), tuple(5L, "D-4"));
    assertThat(result.errors.get(1).reason())
        .startsWith("this row is inside a quoted field opened on line 3");
    assertThat(result.summary.declarationsAccepted() + result.summary.declarationsRejected())
        .as("every declaration of the file is either screened or rejected")
        .isEqualTo(5);
    assertThat(result.summary.recordsRead()).isEqualTo(5);
  }

  @Test
  void aSwallowedDeclarationWhoseRowsGoOnAfterTheQuoteIsRejectedOnce() {
    Collected result =
        Collected.read(
            Format.CSV,
            HEADER
                + row("D-1", 1, "consignee_name", "\"Midwest Alloys", "consignee_address", "Ohio")
                + row("D-2", 1)
                + row("D-2", 2)
                + row("D-3", 1));

    assertThat(result.acceptedIds()).containsExactly("D-3");
    assertThat(result.errors).extracting(RecordError::declarationId).containsExactly("D-1", "D-2");
    assertThat(result.summary.declarationsRejected()).isEqualTo(2);
  }

  @Test
  void aDateOutsideThePlausibleWindowIsARecordErrorNamingTheField() {
    Collected result =
        Collected.read(
            Format.CSV,
            HEADER
                + row("D-1", 1, "declared_at", "0000-01-01")
                + row("D-2", 1, "declared_at", "1900-01-01")
                + row("D-3", 1, "declared_at", "2999-12-31")
                + row("D-4", 1, "declared_at", "2000-01-01"));

    assertThat(result.acceptedIds()).containsExactly("D-4");
    assertThat(result.errors)
        .extracting(RecordError::field)
        .containsExactly("declared_at", "declared_at", "declared_at");
    assertThat(result.errors.get(1).reason())
        .startsWith("outside the plausible window 2000-01-01 to ")
        .contains("ASSAY_DECLARED_AT_WINDOW");
  }

  @Test
  void theDateWindowIsConfiguredAsFromDotDotTo() {
    java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 5);
    assertThat(DateWindow.parse(null, today))
        .isEqualTo(new DateWindow(java.time.LocalDate.of(2000, 1, 1), today.plusYears(5)));
    assertThat(DateWindow.parse("1990-01-01..", today).earliest())
        .isEqualTo(java.time.LocalDate.of(1990, 1, 1));
    assertThat(DateWindow.parse("..2030-12-31", today).latest())
        .isEqualTo(java.time.LocalDate.of(2030, 12, 31));
    assertThatThrownBy(() -> DateWindow.parse("2030", today))
        .isInstanceOf(IngestException.class)
        .hasMessage("ASSAY_DECLARED_AT_WINDOW='2030': expected FROM..TO");
    assertThatThrownBy(() -> DateWindow.parse("2030-01-01..2020-01-01", today))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("ends (2020-01-01) before it starts (2030-01-01)");
  }
}
