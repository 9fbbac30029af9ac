package dev.assay.screening.decisions;

import dev.assay.screening.ScreenedParty;
import dev.assay.screening.matching.NameNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a screened party for decisions: its name as the matcher compares it (so case,
 * punctuation, legal form and script do not make a new party) and its country. When either changes,
 * the party has changed and earlier dismissals no longer apply to it.
 */
public final class PartyKey {
  private PartyKey() {}

  public static String of(ScreenedParty party, NameNormalizer normalizer) {
    String text =
        normalizer.normalize(party.name()).text()
            + "|"
            + party.country().map(Object::toString).orElse("");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
