package dev.assay.cli;

/**
 * Messages made safe for a terminal: a file name or a value from a file may hold control characters
 * (a BEL, an escape sequence) or Unicode direction overrides (U+202E shows text backwards), which
 * are written as {@code \\uXXXX} instead; line breaks and tabs stay.
 */
final class Printable {
  private Printable() {}

  static String of(String message) {
    if (message == null) {
      return "";
    }
    // Jackson's location tail names its own features ("Source: REDACTED (`StreamReadFeature...`)").
    String text =
        message
            .replaceAll(
                "\\s*at \\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]",
                " at line $1, column $2")
            .replaceAll("\\s*at \\[Source: [^\\]]*\\]", "");
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escape = c != '\n' && c != '\t' && dev.assay.ingest.RecordError.needsEscape(c);
      if (escape && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escape) {
          out.append(String.format("\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
