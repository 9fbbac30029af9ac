package dev.assay.screening.matching;

import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * ICU's Traditional-to-Simplified and Han-to-pinyin results for every character of the CJK Unified
 * Ideographs and Extension A blocks, computed at build time and shipped as a resource ({@code
 * screening/matching/han-table.bin}, gzip). Building ICU's two Han transliterators costs close to
 * half a second of every command's start-up (their rule sets are large), and the shipped Chinese
 * lists need them on every command; the table is read in a few milliseconds. A test checks the
 * shipped table against ICU character by character, so it cannot drift from what ICU would say.
 * Characters outside the blocks still go to ICU.
 */
final class HanTable {
  static final int FIRST = 0x3400;
  static final int LAST = 0x9FFF;
  static final String RESOURCE = "/screening/matching/han-table.bin";
  private static final int MAGIC = 0x48414E31; // "HAN1"

  private final int[] simplified;
  private final String[] pinyin;

  private HanTable(int[] simplified, String[] pinyin) {
    this.simplified = simplified;
    this.pinyin = pinyin;
  }

  static boolean covers(int cp) {
    return cp >= FIRST && cp <= LAST;
  }

  int simplified(int cp) {
    return simplified[cp - FIRST];
  }

  String pinyin(int cp) {
    return pinyin[cp - FIRST];
  }

  /** The shipped table, read once on first use. */
  static HanTable shipped() {
    return Holder.TABLE;
  }

  private static final class Holder {
    static final HanTable TABLE = read();
  }

  private static HanTable read() {
    try (InputStream raw = HanTable.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      DataInputStream in =
          new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
      if (in.readInt() != MAGIC || in.readInt() != FIRST || in.readInt() != LAST) {
        throw new IllegalStateException(RESOURCE + ": not a Han table for this version");
      }
      String[] syllables = new String[in.readInt()];
      for (int i = 0; i < syllables.length; i++) {
        syllables[i] = in.readUTF();
      }
      int n = LAST - FIRST + 1;
      int[] simplified = new int[n];
      String[] pinyin = new String[n];
      for (int i = 0; i < n; i++) {
        simplified[i] = FIRST + i + in.readInt();
        pinyin[i] = syllables[in.readUnsignedShort()];
      }
      return new HanTable(simplified, pinyin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table as ICU makes it now: what the shipped resource must equal. */
  static byte[] generate() {
    Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    Transliterator toLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    int n = LAST - FIRST + 1;
    int[] delta = new int[n];
    int[] syllable = new int[n];
    Map<String, Integer> ids = new HashMap<>();
    List<String> syllables = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int cp = FIRST + i;
      String s = toSimplified.transliterate(Character.toString(cp));
      int simple = s.codePointCount(0, s.length()) == 1 ? s.codePointAt(0) : cp;
      delta[i] = simple - cp;
      String p = Scripts.lettersOnly(toLatin.transliterate(Character.toString(cp)));
      syllable[i] =
          ids.computeIfAbsent(
              p,
              k -> {
                syllables.add(k);
                return syllables.size() - 1;
              });
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out =
          new DataOutputStream(
              new GZIPOutputStream(bytes) {
                {
                  // The same bytes on every run: no time stamp in the gzip header.
                  def.setLevel(9);
                }
              })) {
        out.writeInt(MAGIC);
        out.writeInt(FIRST);
        out.writeInt(LAST);
        out.writeInt(syllables.size());
        for (String s : syllables) {
          out.writeUTF(s);
        }
        for (int i = 0; i < n; i++) {
          out.writeInt(delta[i]);
          out.writeShort(syllable[i]);
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the table for the resources: {@code HanTable FILE}. */
  public static void main(String[] args) throws IOException {
    java.nio.file.Files.write(java.nio.file.Path.of(args[0]), generate());
  }
}
