package dev.assay.declaration;

/**
 * A Chinese customs commodity code: the 8-digit tariff line (税则号列), optionally followed by a
 * 2-digit statistical suffix making the 10-digit commodity number (商品编号).
 */
public record HsCode(String value) {

  public HsCode {
    if (value == null || (value.length() != 8 && value.length() != 10)) {
      throw new InvalidValueException(value, "an HS code has 8 or 10 digits");
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        throw new InvalidValueException(value, "an HS code has digits only");
      }
    }
  }

  /** Parses a code, tolerating the dots and blanks people write into them (8112.92.90.10). */
  public static HsCode parse(String text) {
    if (text == null) {
      return new HsCode(null);
    }
    if (text.indexOf('.') < 0 && text.indexOf(' ') < 0) {
      return new HsCode(text); // as most files write it: no copy
    }
    StringBuilder digits = new StringBuilder(10);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '.' && c != ' ') {
        digits.append(c);
      }
    }
    return new HsCode(digits.toString());
  }

  /** The 8-digit tariff line. */
  public String tariffLine() {
    return value.substring(0, 8);
  }

  /** The two-digit HS chapter, such as 81 for other base metals. */
  public String chapter() {
    return value.substring(0, 2);
  }

  /** The four-digit HS heading. */
  public String heading() {
    return value.substring(0, 4);
  }

  /** The six-digit international HS subheading. */
  public String subheading() {
    return value.substring(0, 6);
  }

  /**
   * Whether this code falls under a reference code of a control list: equal to a 10-digit code, or
   * under an 8-digit tariff line (or any shorter prefix).
   */
  public boolean isCoveredBy(String referenceCode) {
    return value.startsWith(referenceCode);
  }

  public boolean isFull() {
    return value.length() == 10;
  }

  @Override
  public String toString() {
    return value;
  }
}
