package dev.assay.screening.ja;

import dev.assay.screening.matching.JapaneseReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Japanese readings by Lucene's Kuromoji (IPADIC): 田中義雄 is タナカ ヨシオ, 大和電子工業 is ヤマト デンシ コウギョウ. Found
 * by the core through {@link java.util.ServiceLoader}; constructing it costs nothing, the
 * dictionary is loaded by the first tokenizer, on the first Japanese name.
 *
 * <p>NORMAL mode: names are cut into the dictionary's words as they are written (SEARCH mode would
 * cut compounds a second time, and the Latin spelling writes each word once). Punctuation is
 * dropped. A word the dictionary does not know (Kuromoji's unknown-word model gives it no reading)
 * is left out unless it is kana, whose reading is itself.
 */
public final class KuromojiReader implements JapaneseReader {
  // A tokenizer is not thread-safe and costs a little to make: one per thread.
  private final ThreadLocal<JapaneseTokenizer> tokenizer =
      ThreadLocal.withInitial(
          () -> new JapaneseTokenizer((UserDictionary) null, true, JapaneseTokenizer.Mode.NORMAL));

  @Override
  public List<String> readings(String text) {
    JapaneseTokenizer t = tokenizer.get();
    List<String> out = new ArrayList<>();
    try {
      t.setReader(new StringReader(text));
      CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
      ReadingAttribute reading = t.addAttribute(ReadingAttribute.class);
      t.reset();
      while (t.incrementToken()) {
        String r = reading.getReading();
        if (r != null && !r.isEmpty()) {
          out.add(r);
        } else if (isKana(term)) {
          out.add(term.toString());
        }
      }
      t.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        t.close();
      } catch (IOException e) {
        // closing a StringReader cannot fail
      }
    }
    return out;
  }

  private static boolean isKana(CharSequence s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      Character.UnicodeBlock b = Character.UnicodeBlock.of(s.charAt(i));
      if (b != Character.UnicodeBlock.HIRAGANA && b != Character.UnicodeBlock.KATAKANA) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String version() {
    return "kuromoji-ipadic-1";
  }
}
