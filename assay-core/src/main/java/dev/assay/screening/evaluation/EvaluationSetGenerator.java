package dev.assay.screening.evaluation;

import com.ibm.icu.text.Transliterator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyName;
import dev.assay.screening.RestrictedList;
import dev.assay.screening.matching.Vocabulary;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the labelled evaluation set from the shipped lists, reproducibly from a seed: for each
 * entity, true variants of its names (its Chinese name, its English name, Traditional characters,
 * pinyin, a typo, another word order, another legal form, case and full-width forms, abbreviations)
 * and hard negatives (a distinctive word replaced, a sibling that does not exist, generic words
 * only, Chinese names with other characters); plus the hand-written romanizations of the
 * multi-script watch list; and a set of clean everyday company names for the false-positive rate.
 *
 * <p>Run {@code main} to write {@code labelled-pairs.csv} and {@code clean-names.csv}; a test
 * checks that the shipped files are exactly what the generator makes.
 */
public final class EvaluationSetGenerator {
  public static final long SEED = 20260301L;
  static final int CLEAN_NAMES = 1000;

  private static final Pattern LEGAL_TAIL =
      Pattern.compile(
          "(?i)(,?\\s+(inc\\.?|llc|corporation|corp\\.?|co\\.,? ?ltd\\.?|co\\.?|limited partnership|limited|ltd\\.?|kk|sp zo\\.o))+$");
  private static final String[] LEGAL_FORMS = {
    " GmbH",
    " Ltd.",
    " LLC",
    " S.A.",
    " Co., Ltd.",
    " Corp.",
    " Inc.",
    " OOO",
    " Sdn. Bhd.",
    " B.V.",
    " Limited"
  };
  private static final String[] CHINESE_FORMS = {"有限公司", "股份有限公司", "有限责任公司"};
  private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

  static {
    String[][] a = {
      {"International", "Intl"}, {"Technologies", "Tech."}, {"Technology", "Tech"},
      {"Systems", "Sys."}, {"Engineering", "Eng."}, {"Laboratories", "Labs"},
      {"Laboratory", "Lab"}, {"Corporation", "Corp."}, {"Management", "Mgmt"},
      {"Industries", "Indus."}, {"Electronics", "Elec."}, {"Company", "Co."},
      {"Defense", "Def."}, {"Aerospace", "Aerosp."}, {"Operations", "Ops."},
      {"Communications", "Comms."}, {"Institute", "Inst."}, {"General", "Gen."},
      {"Enterprises", "Ents."}, {"Holdings", "Hldgs"}
    };
    for (String[] p : a) {
      ABBREVIATIONS.put(p[0], p[1]);
    }
  }

  /** Replacement words for hard negatives: ordinary words absent from the lists. */
  private static final String[] OTHER_WORDS = {
    "Harbor", "Crescent", "Falcon", "Meridian", "Silverline", "Northgate", "Bluewater", "Redwood",
    "Keystone", "Ironbridge", "Lakeshore", "Granite", "Sequoia", "Orchard", "Beacon", "Cobalt",
    "Windmill", "Copperfield", "Evergreen", "Highland"
  };

  private static final String[] OTHER_HAN = {
    "华", "信", "东", "方", "宏", "远", "金", "星", "德", "瑞", "海", "恒"
  };

  private final Random random;
  private final Set<String> generic;
  private final Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
  private final Transliterator toPinyin = Transliterator.getInstance("Han-Latin; Latin-ASCII");

  public EvaluationSetGenerator(long seed) {
    this.random = new Random(seed);
    this.generic = Vocabulary.bundled().genericWords();
  }

  /** The labelled pairs, as the CSV file ships them. */
  public String labelledPairs() {
    List<LabelledPair> pairs = new ArrayList<>();
    Set<String> seenEntities = new HashSet<>();
    for (RestrictedList list : EvaluationData.generatedSetLists()) {
      for (ListedParty e : list.entries()) {
        String english = e.nameIn("en").map(PartyName::text).orElse(null);
        String chinese = e.nameIn("zh").map(PartyName::text).orElse(null);
        if (list.id().equals(EvaluationData.WATCHLIST_ID)) {
          english =
              e.names().stream()
                  .filter(n -> isLatin(n.text()))
                  .map(PartyName::text)
                  .findFirst()
                  .orElse(null);
          chinese =
              e.names().stream()
                  .filter(n -> hasHan(n.text()))
                  .map(PartyName::text)
                  .findFirst()
                  .orElse(null);
        }
        // Both Chinese lists name many of the same entities; one set of variants per entity.
        if (!seenEntities.add(english + "|" + chinese)) {
          continue;
        }
        variants(e, english, chinese, pairs);
      }
    }
    for (String[] r : EvaluationData.romanizations()) {
      pairs.add(new LabelledPair(r[1], r[2], EvaluationData.WATCHLIST_ID + ":" + r[0], true, r[3]));
    }
    StringWriter out = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
      csv.writeRecord("query", "country", "entry", "label", "variant");
      for (LabelledPair p : pairs) {
        csv.writeRecord(
            p.query(), p.country(), p.entryKey(), p.match() ? "match" : "no-match", p.variant());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void variants(ListedParty e, String english, String chinese, List<LabelledPair> out) {
    String key = e.key();
    if (chinese != null) {
      out.add(pair(chinese, key, true, "chinese-name"));
      String traditional = toTraditional.transliterate(chinese);
      if (!traditional.equals(chinese)) {
        out.add(pair(traditional, key, true, "traditional-chinese"));
      }
      if (!hasKana(chinese)) {
        out.add(pair(pinyin(chinese), key, true, "pinyin"));
      }
      out.add(pair(chineseLegalForm(chinese), key, true, "legal-form"));
      String other = otherHan(chinese);
      if (other != null) {
        out.add(pair(other, key, false, "chinese-other-characters"));
      }
    }
    if (english == null) {
      return;
    }
    out.add(pair(english, key, true, "english-name"));
    String core = LEGAL_TAIL.matcher(english).replaceAll("").strip();
    List<String> words = new ArrayList<>(List.of(core.split("[\\s/]+")));
    typo(words).ifPresent(t -> out.add(pair(t, key, true, "typo")));
    if (words.size() >= 2) {
      List<String> reordered = new ArrayList<>(words);
      while (reordered.equals(words)) {
        java.util.Collections.shuffle(reordered, random);
      }
      out.add(pair(String.join(" ", reordered) + tail(english, core), key, true, "word-order"));
    }
    out.add(pair(core + LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)], key, true, "legal-form"));
    out.add(
        pair(
            random.nextBoolean()
                ? fullWidth(english.toUpperCase(Locale.ROOT))
                : english.toUpperCase(Locale.ROOT).replace(' ', '-') + ".",
            key,
            true,
            "case-width-punctuation"));
    abbreviate(words).ifPresent(a -> out.add(pair(a, key, true, "abbreviation")));
    List<Integer> distinctive = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!generic.contains(singular(words.get(i).toLowerCase(Locale.ROOT)))
          && words.get(i).length() > 1) {
        distinctive.add(i);
      }
    }
    if (!distinctive.isEmpty()) {
      List<String> replaced = new ArrayList<>(words);
      for (int k = 0; k < Math.max(1, distinctive.size() / 2); k++) {
        replaced.set(distinctive.get(k), OTHER_WORDS[random.nextInt(OTHER_WORDS.length)]);
      }
      out.add(
          pair(
              String.join(" ", replaced) + tail(english, core),
              key,
              false,
              "distinctive-word-replaced"));
    }
    if (distinctive.size() >= 2) {
      // A sibling that does not exist: the last half of the distinctive words are other words.
      List<String> sibling = new ArrayList<>(words);
      for (int k = distinctive.size() / 2; k < distinctive.size(); k++) {
        sibling.set(distinctive.get(k), OTHER_WORDS[random.nextInt(OTHER_WORDS.length)]);
      }
      out.add(pair(String.join(" ", sibling), key, false, "sibling"));
    }
    List<String> genericWords =
        words.stream().filter(w -> generic.contains(singular(w.toLowerCase(Locale.ROOT)))).toList();
    if (!genericWords.isEmpty()) {
      String g = genericWords.get(random.nextInt(genericWords.size()));
      String[] fillers = {"Trading", "International", "Global", "Industrial", "Supply"};
      String filler = fillers[random.nextInt(fillers.length)];
      out.add(
          pair(
              g + " " + (filler.equalsIgnoreCase(g) ? "Group" : filler) + " Co., Ltd.",
              key,
              false,
              "common-words"));
    }
  }

  private static LabelledPair pair(String query, String key, boolean match, String variant) {
    return new LabelledPair(query, "", key, match, variant);
  }

  private java.util.Optional<String> typo(List<String> words) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).length() >= 5 && words.get(i).chars().allMatch(Character::isLetter)) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return java.util.Optional.empty();
    }
    int w = candidates.get(random.nextInt(candidates.size()));
    StringBuilder word = new StringBuilder(words.get(w));
    int pos = 1 + random.nextInt(word.length() - 2);
    switch (random.nextInt(4)) {
      case 0 -> word.setCharAt(pos, (char) ('a' + random.nextInt(26)));
      case 1 -> {
        char c = word.charAt(pos);
        word.setCharAt(pos, word.charAt(pos + 1));
        word.setCharAt(pos + 1, c);
      }
      case 2 -> word.deleteCharAt(pos);
      default -> word.insert(pos, word.charAt(pos));
    }
    List<String> copy = new ArrayList<>(words);
    copy.set(w, word.toString());
    return java.util.Optional.of(String.join(" ", copy));
  }

  private java.util.Optional<String> abbreviate(List<String> words) {
    List<String> copy = new ArrayList<>(words);
    boolean changed = false;
    for (int i = 0; i < copy.size(); i++) {
      String abbreviation = ABBREVIATIONS.get(copy.get(i));
      if (abbreviation != null) {
        copy.set(i, abbreviation);
        changed = true;
      }
    }
    List<String> content =
        words.stream()
            .filter(
                w ->
                    !Set.of("and", "of", "for", "the", "&", "by")
                        .contains(w.toLowerCase(Locale.ROOT)))
            .toList();
    if (!changed && content.size() >= 3) {
      StringBuilder initials = new StringBuilder();
      for (String w : content) {
        initials.append(Character.toUpperCase(w.charAt(0)));
      }
      return java.util.Optional.of(initials.toString());
    }
    return changed ? java.util.Optional.of(String.join(" ", copy)) : java.util.Optional.empty();
  }

  private String pinyin(String chinese) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < chinese.length(); ) {
      int cp = chinese.codePointAt(i);
      String s = Character.toString(cp);
      if (hasHan(s)) {
        String p = toPinyin.transliterate(s).replaceAll("[^A-Za-z]", "");
        // Pinyin is written syllable by syllable or run together, both are seen.
        if (!b.isEmpty() && b.charAt(b.length() - 1) != ' ' && random.nextInt(3) > 0) {
          b.append(' ');
        }
        b.append(b.isEmpty() || b.charAt(b.length() - 1) == ' ' ? capitalize(p) : p);
      } else {
        b.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return b.toString().replaceAll("\\s+", " ").strip();
  }

  private String chineseLegalForm(String chinese) {
    String base =
        chinese.endsWith("股份有限公司")
            ? chinese.substring(0, chinese.length() - 6)
            : chinese.endsWith("有限公司")
                ? chinese.substring(0, chinese.length() - 4)
                : chinese.endsWith("公司") ? chinese.substring(0, chinese.length() - 2) : chinese;
    return base + CHINESE_FORMS[random.nextInt(CHINESE_FORMS.length)];
  }

  /**
   * Another company's Chinese name sharing the end of this one: the first half of the Han
   * characters before the legal form are other characters. None when the name has fewer than four
   * Han characters besides its legal form (replacing them would leave the same name).
   */
  private String otherHan(String chinese) {
    String base = chinese.replaceAll("(股份有限公司|有限公司|公司)$", "");
    int[] cps = base.codePoints().toArray();
    List<Integer> han = new ArrayList<>();
    for (int i = 0; i < cps.length; i++) {
      if (hasHan(Character.toString(cps[i]))) {
        han.add(i);
      }
    }
    if (han.size() < 4) {
      return null;
    }
    int[] copy = cps.clone();
    for (int k : han.subList(0, (han.size() + 1) / 2)) {
      String replacement;
      do {
        replacement = OTHER_HAN[random.nextInt(OTHER_HAN.length)];
      } while (replacement.codePointAt(0) == cps[k]);
      copy[k] = replacement.codePointAt(0);
    }
    return new String(copy, 0, copy.length) + chinese.substring(base.length());
  }

  private static boolean hasKana(String s) {
    return s.codePoints()
        .anyMatch(
            cp ->
                Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA);
  }

  private static String tail(String full, String core) {
    return full.length() > core.length() ? full.substring(core.length()) : "";
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c > ' ' && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c == ' ' ? '\u3000' : c);
    }
    return b.toString();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String singular(String w) {
    return w.endsWith("ies")
        ? w.substring(0, w.length() - 3) + "y"
        : w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
  }

  static boolean hasHan(String s) {
    return s.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  static boolean isLatin(String s) {
    return s.codePoints()
        .filter(Character::isLetter)
        .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
  }

  /** Clean everyday company names, none of them on any list, as the CSV file ships them. */
  public String cleanNames() {
    String[] cities = {
      "Ningbo",
      "Yiwu",
      "Dongguan",
      "Foshan",
      "Hamburg",
      "Rotterdam",
      "Antwerp",
      "Busan",
      "Osaka",
      "Mumbai",
      "Chennai",
      "Dubai",
      "Lagos",
      "Mombasa",
      "Santos",
      "Haiphong",
      "Penang",
      "Surabaya",
      "Izmir",
      "Gdansk",
      "Genoa",
      "Marseille",
      "Valencia",
      "Savannah",
      "Vancouver",
      "Melbourne",
      "Durban",
      "Karachi",
      "Chittagong",
      "Colombo"
    };
    String[] industries = {
      "Textiles",
      "Garments",
      "Furniture",
      "Foods",
      "Auto Parts",
      "Electronics",
      "Logistics",
      "Plastics",
      "Ceramics",
      "Packaging",
      "Paper",
      "Toys",
      "Footwear",
      "Hardware",
      "Chemicals",
      "Machinery",
      "Lighting",
      "Pharmaceuticals",
      "Medical Supplies",
      "Solar",
      "Batteries",
      "Cosmetics",
      "Seafood",
      "Agricultural Products",
      "Shipping",
      "Freight",
      "Steel Pipes",
      "Glassware",
      "Home Appliances",
      "Sporting Goods"
    };
    String[] forms = {
      " Co., Ltd.",
      " Ltd.",
      " GmbH",
      " B.V.",
      " LLC",
      " Inc.",
      " S.A.",
      " Pvt. Ltd.",
      " Sdn. Bhd.",
      " K.K.",
      " JSC",
      " S.r.l.",
      " Trading LLC",
      " Import & Export Co."
    };
    String[] syllables = {
      "ver", "tra", "lan", "cor", "mex", "nor", "sun", "bel", "dor", "kin", "mar", "tex", "ron",
      "sol", "vin", "pra", "ga", "li", "to", "ra", "ven", "zen", "al", "ta", "ri", "mo", "ka", "lu"
    };
    String[] zhCities = {
      "宁波", "义乌", "东莞", "佛山", "温州", "泉州", "厦门", "青岛", "天津", "苏州", "无锡", "常州", "绍兴", "台州", "中山"
    };
    String[] zhBrand = {
      "永", "兴", "泰", "盛", "隆", "丰", "鑫", "源", "恒", "达", "富", "利", "嘉", "美", "新", "宝", "安", "康", "福",
      "和"
    };
    String[] zhIndustry = {
      "纺织", "服装", "家具", "食品", "汽车配件", "电子", "物流", "塑料", "陶瓷", "包装", "纸业", "玩具", "鞋业", "五金", "化工",
      "机械", "照明", "医疗器械", "光伏", "家电"
    };
    String[] zhIndustryEn = {
      "Textile",
      "Garment",
      "Furniture",
      "Food",
      "Auto Parts",
      "Electronics",
      "Logistics",
      "Plastic",
      "Ceramics",
      "Packaging"
    };
    StringWriter out = new StringWriter();
    Set<String> seen = new HashSet<>();
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
      csv.writeRecord("name", "country");
      while (seen.size() < CLEAN_NAMES) {
        int kind = random.nextInt(10);
        String name;
        String country = "";
        if (kind < 5) {
          String brand =
              capitalize(
                  syllables[random.nextInt(syllables.length)]
                      + syllables[random.nextInt(syllables.length)]
                      + (random.nextBoolean() ? syllables[random.nextInt(syllables.length)] : ""));
          String city = random.nextBoolean() ? cities[random.nextInt(cities.length)] + " " : "";
          name =
              city
                  + brand
                  + " "
                  + industries[random.nextInt(industries.length)]
                  + forms[random.nextInt(forms.length)];
        } else if (kind < 8) {
          name =
              zhCities[random.nextInt(zhCities.length)]
                  + zhBrand[random.nextInt(zhBrand.length)]
                  + zhBrand[random.nextInt(zhBrand.length)]
                  + zhIndustry[random.nextInt(zhIndustry.length)]
                  + "有限公司";
          country = "CN";
        } else {
          String zh =
              zhCities[random.nextInt(zhCities.length)]
                  + zhBrand[random.nextInt(zhBrand.length)]
                  + zhBrand[random.nextInt(zhBrand.length)];
          name =
              pinyin(zh) + " " + zhIndustryEn[random.nextInt(zhIndustryEn.length)] + " Co., Ltd.";
          country = "CN";
        }
        if (seen.add(name)) {
          csv.writeRecord(name, country);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes labelled-pairs.csv and clean-names.csv into the directory given (default: the core's
   * resources).
   */
  public static void main(String[] args) throws IOException {
    Path dir =
        Path.of(args.length > 0 ? args[0] : "assay-core/src/main/resources/screening/evaluation");
    EvaluationSetGenerator g = new EvaluationSetGenerator(SEED);
    Files.writeString(dir.resolve("labelled-pairs.csv"), g.labelledPairs(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("clean-names.csv"), g.cleanNames(), StandardCharsets.UTF_8);
  }
}
