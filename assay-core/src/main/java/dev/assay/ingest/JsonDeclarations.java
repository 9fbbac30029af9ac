package dev.assay.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.declaration.GoodsLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns nested JSON declaration objects, read by the JSON or the NDJSON reader, into declarations
 * or record errors, with the same rules as the CSV contract; field names in errors are JSON paths
 * such as {@code items[1].hs_code}.
 */
final class JsonDeclarations {
  /** Strings past this are refused by the parser itself; fields are held to 64 KiB later. */
  static final int MAX_STRING_CHARS = 1024 * 1024;

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(MAX_STRING_CHARS)
                  .maxNestingDepth(64)
                  .maxNumberLength(100)
                  .build())
          .build();

  /**
   * Jackson's message of a syntax error without what only a programmer can use: the names of parser
   * features to enable ({@code JsonReadFeature.ALLOW_...}) and the code of a character.
   */
  static String plainMessage(com.fasterxml.jackson.core.JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    return message
        .replaceAll("\\s*\\([^()]*Feature\\.[A-Z_]+[^()]*\\)", "")
        .replaceAll("[:;,]?\\s*(?:enable|use)\\s+`?[A-Za-z]*Feature\\.[A-Z_]+`?[^.;]*", "")
        .replaceAll("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "(control character $1)")
        .strip();
  }

  private final Tally tally;
  private final SeenIds seenIds = new SeenIds();
  private final RepeatedValues repeated = new RepeatedValues();

  private final DateWindow window;

  JsonDeclarations(Tally tally, DateWindow window) {
    this.tally = tally;
    this.window = window;
  }

  /**
   * Validates one JSON value read at {@code line} and delivers it as a declaration or as errors.
   *
   * @param read the reader that built {@code node}: where it held bytes that were not UTF-8, or a
   *     key twice
   */
  void handle(JsonNode node, long line, BoundedTreeReader read) {
    String brokenTextPath = read.brokenTextPath();
    if (!node.isObject()) {
      tally.report(
          new RecordError(
              line,
              "",
              "",
              node.isContainerNode() ? "" : node.asText(),
              "expected a declaration object, found " + JsonFieldSource.describe(node)));
      tally.declarationRejected();
      return;
    }
    String id = candidateId(node);
    ErrorCollector errors = new ErrorCollector(line, id);
    JsonFieldSource source = new JsonFieldSource(node, "", errors);
    String checkedId = new FieldValues(source, errors).text(Column.DECLARATION_ID);
    if (checkedId != null && !seenIds.add(checkedId)) {
      errors.add(
          Column.DECLARATION_ID.jsonPath(),
          checkedId,
          "this declaration id already appeared earlier in the file (the earlier declaration"
              + " stands)");
      finish(errors, null, null, null);
      return;
    }
    if (read.duplicateKeyPath() != null) {
      errors.add(
          read.duplicateKeyPath(),
          "",
          "this key appears more than once in its object; each key may appear once");
    }
    DeclarationPart part = RecordParser.declarationPart(source, errors, window, repeated);
    List<GoodsLine> lines = goodsLines(node.get("items"), errors);
    if (brokenTextPath != null && errors.isEmpty()) {
      errors.add(brokenTextPath, "", FieldValues.INVALID_UTF8);
    }
    finish(errors, checkedId, part, lines);
  }

  private void finish(
      ErrorCollector errors, String id, DeclarationPart part, List<GoodsLine> lines) {
    if (errors.isEmpty()) {
      tally.accept(part.complete(id, lines));
    } else {
      tally.reportAll(errors);
      tally.declarationRejected();
    }
  }

  private static List<GoodsLine> goodsLines(JsonNode items, ErrorCollector errors) {
    List<GoodsLine> lines = new ArrayList<>();
    if (items == null || items.isNull() || (items.isArray() && items.isEmpty())) {
      errors.add("items", "", "required: a declaration has at least one goods line");
      return lines;
    }
    if (!items.isArray()) {
      errors.add(
          "items",
          "",
          "expected an array of goods lines, found " + JsonFieldSource.describe(items));
      return lines;
    }
    if (items.size() > CsvDeclarationReader.MAX_LINES_PER_DECLARATION) {
      errors.add(
          "items",
          "",
          "a declaration has at most "
              + CsvDeclarationReader.MAX_LINES_PER_DECLARATION
              + " goods lines, this one has "
              + items.size());
      return lines;
    }
    Map<Integer, Integer> firstIndexOfLineNo = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String prefix = "items[" + i + "]";
      if (!item.isObject()) {
        errors.add(
            prefix, "", "expected a goods line object, found " + JsonFieldSource.describe(item));
        continue;
      }
      GoodsLine line =
          RecordParser.goodsLine(new JsonFieldSource(item, prefix + ".", errors), errors);
      if (line == null) {
        continue;
      }
      Integer earlier = firstIndexOfLineNo.putIfAbsent(line.lineNo(), i);
      if (earlier != null) {
        errors.add(
            prefix + "." + Column.LINE_NO.jsonPath(),
            String.valueOf(line.lineNo()),
            "line number " + line.lineNo() + " already used by items[" + earlier + "]");
      }
      lines.add(line);
    }
    return lines;
  }

  /** The id to name the declaration by in errors, "" when it has none usable. */
  private static String candidateId(JsonNode node) {
    JsonNode id = node.get(Column.DECLARATION_ID.jsonPath());
    if (id == null || !(id.isTextual() || id.isNumber())) {
      return "";
    }
    String text = id.asText().strip();
    return FieldValues.textProblem(text) == null ? text : "";
  }
}
