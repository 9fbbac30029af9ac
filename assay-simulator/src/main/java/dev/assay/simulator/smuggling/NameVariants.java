package dev.assay.simulator.smuggling;

import dev.assay.simulator.Draws;
import dev.assay.simulator.reference.RestrictedParty;
import dev.assay.simulator.trade.GoodsText;
import java.util.Locale;

/**
 * The names under which a restricted party appears on a declaration: as listed, or changed the way
 * names drift on trade documents (punctuation, legal form, abbreviations, the Chinese name the list
 * gives), and at the hardest level with typos and several changes at once. An exact-match screen
 * catches only the first kind.
 */
public final class NameVariants {
  private static final String[][] LEGAL_FORMS = {
    {"Inc.", "Incorporated"}, {"Inc.", "INC"}, {"Corporation", "Corp."}, {"Corporation", "Corp"},
    {"LLC", "L.L.C."}, {"Co., Ltd.", "Company Limited"}, {"Limited", "Ltd"}, {"Company", "Co."}
  };
  private static final String[][] ABBREVIATIONS = {
    {"International", "Intl"},
    {"Technologies", "Technology"},
    {"Technologies", "Tech"},
    {"Systems", "Sys"},
    {"Aerospace", "Aero"},
    {"Engineering", "Eng."},
    {"Laboratories", "Labs"},
    {" & ", " and "},
    {" and ", " & "},
    {"Industries", "Ind."},
    {"Defense", "Defence"},
    {"Solutions", "Sol."},
    {"Management", "Mgmt"},
    {"Communications", "Comms"}
  };

  private NameVariants() {}

  /** A variant of the party's name; {@code level} as {@link dev.assay.simulator.Difficulty}. */
  public static String of(RestrictedParty party, int level, Draws draws) {
    String name = party.nameEn();
    int kinds = level == 0 ? 3 : level == 1 ? 8 : 11;
    int kind = draws.below(kinds);
    String variant =
        switch (kind) {
          case 0 -> name;
          case 1 -> name.toUpperCase(Locale.ROOT);
          case 2 -> party.nameZh();
          case 3 -> withoutPunctuation(name);
          case 4 -> replaceFirst(name, LEGAL_FORMS, draws, true);
          case 5 -> replaceFirst(name, ABBREVIATIONS, draws, false);
          case 6 -> party.nameZh() + " " + name;
          case 7 ->
              name + draws.pick(new String[] {" (USA)", " - Procurement", " c/o Logistics Dept."});
          case 8 -> GoodsText.typo(name, draws);
          case 9 ->
              GoodsText.typo(
                  withoutPunctuation(replaceFirst(name, ABBREVIATIONS, draws, false)), draws);
          default -> spacedOut(name, draws);
        };
    return variant.isBlank() ? name : variant.strip();
  }

  static String withoutPunctuation(String name) {
    return name.replaceAll("[.,&'/]", " ").replaceAll("\\s+", " ").strip();
  }

  private static String replaceFirst(
      String name, String[][] pairs, Draws draws, boolean dropIfNone) {
    int start = draws.below(pairs.length);
    for (int i = 0; i < pairs.length; i++) {
      String[] pair = pairs[(start + i) % pairs.length];
      if (name.contains(pair[0])) {
        return name.replace(pair[0], pair[1]);
      }
    }
    if (dropIfNone) {
      int comma = name.lastIndexOf(',');
      return comma > 0 ? name.substring(0, comma) : name + " Inc";
    }
    return name.toLowerCase(Locale.ROOT);
  }

  /** A word split in two, as optical character recognition or hasty typing does. */
  private static String spacedOut(String name, Draws draws) {
    int space = name.indexOf(' ');
    int end = space > 3 ? space : name.length();
    if (end < 4) {
      return name;
    }
    int cut = draws.between(2, end - 2);
    return name.substring(0, cut) + " " + name.substring(cut);
  }
}
