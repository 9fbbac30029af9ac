package dev.assay.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assay.lexicon.MineralMention.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the controlled minerals a goods description names: in English, Chinese (simplified or
 * traditional) or pinyin, by trade name, by chemical symbol in a formula, or misspelt by one
 * letter; robust to case, spacing and full-width characters. The words are data ({@code
 * lexicon/minerals.yaml}). Immutable and thread-safe.
 */
public final class MineralLexicon {
  /** Latin names shorter than this are matched exactly only: "indium" is one edit from "indian". */
  private static final int MIN_TYPO_LENGTH = 7;

  private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s,;/()\\[\\]:+&]+");
  private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?%?|[2-9][Nn]\\d?");

  /**
   * Words that say an element was put into the goods ("grain-boundary Tb diffused", "Dy-doped"):
   * beside a lone symbol they make it a statement of content, as an amount does. "Bearing" is not
   * one of them: it is also a product ("In bearing housings").
   */
  private static final Set<String> CONTENT_WORDS =
      Set.of("diffused", "diffusion", "doped", "added", "containing", "enriched", "infiltrated");

  private record Term(String mineral, String text, Kind kind, String[] words, double purityFloor) {}

  private final Map<String, List<Term>> byFirstWord = new HashMap<>();
  private final Map<String, Term> hanTerms = new HashMap<>();
  private final Map<String, List<Term>> typoNeighbours = new HashMap<>();

  /**
   * First and last three letters of the names typos are looked for: one edit in a word of seven
   * letters or more leaves one of them intact, so a word with neither is no typo of any name.
   */
  private final Set<String> typoAnchors = new HashSet<>();

  /** Words one letter from a name that are words of their own ("erbium" is not "terbium"). */
  private final Set<String> notTypos = new HashSet<>();

  private final Map<String, String> symbols = new HashMap<>();
  private final Map<String, List<String>> exceptions = new HashMap<>();

  /** Each mineral's names in normal form, to read a denial of them ({@link Qualifiers}). */
  private final Map<String, List<String>> namesByMineral = new HashMap<>();

  private final Map<String, Double> formulaPurityFloors = new HashMap<>();
  private int longestHanTerm;

  private MineralLexicon() {}

  public static MineralLexicon bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final MineralLexicon BUNDLED = load();

    private static MineralLexicon load() {
      try (InputStream in = MineralLexicon.class.getResourceAsStream("/lexicon/minerals.yaml")) {
        return parse(in, "lexicon/minerals.yaml");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static MineralLexicon parse(InputStream in, String file) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
    MineralLexicon lexicon = new MineralLexicon();
    int n = 0;
    for (JsonNode entry : root) {
      n++;
      String mineral = LexiconFields.text(entry, "mineral", file, n);
      LexiconFields.text(entry, "source", file, n);
      Map<String, Double> floors = new HashMap<>();
      for (JsonNode floor : entry.path("purity_floor_terms")) {
        floors.put(
            GoodsText.normalize(floor.path("term").asText()),
            floor.path("purity_floor").asDouble());
      }
      for (String name : LexiconFields.list(entry, "names", file, n)) {
        lexicon.add(mineral, name, Kind.NAME, floors);
        lexicon
            .namesByMineral
            .computeIfAbsent(mineral, m -> new ArrayList<>())
            .add(GoodsText.normalize(name));
      }
      for (String trade : LexiconFields.list(entry, "trade", file, n)) {
        lexicon.add(mineral, trade, Kind.TRADE_NAME, floors);
      }
      for (String symbol : LexiconFields.list(entry, "symbols", file, n)) {
        if (!ChemicalFormulas.isElement(symbol)) {
          throw new IllegalArgumentException(
              file + ": entry " + n + ": '" + symbol + "' is not a chemical symbol");
        }
        lexicon.symbols.put(symbol, mineral);
      }
      for (String word : LexiconFields.list(entry, "not_typos", file, n)) {
        lexicon.notTypos.add(GoodsText.normalize(word));
      }
      for (String phrase : LexiconFields.list(entry, "except", file, n)) {
        lexicon
            .exceptions
            .computeIfAbsent(mineral, m -> new ArrayList<>())
            .add(GoodsText.normalize(phrase));
      }
      floors.forEach(
          (term, floor) -> {
            if (term.chars().allMatch(c -> c < 128)) {
              lexicon.formulaPurityFloors.put(term.replace(" ", ""), floor);
            }
          });
    }
    return lexicon;
  }

  private void add(String mineral, String text, Kind kind, Map<String, Double> floors) {
    String normal = GoodsText.normalize(text);
    double floor = floors.getOrDefault(normal, 0.0);
    if (isHan(normal)) {
      hanTerms.put(normal, new Term(mineral, text, kind, new String[] {normal}, floor));
      longestHanTerm = Math.max(longestHanTerm, normal.length());
      return;
    }
    String[] words = Words.split(normal).toArray(String[]::new);
    Term term = new Term(mineral, text, kind, words, floor);
    byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(term);
    if (words.length > 1 && kind == Kind.NAME) {
      // Pinyin and compound names are also written without blanks: "ti ding" as "tiding".
      String joined = String.join("", words);
      byFirstWord
          .computeIfAbsent(joined, w -> new ArrayList<>())
          .add(new Term(mineral, text, kind, new String[] {joined}, floor));
    }
    if (words.length == 1 && kind == Kind.NAME && normal.length() >= MIN_TYPO_LENGTH) {
      typoAnchors.add("<" + normal.substring(0, 3));
      typoAnchors.add(">" + normal.substring(normal.length() - 3));
      for (String neighbour : deletions(normal)) {
        typoNeighbours.computeIfAbsent(neighbour, k -> new ArrayList<>()).add(term);
      }
    }
  }

  /** Every mineral the description names, at most one mention per mineral, strongest first. */
  public List<MineralMention> find(String description) {
    if (description == null || description.isBlank()) {
      return List.of();
    }
    String normal = GoodsText.normalize(description);
    Map<String, MineralMention> found = new LinkedHashMap<>();
    List<String> words = Words.split(normal);
    findNames(words, found, description);
    findHan(normal, found);
    findSymbols(description, found);
    findTypos(words, found);
    if (found.isEmpty()) {
      return List.of();
    }
    found.keySet().removeIf(mineral -> excepted(mineral, normal) || denied(mineral, normal));
    return List.copyOf(found.values());
  }

  private void findNames(
      List<String> words, Map<String, MineralMention> found, String description) {
    int i = 0;
    while (i < words.size()) {
      Term term = longestTermAt(words, i);
      if (term == null) {
        i++;
        continue;
      }
      // A longer term owns its words: "antimony trioxide 99.5%" is the uncontrolled oxide, not a
      // mention of antimony.
      if (meetsPurityFloor(term.purityFloor, description)) {
        String matched = String.join(" ", words.subList(i, i + term.words.length));
        record(found, new MineralMention(term.mineral, term.kind, term.text, matched));
      }
      i += term.words.length;
    }
  }

  private Term longestTermAt(List<String> words, int i) {
    List<Term> candidates = byFirstWord.get(words.get(i));
    if (candidates == null) {
      return null;
    }
    Term longest = null;
    for (Term term : candidates) {
      if (matchesAt(words, i, term.words)
          && (longest == null || term.words.length > longest.words.length)) {
        longest = term;
      }
    }
    return longest;
  }

  private void findHan(String normal, Map<String, MineralMention> found) {
    if (hanTerms.isEmpty()) {
      return;
    }
    int n = normal.length();
    int start = 0;
    while (start < n) {
      Term term = null;
      int end = Math.min(n, start + longestHanTerm);
      if (isHanChar(normal.charAt(start))) {
        for (; end > start; end--) {
          term = hanTerms.get(normal.substring(start, end));
          if (term != null) {
            break;
          }
        }
      }
      if (term == null) {
        start++;
        continue;
      }
      if (meetsPurityFloor(term.purityFloor, normal)) {
        record(
            found,
            new MineralMention(term.mineral, term.kind, term.text, normal.substring(start, end)));
      }
      start = end;
    }
  }

  private void findSymbols(String description, Map<String, MineralMention> found) {
    String text = Normalizer.normalize(description, Normalizer.Form.NFKC);
    String[] tokens = TOKEN_SEPARATORS.split(text);
    for (int i = 0; i < tokens.length; i++) {
      String token = trimPunctuation(tokens[i]);
      if (token.isEmpty() || !hasUpperCase(token)) {
        continue;
      }
      List<String> elements = ChemicalFormulas.elements(token);
      if (elements.isEmpty()
          && ChemicalFormulas.isElement(token)
          && (isAmount(tokens, i - 1)
              || isAmount(tokens, i + 1)
              || isContentWord(tokens, i - 1)
              || isContentWord(tokens, i + 1))) {
        elements = List.of(token);
      }
      int hyphen = token.indexOf('-');
      if (elements.isEmpty()
          && hyphen > 0
          && ChemicalFormulas.isElement(token.substring(0, hyphen))
          && CONTENT_WORDS.contains(token.substring(hyphen + 1).toLowerCase(Locale.ROOT))) {
        elements = List.of(token.substring(0, hyphen));
      }
      Double floor = formulaPurityFloors.get(token.toLowerCase(java.util.Locale.ROOT));
      if (floor != null && !meetsPurityFloor(floor, description)) {
        continue;
      }
      for (String element : elements) {
        String mineral = symbols.get(element);
        if (mineral != null) {
          record(found, new MineralMention(mineral, Kind.SYMBOL, element, token));
        }
      }
    }
  }

  private void findTypos(List<String> words, Map<String, MineralMention> found) {
    for (String word : words) {
      if (word.length() < MIN_TYPO_LENGTH - 1
          || byFirstWord.containsKey(word)
          || notTypos.contains(word)
          || !(typoAnchors.contains("<" + word.substring(0, 3))
              || typoAnchors.contains(">" + word.substring(word.length() - 3)))) {
        continue;
      }
      Set<Term> near = new HashSet<>();
      List<Term> direct = typoNeighbours.get(word);
      if (direct != null) {
        near.addAll(direct);
      }
      for (String deletion : deletions(word)) {
        List<Term> terms = typoNeighbours.get(deletion);
        if (terms != null) {
          near.addAll(terms);
        }
        List<Term> exact = byFirstWord.get(deletion);
        if (exact != null) {
          for (Term t : exact) {
            if (t.words.length == 1 && t.kind == Kind.NAME && t.text.length() >= MIN_TYPO_LENGTH) {
              near.add(t);
            }
          }
        }
      }
      for (Term term : near) {
        record(found, new MineralMention(term.mineral, Kind.TYPO, term.text, word));
      }
    }
  }

  private static void record(Map<String, MineralMention> found, MineralMention mention) {
    MineralMention existing = found.get(mention.mineral());
    if (existing == null || mention.kind().ordinal() < existing.kind().ordinal()) {
      found.put(mention.mineral(), mention);
    }
  }

  /**
   * Whether the description names the mineral only to deny it ("不含镝铽", "Dy 0%, Tb 0%", "free of
   * dysprosium"): not a mention of the content. The same reading as the control list's
   * determination, so a stated absence is one claim to verify (UNLICENSED_CONTROLLED_EXPORT's
   * {@code claimed_absent}), not also a misdeclared mineral.
   */
  private boolean denied(String mineral, String normal) {
    List<String> names = namesByMineral.get(mineral);
    return names != null
        && Qualifiers.read(normal, names.toArray(String[]::new), Qualifiers.symbol(mineral))
            .claimsAbsence();
  }

  private boolean excepted(String mineral, String normal) {
    List<String> phrases = exceptions.get(mineral);
    if (phrases == null) {
      return false;
    }
    for (String phrase : phrases) {
      if (normal.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean meetsPurityFloor(double floor, String description) {
    if (floor <= 0) {
      return true;
    }
    OptionalDouble purity = Purity.of(description);
    return purity.isPresent() && purity.getAsDouble() >= floor;
  }

  private static boolean matchesAt(List<String> words, int i, String[] termWords) {
    if (i + termWords.length > words.size()) {
      return false;
    }
    for (int k = 0; k < termWords.length; k++) {
      if (!words.get(i + k).equals(termWords[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isContentWord(String[] tokens, int i) {
    return i >= 0
        && i < tokens.length
        && CONTENT_WORDS.contains(trimPunctuation(tokens[i]).toLowerCase(Locale.ROOT));
  }

  private static boolean isAmount(String[] tokens, int i) {
    if (i < 0 || i >= tokens.length) {
      return false;
    }
    String t = trimPunctuation(tokens[i]);
    return AMOUNT.matcher(t).matches();
  }

  private static boolean hasUpperCase(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
    }
    return false;
  }

  private static String trimPunctuation(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && ".,:;'\"".indexOf(token.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ".,:;'\"".indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    return token.substring(start, end);
  }

  private static List<String> deletions(String word) {
    List<String> out = new ArrayList<>(word.length());
    for (int i = 0; i < word.length(); i++) {
      out.add(word.substring(0, i) + word.substring(i + 1));
    }
    return out;
  }

  private static boolean isHan(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> isHanChar((char) c));
  }

  private static boolean isHanChar(char c) {
    // Every Han character lies above U+2E80; most goods text is Latin and never gets that far.
    return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
