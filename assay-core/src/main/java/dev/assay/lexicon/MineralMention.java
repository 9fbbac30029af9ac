package dev.assay.lexicon;

/**
 * A place where a goods description names a controlled mineral.
 *
 * @param mineral the mineral family, in the control list's words (antimony, dysprosium, ...)
 * @param kind how it was named
 * @param term the lexicon term (or chemical symbol) that matched
 * @param matched the text of the description that matched, as written
 */
public record MineralMention(String mineral, Kind kind, String term, String matched) {

  /** How a description named the mineral; a typo is weaker evidence than an exact name. */
  public enum Kind {
    /** A name in English, Chinese or pinyin. */
    NAME,
    /** A trade name or the name of one of its forms (stibnite, APT, gallium arsenide). */
    TRADE_NAME,
    /** Its chemical symbol inside a formula or alloy notation, or next to a purity. */
    SYMBOL,
    /** A name with one typing error (galium, antimonv). */
    TYPO
  }
}
