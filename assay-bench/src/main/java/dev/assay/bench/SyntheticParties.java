package dev.assay.bench;

import dev.assay.screening.ListedParty;
import dev.assay.screening.NameType;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.RestrictedList;
import dev.assay.screening.lists.ShippedLists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A large restricted-party list and queries against it, made reproducibly from a seed: the shipped
 * Chinese lists plus synthetic companies (invented brand words, trade words, legal forms; a third
 * with a Chinese alias) up to the number of names asked for; queries are true variants of listed
 * names (typo, word order, legal form, case, Chinese alias, abbreviation) and names of companies
 * not on the list built from the same words.
 */
final class SyntheticParties {
  private static final String[] SYLLABLES = {
    "ver", "tra", "lan", "cor", "mex", "nor", "sun", "bel", "dor", "kin", "mar", "tex", "ron",
    "sol", "vin", "pra", "ga", "li", "to", "ra", "ven", "zen", "al", "ta", "ri", "mo", "ka", "lu",
    "quo", "zan", "fel", "gor", "hal", "jin", "kes", "lor", "mun", "nex", "pol", "qua", "rex",
    "sar", "tor", "ul", "vas", "wen", "xa", "yor"
  };
  private static final String[] WORDS = {
    "Trading",
    "Industries",
    "Technologies",
    "Systems",
    "Logistics",
    "Metals",
    "Minerals",
    "Resources",
    "Electronics",
    "Engineering",
    "Holdings",
    "Group",
    "International",
    "Global",
    "Materials",
    "Mining",
    "Energy",
    "Chemicals",
    "Machinery",
    "Shipping",
    "Aerospace",
    "Defense",
    "Solutions",
    "Components",
    "Instruments",
    "Devices",
    "Supply",
    "Partners",
    "Ventures",
    "Capital",
    "Precision",
    "Alloys",
    "Magnetics",
    "Semiconductors",
    "Optics",
    "Photonics",
    "Dynamics",
    "Labs",
    "Research",
    "Marine"
  };
  private static final String[] FORMS = {
    " Co., Ltd.",
    " Ltd.",
    " LLC",
    " Inc.",
    " GmbH",
    " S.A.",
    " B.V.",
    " Corp.",
    " Limited",
    " JSC",
    " OOO",
    ""
  };
  private static final String HAN =
      "华信东方宏远金星德瑞海恒永兴泰盛隆丰鑫源达富利嘉美新宝安康福和中天云龙凤光明辉锦祥顺通广博联创科技精密材料矿业贸易国际集团实业发展电子能源";
  private static final String[] HAN_FORMS = {"有限公司", "股份有限公司", "公司"};

  final List<ListedParty> entries = new ArrayList<>();
  final List<String> queries = new ArrayList<>();

  /** For each query, the key of the entry it is a variant of, or null for a company not listed. */
  final List<String> targets = new ArrayList<>();

  int names;

  SyntheticParties(int totalNames, int queryCount, long seed) {
    Random random = new Random(seed);
    for (RestrictedList list : ShippedLists.chinese()) {
      entries.addAll(list.entries());
      names += list.entries().stream().mapToInt(e -> e.names().size()).sum();
    }
    Set<String> used = new HashSet<>();
    int n = 0;
    while (names < totalNames) {
      String english = companyName(random, 0);
      if (!used.add(core(english))) {
        continue;
      }
      List<PartyName> partyNames = new ArrayList<>();
      partyNames.add(PartyName.primary(english, "en"));
      if (random.nextInt(3) == 0 && names + 2 <= totalNames) {
        partyNames.add(new PartyName(chineseName(random), NameType.ALIAS, "zh"));
      }
      names += partyNames.size();
      entries.add(
          new ListedParty(
              "syn-" + n++,
              "synthetic",
              PartyKind.ORGANIZATION,
              partyNames,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              ""));
    }
    for (int q = 0; q < queryCount; q++) {
      if (q % 2 == 0) {
        ListedParty e = entries.get(random.nextInt(entries.size()));
        PartyName name = e.names().get(random.nextInt(e.names().size()));
        queries.add(variant(name.text(), random));
        targets.add(e.key());
      } else {
        String other;
        do {
          other = companyName(random, 1);
        } while (used.contains(core(other)));
        queries.add(other);
        targets.add(null);
      }
    }
  }

  /**
   * A company name; listed companies (half 0) and unlisted ones (half 1) take their brand syllables
   * from different halves of the syllable table, so an unlisted company is a different company that
   * shares trade words and legal forms, not a typo of a listed one.
   */
  private static String companyName(Random r, int half) {
    StringBuilder b = new StringBuilder();
    int syllables = 2 + r.nextInt(2);
    int size = SYLLABLES.length / 2;
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[half * size + r.nextInt(size)]);
    }
    b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    int words = r.nextInt(3);
    for (int i = 0; i < words; i++) {
      b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b + FORMS[r.nextInt(FORMS.length)];
  }

  private static String chineseName(Random r) {
    StringBuilder b = new StringBuilder();
    int chars = 2 + r.nextInt(4);
    for (int i = 0; i < chars; i++) {
      b.append(HAN.charAt(r.nextInt(HAN.length())));
    }
    return b + HAN_FORMS[r.nextInt(HAN_FORMS.length)];
  }

  private static String core(String name) {
    return name.replaceAll(
            "(,? (Co\\., Ltd\\.|Ltd\\.|LLC|Inc\\.|GmbH|S\\.A\\.|B\\.V\\.|Corp\\.|Limited|JSC|OOO))$",
            "")
        .toLowerCase(Locale.ROOT);
  }

  private static String variant(String name, Random r) {
    if (name.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
      return name;
    }
    List<String> words = new ArrayList<>(List.of(core(name).split(" ")));
    switch (r.nextInt(5)) {
      case 0 -> {
        int w = r.nextInt(words.size());
        String word = words.get(w);
        if (word.length() >= 5) {
          int p = 1 + r.nextInt(word.length() - 2);
          words.set(w, word.substring(0, p) + word.substring(p + 1));
        }
      }
      case 1 -> Collections.shuffle(words, r);
      case 2 -> {
        return String.join(" ", words).toUpperCase(Locale.ROOT);
      }
      case 3 -> {
        return String.join(" ", words) + FORMS[r.nextInt(FORMS.length)];
      }
      default -> {
        for (int i = 0; i < words.size(); i++) {
          if (words.get(i).equals("international")) {
            words.set(i, "intl");
          } else if (words.get(i).equals("technologies")) {
            words.set(i, "tech");
          }
        }
      }
    }
    return String.join(" ", words);
  }
}
