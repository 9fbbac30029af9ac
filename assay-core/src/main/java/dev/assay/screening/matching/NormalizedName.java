package dev.assay.screening.matching;

import java.util.List;

/**
 * A name made ready for comparison: its words in Latin letters, without legal forms and stop words,
 * abbreviations expanded, Han as pinyin character pairs; and its compact form, all words run
 * together, that catches names spaced differently ("IronMountain" and "Iron Mountain").
 *
 * @param ignored the legal forms and stop words taken out, for explanations
 * @param forms the classes of the legal forms taken out ("AG", "OOO"), to compare them
 */
public record NormalizedName(
    String original,
    List<NameToken> tokens,
    String compact,
    List<String> ignored,
    List<Vocabulary.LegalForm> forms) {

  public NormalizedName {
    tokens = List.copyOf(tokens);
    ignored = List.copyOf(ignored);
    forms = List.copyOf(forms);
  }

  public NormalizedName(
      String original, List<NameToken> tokens, String compact, List<String> ignored) {
    this(original, tokens, compact, ignored, List.of());
  }

  /**
   * The legal forms of the two names when both have one and none of one is compatible with any of
   * the other ("Bank AG", "Bank GmbH"); null otherwise.
   */
  public String formConflict(NormalizedName other) {
    if (forms.isEmpty() || other.forms.isEmpty()) {
      return null;
    }
    for (Vocabulary.LegalForm a : forms) {
      for (Vocabulary.LegalForm b : other.forms) {
        if (a.compatible(b)) {
          return null;
        }
      }
    }
    return forms.getFirst() + " vs " + other.forms.getFirst();
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  /** The sum of the weights of the words. */
  public double weight() {
    double w = 0;
    for (NameToken t : tokens) {
      w += t.weight();
    }
    return w;
  }

  /**
   * The first letters of the words written in Latin, e.g. "gdls" for General Dynamics Land Systems.
   */
  public String initials() {
    StringBuilder b = new StringBuilder(tokens.size());
    for (NameToken t : tokens) {
      if (t.script().equals("Latin") && !t.text().isEmpty()) {
        char c = t.text().charAt(0);
        // A number written as a word ("Red Six Solutions", compared as 6) keeps its letter here:
        // initials are taken from the words as written.
        if (Character.isDigit(c)
            && !t.written().isEmpty()
            && Character.isLetter(t.written().charAt(0))) {
          c = Character.toLowerCase(t.written().charAt(0));
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The words as compared, sorted, separated by blanks: the same for the same words in any order,
   * so that retrieval finds a name written in another word order by one lookup.
   */
  public String orderFreeKey() {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    java.util.Arrays.sort(words);
    return String.join(" ", words);
  }

  /** The words as compared, separated by blanks. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (NameToken t : tokens) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(t.text());
    }
    return b.toString();
  }
}
