package dev.assay.screening.matching;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * English number words and ordinals as digits, so that "First International Bank" is "1st
 * International Bank", "Brigade Forty-Four" is "Brigade 44" and "Three Percenters" is "3
 * Percenters": lists and documents write numbers either way. Cardinals and ordinals both become the
 * number (an ordinal's suffix says nothing the number does not), a tens word followed by a unit
 * word one number. Only English, the language of the lists' Latin names; other words pass.
 */
final class Numbers {
  private Numbers() {}

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10));

  private static final Map<String, Integer> TENS =
      Map.ofEntries(
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          // A common misspelling, kept because names are typed by people.
          Map.entry("fourty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  /** The number a word stands for ("four", "fourth", "4th", "4"), or -1. */
  static int value(String word) {
    Integer u = UNITS.get(word);
    if (u != null) {
      return u;
    }
    Integer t = TENS.get(word);
    if (t != null) {
      return t;
    }
    int digits = 0;
    while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 6) {
      return -1;
    }
    String rest = word.substring(digits);
    if (rest.isEmpty()
        || rest.equals("st")
        || rest.equals("nd")
        || rest.equals("rd")
        || rest.equals("th")) {
      return Integer.parseInt(word.substring(0, digits));
    }
    return -1;
  }

  private static final Pattern LOOK_ALIKE = Pattern.compile("[a-z]+[0-9][a-z0-9]*[a-z]");

  /**
   * A word with a digit written for a letter between letters ("Sech1n", "Ig0r", "I9or": typed to
   * slip past a filter, or misread by OCR) in letters: 0 o, 1 i, 3 e, 4 a, 5 s, 7 t, 8 b, 9 g; null
   * for any other word. At most two digits, fewer than its letters, and never at the start or the
   * end, so model numbers and codes ("A320", "3M", "Boeing 747") stay as written.
   */
  static String lookAlike(String word) {
    if (!LOOK_ALIKE.matcher(word).matches()) {
      return null;
    }
    int digits = 0;
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char l =
          switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5' -> 's';
            case '7' -> 't';
            case '8' -> 'b';
            case '9' -> 'g';
            case '2', '6' -> 0;
            default -> c;
          };
      if (l == 0) {
        return null;
      }
      digits += Character.isDigit(c) ? 1 : 0;
      b.append(l);
    }
    return digits <= 2 && digits * 2 < word.length() ? b.toString() : null;
  }

  /** Whether the word is a tens word ("forty") that a following unit word joins. */
  static boolean tens(String word) {
    return TENS.containsKey(word);
  }

  /** Whether the word is a unit word one to nine (cardinal or ordinal) or a digit 1 to 9. */
  static boolean unit(String word) {
    int v = value(word);
    return v >= 1 && v <= 9 && !TENS.containsKey(word);
  }
}
