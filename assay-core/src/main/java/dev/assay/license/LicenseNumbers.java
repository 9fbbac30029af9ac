package dev.assay.license;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The number formats of export licenses that Assay recognises, as data ({@code
 * licensing/license-numbers.csv}): what a cited number can say without a register, namely whether
 * it has the form an issuing authority prints and, where the form carries it, the year of issue. A
 * number of no known form proves nothing (a new form, a typing slip), so it is soft evidence for a
 * documentary check; only the register says a number does not exist.
 */
public final class LicenseNumbers {
  /** One recognised form; {@code yearDigits} is 2 or 4 when group 1 holds the year, else 0. */
  public record Format(String name, Pattern pattern, int yearDigits, String source) {}

  /** What a number says by its form: the format it fits and the year of issue it carries. */
  public record Reading(Format format, OptionalInt yearOfIssue) {}

  private final List<Format> formats;

  LicenseNumbers(List<Format> formats) {
    this.formats = List.copyOf(formats);
  }

  /** The formats shipped with Assay. */
  public static LicenseNumbers bundled() {
    try (InputStream in =
        LicenseNumbers.class.getResourceAsStream("/licensing/license-numbers.csv")) {
      return parse(in, "licensing/license-numbers.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@code name,pattern,year_digits,source} lines; {@code #} starts a comment.
   *
   * @throws IllegalArgumentException naming the line and the field that is wrong
   */
  static LicenseNumbers parse(InputStream in, String file) throws IOException {
    List<Format> formats = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = reader.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("name,")) {
        continue;
      }
      String[] f = line.split(",", 4);
      if (f.length < 4) {
        throw new IllegalArgumentException(
            file + " line " + no + ": expected name,pattern,year_digits,source");
      }
      Pattern pattern;
      try {
        pattern = Pattern.compile(f[1].strip());
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            file + " line " + no + ", field pattern: " + e.getDescription(), e);
      }
      int yearDigits;
      try {
        yearDigits = Integer.parseInt(f[2].strip());
      } catch (NumberFormatException e) {
        yearDigits = -1;
      }
      if (yearDigits != 0 && yearDigits != 2 && yearDigits != 4) {
        throw new IllegalArgumentException(
            file + " line " + no + ", field year_digits, value '" + f[2] + "': 0, 2 or 4");
      }
      if (yearDigits != 0 && pattern.matcher("").groupCount() < 1) {
        throw new IllegalArgumentException(
            file + " line " + no + ", field pattern: the year needs a group, (\\d{2}) or (\\d{4})");
      }
      formats.add(new Format(f[0].strip(), pattern, yearDigits, f[3].strip()));
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException(file + ": no license number format");
    }
    return new LicenseNumbers(formats);
  }

  public List<Format> formats() {
    return formats;
  }

  /** The format the number fits, with its year of issue; empty when it fits none. */
  public Optional<Reading> read(String number) {
    String n = normalize(number);
    for (Format format : formats) {
      Matcher m = format.pattern().matcher(n);
      if (m.matches()) {
        if (format.yearDigits() == 0) {
          return Optional.of(new Reading(format, OptionalInt.empty()));
        }
        int year = Integer.parseInt(m.group(1));
        return Optional.of(
            new Reading(format, OptionalInt.of(format.yearDigits() == 2 ? 2000 + year : year)));
      }
    }
    return Optional.empty();
  }

  /** Upper case, blanks removed: how the number is printed is not what it is. */
  static String normalize(String number) {
    StringBuilder b = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (!Character.isWhitespace(c)) {
        b.append(c);
      }
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }
}
