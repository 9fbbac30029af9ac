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
    int k = digits(2);
    String chapter = CHAPTERS[k];
    if (chapter == null) {
      chapter = value.substring(0, 2);
      CHAPTERS[k] = chapter;
    }
    return chapter;
  }

  /** The four-digit HS heading. */
  public String heading() {
    int k = digits(4);
    String heading = HEADINGS[k];
    if (heading == null) {
      heading = value.substring(0, 4);
      HEADINGS[k] = heading;
    }
    return heading;
  }

  /** The six-digit international HS subheading. */
  public String subheading() {
    int slot = digits(6) & (SUBHEADINGS.length - 1);
    String subheading = SUBHEADINGS[slot];
    if (subheading == null || !value.startsWith(subheading)) {
      subheading = value.substring(0, 6);
      SUBHEADINGS[slot] = subheading;
    }
    return subheading;
  }

  /*
   * Chapters, headings and subheadings are asked for several times per declaration by the
   * detectors (as keys of their learned state): one String per chapter and heading, and a table of
   * the subheadings seen last, instead of a new substring (and its hash) on every call. The tables
   * are filled racily, which is safe: a String is immutable, and a thread that misses another's
   * entry makes its own equal one.
   */
  private static final String[] CHAPTERS = new String[100];

  private static final String[] HEADINGS = new String[10_000];
  private static final String[] SUBHEADINGS = new String[4096];

  /** The first n digits as a number (the constructor checked they are digits). */
  private int digits(int n) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      k = k * 10 + (value.charAt(i) - '0');
    }
    return k;
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
