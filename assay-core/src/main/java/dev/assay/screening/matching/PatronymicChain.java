package dev.assay.screening.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The order of an Arabic patronymic chain. Word order is ignored everywhere else in the scorer
 * (Chinese and Hungarian write the surname first, lists swap given name and surname), but around
 * bin, ibn, bint or ould it says who is whose son: "Salman bin Muhammad" is Muhammad's son,
 * "Muhammad bin Salman" is Salman's. The chain of a name is the word right before its first
 * particle (the person's own name) and the word right after each particle (father, grandfather); a
 * family name written before or after the chain is not part of it, so "Al-Rawi Salman bin Muhammad"
 * and "Salman bin Muhammad Al-Rawi" have one chain.
 */
final class PatronymicChain {

  /**
   * Particles of a patronymic chain in Latin letters, as the normalizer writes them (ibn is bin).
   */
  private static final Set<String> PARTICLES = Set.of("bin", "ibn", "bint", "binti", "ould");

  /** بن and بنت, which the normalizer writes by their consonants. */
  private static final Set<String> ARABIC_PARTICLES = Set.of("bn", "bnt");

  private PatronymicChain() {}

  static boolean particle(NameToken t) {
    return t.script().equals("Arabic")
        ? ARABIC_PARTICLES.contains(t.text())
        : PARTICLES.contains(t.text());
  }

  /**
   * The generation of each word of a name in its chain: 0 for the person's own name, 1 for the
   * father and so on; -1 for words outside the chain; null when the name has no particle.
   */
  static int[] generations(List<NameToken> tokens) {
    int[] out = null;
    int generation = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (!particle(tokens.get(i))) {
        continue;
      }
      if (out == null) {
        out = new int[tokens.size()];
        Arrays.fill(out, -1);
        if (i > 0 && !particle(tokens.get(i - 1))) {
          out[i - 1] = 0;
        }
      }
      generation++;
      if (i + 1 < tokens.size() && !particle(tokens.get(i + 1))) {
        out[i + 1] = generation;
      }
    }
    return out;
  }

  /**
   * The screened words whose pair crosses the other name's chain: a person's own name paired with a
   * father's or grandfather's in the other name, or two pairs of chain words in opposite orders. A
   * generation left out on one side ("Salman bin Ali" for Salman bin Muhammad bin Ali) keeps the
   * order and crosses nothing. Null when nothing crosses or a name has no particle.
   *
   * @param pairQ for each screened word, the index of its listed pair, or -1
   */
  static boolean[] swapped(List<NameToken> q, List<NameToken> a, int[] pairQ) {
    int[] gq = generations(q);
    if (gq == null) {
      return null;
    }
    int[] ga = generations(a);
    if (ga == null) {
      return null;
    }
    boolean[] out = new boolean[q.size()];
    boolean any = false;
    for (int i = 0; i < q.size(); i++) {
      int j = pairQ[i];
      if (j < 0 || gq[i] < 0 || ga[j] < 0) {
        continue;
      }
      if ((gq[i] == 0) != (ga[j] == 0)) {
        out[i] = true;
        any = true;
      }
      for (int k = i + 1; k < q.size(); k++) {
        int l = pairQ[k];
        if (l < 0 || gq[k] < 0 || ga[l] < 0) {
          continue;
        }
        if (Integer.signum(gq[i] - gq[k]) * Integer.signum(ga[j] - ga[l]) < 0) {
          out[i] = true;
          out[k] = true;
          any = true;
        }
      }
    }
    return any ? out : null;
  }
}
