package dev.assay.declaration;

/**
 * The 18-character unified social credit code of a Chinese legal person (GB 32100-2015): a
 * registration authority code, an organisation type, a six-digit administrative division, the
 * nine-character organisation code and a check character.
 */
public record UnifiedSocialCreditCode(String value) {
  /** The 31 characters of the code; I, O, Z, S and V are excluded to avoid misreading. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  public UnifiedSocialCreditCode {
    if (value == null || value.length() != 18) {
      throw new InvalidValueException(
          value, "a unified social credit code has 18 characters, got " + lengthOf(value));
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(value.charAt(i)) < 0) {
        throw new InvalidValueException(
            value,
            "character '"
                + value.charAt(i)
                + "' at position "
                + (i + 1)
                + " is not allowed in a unified social credit code (digits and capitals except I, O, Z, S, V)");
      }
    }
    if (!isDigits(value, 2, 8)) {
      throw new InvalidValueException(
          value,
          "positions 3 to 8 of a unified social credit code are the administrative division code and must be digits");
    }
    char expected = checkCharacter(value.substring(0, 17));
    if (value.charAt(17) != expected) {
      throw new InvalidValueException(
          value,
          "check character is '"
              + value.charAt(17)
              + "' but GB 32100-2015 gives '"
              + expected
              + "'");
    }
  }

  /** Parses a code, accepting lower case and surrounding blanks as written on forms. */
  public static UnifiedSocialCreditCode parse(String text) {
    return new UnifiedSocialCreditCode(
        text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /** Completes the first 17 characters of a code with their check character. */
  public static UnifiedSocialCreditCode withCheckCharacter(String first17) {
    return new UnifiedSocialCreditCode(first17 + checkCharacter(first17));
  }

  /** The check character for the first 17 characters of a code (GB 32100-2015, 5.2). */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need 17 characters, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("not a code character: " + first17.charAt(i));
      }
      sum += v * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return ALPHABET.charAt(check);
  }

  /** The six-digit administrative division of registration, such as 430100 for Changsha. */
  public String administrativeDivision() {
    return value.substring(2, 8);
  }

  @Override
  public String toString() {
    return value;
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String lengthOf(String value) {
    return value == null ? "nothing" : String.valueOf(value.length());
  }
}
