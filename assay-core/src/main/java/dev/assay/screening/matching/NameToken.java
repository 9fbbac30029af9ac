package dev.assay.screening.matching;

/**
 * One word of a normalized name, as compared: lower-case ASCII Latin letters and digits.
 *
 * @param text the word as compared ("international", "luoke" for 洛克, "rosoboroneksport")
 * @param written the word as the name writes it ("Int'l", "洛克", "Рособоронэкспорт")
 * @param script the script it was written in ("Latin", "Han", "Cyrillic"), for explanations
 * @param generic a word common to many company names ("trading", "international"): it counts for
 *     less
 * @param abbreviated the name wrote an abbreviation that was expanded ("Intl")
 */
public record NameToken(
    String text, String written, String script, boolean generic, boolean abbreviated) {
  static final double GENERIC_WEIGHT = 0.3;

  /** How much the word counts when names are compared. */
  public double weight() {
    return generic ? GENERIC_WEIGHT : 1.0;
  }

  /** True when the word was written in another script and compared in Latin letters. */
  public boolean transliterated() {
    return !script.equals("Latin") && !script.equals("Common");
  }
}
