package dev.assay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Records in equal assessments plus rejects: whatever is done to the fields of a file (stray and
 * missing quotes, numbers with huge exponents, implausible dates), every declaration of it is
 * either delivered or named in a rejection, unless the whole import stops with an {@link
 * IngestException}. Both as a Jazzer fuzz test (regression mode in the build, {@code JAZZER_FUZZ=1}
 * to fuzz) and as a seeded property test over a few thousand edited files.
 */
class NothingLostTest {
  /** The kinds of damage: the defect classes of quoting, exponents and dates. */
  private static final String[] QUOTES = {"\"", "\"\"", "\"x\"y", "x\"", "\"\n", "\"a,b"};

  private static final String[] NUMBERS = {
    "1e99999999999",
    "1e-99999999999",
    "-2.5E+99999999999",
    "1e309",
    "1e-400",
    "1E+5",
    "-0",
    "NaN",
    "Infinity",
    "0x1p3",
    "1d"
  };

  private static final String[] DATES = {
    "0000-01-01", "1900-01-01", "1999-12-31", "2999-12-31", "2025-02-30", "2025-1-8", "+2025-01-08"
  };

  private static final List<String> EDITABLE = Csv.COLUMNS.subList(1, Csv.COLUMNS.size());

  @FuzzTest
  void csvEdits(FuzzedDataProvider data) {
    int declarations = data.consumeInt(1, 12);
    assertNothingLost(declarations, bound -> data.consumeInt(0, bound - 1), data.consumeBoolean());
  }

  @Test
  void editedFilesNeverLoseADeclarationSilently() {
    Random random = new Random(18_04);
    for (int i = 0; i < 800; i++) {
      assertNothingLost(1 + random.nextInt(12), random::nextInt, random.nextBoolean());
    }
  }

  @Test
  void editedNdjsonFilesCountEveryRecordAsDeliveredOrRejected() throws IOException {
    List<String> lines =
        Files.readAllLines(ExamplesTest.NDJSON).stream().filter(l -> !l.isBlank()).toList();
    Random random = new Random(18_05);
    for (int i = 0; i < 400; i++) {
      StringBuilder text = new StringBuilder();
      for (String line : lines) {
        text.append(random.nextInt(4) == 0 ? damagedJson(line, random) : line).append('\n');
      }
      Collected result = Collected.read(Format.NDJSON, text.toString());
      assertThat(result.summary.declarationsAccepted() + result.summary.declarationsRejected())
          .as(text.toString())
          .isEqualTo(result.summary.recordsRead())
          .isEqualTo(lines.size());
      result.accepted.forEach(NothingLostTest::assertPlausible);
    }
  }

  private static String damagedJson(String line, Random random) {
    return switch (random.nextInt(4)) {
      case 0 ->
          line.replaceFirst(
              "\"value_usd\":\\s*[0-9.]+", "\"value_usd\":" + NUMBERS[random.nextInt(5)]);
      case 1 ->
          line.replaceFirst(
              "\"declared_at\":\\s*\"[0-9-]+\"",
              "\"declared_at\":\"" + DATES[random.nextInt(DATES.length)] + "\"");
      case 2 -> line.replaceFirst("\\{", "{\"declaration_id\":\"dup\",");
      default -> {
        int at = random.nextInt(line.length());
        yield line.substring(0, at) + "\"" + line.substring(at);
      }
    };
  }

  /**
   * Builds a file of {@code count} declarations, damages fields other than the id as {@code pick}
   * says, reads it, and checks that every declaration id is delivered or named in a rejection.
   */
  private static void assertNothingLost(int count, IntUnaryOperator pick, boolean crlf) {
    StringBuilder text = new StringBuilder(Csv.HEADER);
    Set<String> ids = new LinkedHashSet<>();
    int edits = pick.applyAsInt(4);
    for (int d = 0; d < count; d++) {
      String id = "D-" + d;
      ids.add(id);
      int rows = 1 + pick.applyAsInt(3);
      for (int line = 1; line <= rows; line++) {
        String row = Csv.row(id, line);
        if (edits > 0 && pick.applyAsInt(3) == 0) {
          edits--;
          row = damaged(id, line, pick);
        }
        text.append(crlf ? row.replace("\n", "\r\n") : row);
      }
    }
    Collected result = new Collected();
    try {
      result.summary =
          DeclarationReader.read(
              new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
              Format.CSV,
              result);
    } catch (IngestException stopped) {
      return; // loud: the whole import failed with a message, exit code 3
    }
    Set<String> accounted = new LinkedHashSet<>(result.acceptedIds());
    result.errors.forEach(e -> accounted.add(e.declarationId()));
    assertThat(accounted).as(text.toString()).containsAll(ids);
    assertThat(result.acceptedIds()).as(text.toString()).doesNotHaveDuplicates();
    assertThat(result.summary.declarationsAccepted() + result.summary.declarationsRejected())
        .as(text.toString())
        .isGreaterThanOrEqualTo(ids.size());
    result.accepted.forEach(NothingLostTest::assertPlausible);
  }

  private static String damaged(String id, int line, IntUnaryOperator pick) {
    String column = EDITABLE.get(pick.applyAsInt(EDITABLE.size()));
    String value =
        switch (pick.applyAsInt(3)) {
          case 0 -> {
            String quote = QUOTES[pick.applyAsInt(QUOTES.length)];
            yield pick.applyAsInt(2) == 0 ? quote + "Midwest Alloys" : "Midwest" + quote + "Alloys";
          }
          case 1 -> NUMBERS[pick.applyAsInt(NUMBERS.length)];
          default -> DATES[pick.applyAsInt(DATES.length)];
        };
    String[] changes = {column, value};
    if (pick.applyAsInt(2) == 0) {
      // The quoted default address often closes what a stray quote opened; sometimes it is not
      // there.
      changes = new String[] {column, value, "consignee_address", "Ohio"};
      if (column.equals("consignee_address")) {
        changes = new String[] {column, value};
      }
    }
    return Csv.row(id, line, changes);
  }

  private static void assertPlausible(Declaration declaration) {
    assertThat(declaration.declaredAt())
        .isAfterOrEqualTo(LocalDate.of(2000, 1, 1))
        .isBefore(LocalDate.now().plusYears(6));
    for (GoodsLine line : declaration.lines()) {
      assertThat(line.valueUsd()).isFinite().isNotNegative();
      assertThat(line.netWeightKg()).isFinite();
    }
  }
}
