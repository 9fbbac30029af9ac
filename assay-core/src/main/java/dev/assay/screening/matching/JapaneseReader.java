package dev.assay.screening.matching;

import java.util.List;

/**
 * Reads Japanese text (kanji and kana) as it is pronounced: one katakana reading per word. Kanji
 * have Japanese readings that no character table gives (山本 is Yamamoto, not Mandarin "shan ben"):
 * they need a dictionary-based morphological analyzer, which the plain core does not carry. An
 * adapter module provides one ({@code assay-screening-ja}, Lucene's Kuromoji) through {@link
 * java.util.ServiceLoader}; without it, Japanese names are read as before (kana by ICU, kanji as
 * pinyin).
 *
 * <p>Implementations must be cheap to construct: the dictionary is loaded on the first {@link
 * #readings} call, which the matcher makes only for a name that is Japanese.
 */
public interface JapaneseReader {
  /**
   * The words of the text in katakana, in order; a word without a known reading is left out. Empty
   * when nothing could be read.
   */
  List<String> readings(String text);

  /** Names the reader and its dictionary, for the stamp of saved list indexes. */
  String version();
}
