package dev.assay.simulator.trade;

import dev.assay.simulator.Draws;
import java.util.Locale;

/**
 * Goods descriptions as declarants type them: in Chinese, in English, or both; now and then with a
 * typo or in capitals. Honest noise that a matcher must tolerate.
 */
public final class GoodsText {
  private GoodsText() {}

  public static String describe(String english, String chinese, Draws draws) {
    double u = draws.unit();
    String text;
    if (u < 0.4) {
      text = english;
    } else if (u < 0.75) {
      text = chinese;
    } else if (u < 0.92) {
      text = chinese + " " + english;
    } else {
      text = english + "/" + chinese;
    }
    if (draws.chance(0.03)) {
      text = typo(text, draws);
    }
    if (draws.chance(0.08)) {
      text = text.toUpperCase(Locale.ROOT);
    }
    return text;
  }

  /** One slip of the keyboard in the Latin part: two letters swapped or one dropped or doubled. */
  public static String typo(String text, Draws draws) {
    int start = -1;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isLatin(text.charAt(i))) {
        letters++;
      }
    }
    if (letters < 4) {
      return text;
    }
    int target = draws.below(letters - 1);
    for (int i = 0, seen = 0; i < text.length(); i++) {
      if (isLatin(text.charAt(i))) {
        if (seen == target) {
          start = i;
          break;
        }
        seen++;
      }
    }
    if (start < 0 || start + 1 >= text.length() || !isLatin(text.charAt(start + 1))) {
      return text;
    }
    return switch (draws.below(3)) {
      case 0 ->
          text.substring(0, start)
              + text.charAt(start + 1)
              + text.charAt(start)
              + text.substring(start + 2);
      case 1 -> text.substring(0, start) + text.substring(start + 1);
      default -> text.substring(0, start + 1) + text.charAt(start) + text.substring(start + 1);
    };
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
