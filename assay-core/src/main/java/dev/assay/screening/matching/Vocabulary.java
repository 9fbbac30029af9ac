package dev.assay.screening.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the matcher reads, as data under {@code screening/matching/}: legal forms, stop
 * words, abbreviations and generic words, in several languages. Officers extend them without
 * touching code.
 *
 * @param suffixForms legal forms after the name, each as its normalized words joined ("coltd")
 * @param prefixForms legal forms that also stand before the name ("ooo", "pt")
 * @param cjkForms Chinese, Japanese and Korean legal forms, removed wherever they stand, longest
 *     first
 * @param cjkStopChars Chinese conjunctions that separate words inside a name (与, 和)
 * @param formClasses the class of each legal form, by its normalized words joined
 * @param nameVariants other spellings and nicknames of given names, each to the spelling compared
 */
public record Vocabulary(
    Set<String> suffixForms,
    Set<String> prefixForms,
    List<String> cjkForms,
    Set<String> stopWords,
    Set<Integer> cjkStopChars,
    Map<String, String> abbreviations,
    Set<String> genericWords,
    Map<String, LegalForm> formClasses,
    Map<String, String> nameVariants) {

  /**
   * A class of legal forms: one legal form in one jurisdiction, however written, and its kind.
   *
   * @param id "AG", "OOO", "CN-LTD"
   * @param kind "stock", "limited", "partnership", "corporation", "sole"
   */
  public record LegalForm(String id, String kind) {
    /** Two forms that can be the same company's: same kind, or a corporation beside a company. */
    public boolean compatible(LegalForm other) {
      if (kind.equals(other.kind)) {
        return true;
      }
      boolean company = Set.of("stock", "limited").contains(kind);
      boolean otherCompany = Set.of("stock", "limited").contains(other.kind);
      return (kind.equals("corporation") && otherCompany)
          || (other.kind.equals("corporation") && company);
    }

    @Override
    public String toString() {
      return id + " (" + kind + ")";
    }
  }

  public Vocabulary(
      Set<String> suffixForms,
      Set<String> prefixForms,
      List<String> cjkForms,
      Set<String> stopWords,
      Set<Integer> cjkStopChars,
      Map<String, String> abbreviations,
      Set<String> genericWords) {
    this(
        suffixForms,
        prefixForms,
        cjkForms,
        stopWords,
        cjkStopChars,
        abbreviations,
        genericWords,
        Map.of(),
        Map.of());
  }

  public Vocabulary {
    formClasses = Map.copyOf(formClasses);
    nameVariants = Map.copyOf(nameVariants);
    suffixForms = Set.copyOf(suffixForms);
    prefixForms = Set.copyOf(prefixForms);
    cjkForms = List.copyOf(cjkForms);
    stopWords = Set.copyOf(stopWords);
    cjkStopChars = Set.copyOf(cjkStopChars);
    abbreviations = Map.copyOf(abbreviations);
    genericWords = Set.copyOf(genericWords);
  }

  /**
   * A hash of the lists' contents that is the same in every run (String, Set, List and Map hashes
   * are defined by their contents), for the fingerprint of saved indexes.
   */
  int contentHash() {
    int h = 1;
    for (Object part :
        List.of(
            suffixForms,
            prefixForms,
            cjkForms,
            stopWords,
            cjkStopChars,
            abbreviations,
            genericWords)) {
      h = 31 * h + part.hashCode();
    }
    return h;
  }

  /** Read once per process: every matcher, normalizer and key builder shares it (immutable). */
  private static volatile Vocabulary bundled;

  /**
   * The lists shipped with Assay, read on first use and shared after. A caller that comes while
   * another thread reads them (the command line's start-up preloading) waits for that reading
   * instead of doing it again; a failed reading is not kept, so the next caller sees the error.
   */
  public static Vocabulary bundled() {
    Vocabulary v = bundled;
    if (v == null) {
      synchronized (Vocabulary.class) {
        v = bundled;
        if (v == null) {
          v = read();
          bundled = v;
        }
      }
    }
    return v;
  }

  /** Reads the shipped lists from the resources. */
  static Vocabulary read() {
    List<String> abbreviationLines = lines("abbreviations.txt");
    Map<String, String> abbreviations = new HashMap<>();
    for (String line : abbreviationLines) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException("abbreviations.txt: expected 'ABBREVIATION WORD': " + line);
      }
      // A word in another script (تجارة, trade) is looked up as the normalizer transliterates it.
      String key =
          parts[0].chars().allMatch(c -> c < 0x80) || Scripts.hasCjk(parts[0])
              ? parts[0]
              : String.join("", Scripts.words(parts[0]));
      abbreviations.put(key.isEmpty() ? parts[0] : key, parts[1]);
    }
    Set<String> generic = new HashSet<>(lines("generic-words.txt"));
    // Common given names weigh like generic words; their spellings in other scripts are kept as
    // the normalizer transliterates them (محمد is "mhmd").
    for (String line : lines("common-given-names.txt")) {
      for (String name : line.split("\\s+")) {
        generic.add(String.join("", Scripts.words(name)));
      }
    }
    Set<String> suffix = new HashSet<>();
    Set<String> prefix = new HashSet<>();
    List<String> cjk = new ArrayList<>();
    for (String line : lines("legal-forms.txt")) {
      boolean before = line.startsWith("^");
      String form = before ? line.substring(1) : line;
      if (Scripts.hasCjk(form)) {
        cjk.add(Scripts.simplified(Scripts.foldCase(form)));
        continue;
      }
      String joined = String.join("", comparable(Scripts.words(form), abbreviations, generic));
      if (joined.isEmpty()) {
        continue;
      }
      (before ? prefix : suffix).add(joined);
      if (before) {
        suffix.add(joined);
      }
    }
    Map<String, LegalForm> classes = new HashMap<>();
    for (String line : lines("legal-form-classes.txt")) {
      int colon = line.indexOf(':');
      String[] head = line.substring(0, Math.max(0, colon)).strip().split("\\s+");
      if (colon < 0 || head.length != 2) {
        throw new IllegalStateException(
            "legal-form-classes.txt: expected 'CLASS KIND: form; form': " + line);
      }
      LegalForm form = new LegalForm(head[0], head[1]);
      for (String raw : line.substring(colon + 1).split(";")) {
        String f = raw.strip();
        if (f.isEmpty()) {
          continue;
        }
        boolean before = f.startsWith("^");
        f = before ? f.substring(1) : f;
        if (Scripts.hasCjk(f)) {
          String folded = Scripts.simplified(Scripts.foldCase(f));
          if (!cjk.contains(folded)) {
            cjk.add(folded);
          }
          classes.putIfAbsent(folded, form);
          continue;
        }
        String joined = String.join("", comparable(Scripts.words(f), abbreviations, generic));
        if (joined.isEmpty()) {
          continue;
        }
        classes.putIfAbsent(joined, form);
        suffix.add(joined);
        if (before) {
          prefix.add(joined);
        }
      }
    }
    cjk.sort(Comparator.comparingInt(String::length).reversed());
    Set<String> stop = new HashSet<>();
    Set<Integer> cjkStop = new HashSet<>();
    for (String line : lines("stop-words.txt")) {
      if (Scripts.hasCjk(line)) {
        line.codePoints().forEach(cjkStop::add);
      } else {
        stop.addAll(Scripts.words(line));
      }
    }
    Map<String, String> variants = new HashMap<>();
    for (String line : lines("name-variants.txt")) {
      List<String> spellings = new ArrayList<>();
      for (String w : line.split("\\s+")) {
        List<String> words = Scripts.words(w);
        if (words.size() == 1) {
          spellings.add(NameNormalizer.fold(words.getFirst()));
        }
      }
      for (String v : spellings.subList(1, spellings.size())) {
        // A spelling in two lines (a nickname of two names) keeps its first.
        if (!v.equals(spellings.getFirst())) {
          variants.putIfAbsent(v, spellings.getFirst());
        }
      }
    }
    return new Vocabulary(
        suffix, prefix, cjk, stop, cjkStop, abbreviations, generic, classes, variants);
  }

  /** The words as the normalizer leaves them: abbreviations expanded, plurals singular. */
  private static List<String> comparable(
      List<String> words, Map<String, String> abbreviations, Set<String> generic) {
    // generic is unused today; kept so forms and names stay normalized alike if singulars change
    assert generic != null;
    List<String> result = new ArrayList<>(words.size());
    for (String w : words) {
      result.add(NameNormalizer.singular(abbreviations.getOrDefault(w, w)));
    }
    return result;
  }

  /** The word-list files, for what is computed from them at build time. */
  static final List<String> FILES =
      List.of(
          "legal-forms.txt",
          "legal-form-classes.txt",
          "stop-words.txt",
          "abbreviations.txt",
          "generic-words.txt",
          "common-given-names.txt",
          "name-variants.txt");

  /** The words of a list file: its lines without blank lines and # comments. */
  static List<String> lines(String name) {
    List<String> lines = new ArrayList<>();
    for (String l : strippedLines(name)) {
      if (!l.isEmpty() && !l.startsWith("#")) {
        lines.add(l);
      }
    }
    return lines;
  }

  /**
   * The lines of one section of a list file, from its heading ("# Arabic", case aside) to the next
   * heading: files such as name-variants.txt are in sections by language.
   */
  static List<String> section(String name, String heading) {
    List<String> lines = new ArrayList<>();
    boolean in = false;
    for (String l : strippedLines(name)) {
      if (l.startsWith("#")) {
        in = l.equalsIgnoreCase("# " + heading);
      } else if (in && !l.isEmpty()) {
        lines.add(l);
      }
    }
    return lines;
  }

  private static List<String> strippedLines(String name) {
    String resource = "/screening/matching/" + name;
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> lines = new ArrayList<>();
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line.strip());
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
