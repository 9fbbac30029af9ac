package dev.assay.screening;

import java.util.Locale;

/**
 * An identifier of a party: registration number, tax number, IMO number, passport, unified social
 * credit code. Compared on the scheme and the value without blanks, dashes or dots, case-blind.
 *
 * @param scheme lower-case words such as "registration", "tax", "imo", "passport", "uscc"
 */
public record Identifier(String scheme, String value) {
  public Identifier {
    if (scheme == null || scheme.isBlank() || value == null || value.isBlank()) {
      throw new IllegalArgumentException("an identifier needs a scheme and a value");
    }
    scheme = scheme.strip().toLowerCase(Locale.ROOT);
    value = value.strip();
  }

  /** Parses {@code scheme:value}, as the command line and the watch-list CSV write it. */
  public static Identifier parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException(
          "an identifier is written scheme:value (for example imo:9123456), got '" + text + "'");
    }
    return new Identifier(text.substring(0, colon), text.substring(colon + 1));
  }

  /** The value as compared: letters and digits only, upper case. */
  public String comparable() {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return scheme + ":" + value;
  }
}
