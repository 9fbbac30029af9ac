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
    scheme = canonicalScheme(scheme);
    value = value.strip();
  }

  /**
   * The scheme in the project's words, whatever the list's language or wording: "Numéro de
   * passeport", "Passport No.", "pasaporte" are passport; "National Identification Number", "carte
   * d'identité" national-id; "Tax ID No." tax. So that the same document written two ways is one
   * scheme, and a different number refutes instead of being ignored. Unknown schemes are kept,
   * lower case.
   */
  static String canonicalScheme(String scheme) {
    String s =
        java.text.Normalizer.normalize(
                scheme.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replaceAll("\\s+", " ");
    if (s.contains("passport")
        || s.contains("passeport")
        || s.contains("pasaporte")
        || s.contains("passaporto")
        || s.contains("reisepass")
        || s.contains("паспорт")) {
      return "passport";
    }
    if (s.contains("national id")
        || s.contains("national identification")
        || s.contains("identity card")
        || s.contains("id card")
        || s.contains("carte d'identite")
        || s.contains("carte nationale")
        || s.contains("cedula")
        || s.contains("documento nacional")) {
      return "national-id";
    }
    if (s.startsWith("tax") || s.contains("taxpayer") || s.contains("fiscal")) {
      return "tax";
    }
    if (s.contains("unified social credit")) {
      return "uscc";
    }
    if (s.startsWith("imo")) {
      return "imo";
    }
    if (s.contains("registration") || s.contains("registre") || s.contains("company number")) {
      return "registration";
    }
    return s;
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
