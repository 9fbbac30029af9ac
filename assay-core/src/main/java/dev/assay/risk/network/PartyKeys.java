package dev.assay.risk.network;

import dev.assay.declaration.Party;
import dev.assay.lexicon.GoodsText;
import dev.assay.risk.state.StateBounds;
import dev.assay.screening.matching.NameNormalizer;
import dev.assay.screening.matching.NameToken;
import dev.assay.screening.matching.NormalizedName;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the risk engine recognises an overseas party across declarations: its name normalised the way
 * party screening does it (so "NORANTEX METALS INC." and "Norantex Metals Inc" are one party), its
 * brand (the distinctive word of the name, so that "Norantex Industries (Thailand) Co., Ltd." and
 * "Norantex &amp; Essen Inc" meet) and its address without case, blanks or punctuation. Normalising
 * a name costs microseconds, so each name as written is normalised once; the cache is cleared when
 * it grows past a bound, which keeps memory flat on endless streams. Thread-safe.
 */
public final class PartyKeys {
  private static final int MIN_BRAND_LENGTH = 3;

  private final NameNormalizer normalizer;
  private final int maxCached;
  private final ConcurrentHashMap<String, Name> names = new ConcurrentHashMap<>();

  /**
   * Each party as written, identified once: declarations repeat their parties, and normalising an
   * address costs as much as a name. The same key strings come back every time, so the network's
   * lookups compare them by reference.
   */
  private final ConcurrentHashMap<Party, Identity> identities = new ConcurrentHashMap<>();

  public PartyKeys(NameNormalizer normalizer) {
    this(normalizer, StateBounds.PARTY_IDENTITIES);
  }

  /**
   * @param maxCached the most parties, and the most names, remembered; past it each cache is
   *     emptied and fills again
   */
  public PartyKeys(NameNormalizer normalizer, int maxCached) {
    if (maxCached < 1) {
      throw new IllegalArgumentException("the caches keep at least 1 entry, got " + maxCached);
    }
    this.normalizer = normalizer;
    this.maxCached = maxCached;
  }

  /** How many parties as written, and names, are remembered now (for tests and reports). */
  public int cachedParties() {
    return identities.size();
  }

  public int cachedNames() {
    return names.size();
  }

  public static PartyKeys standard() {
    return new PartyKeys(NameNormalizer.standard());
  }

  /** The normalised name and brand of a company name as written. */
  public record Name(String key, Optional<String> brand) {}

  /** A party's identity: normalised name, brand and address key, each within its country. */
  public record Identity(String nameKey, Optional<String> brand, Optional<String> addressKey) {}

  public Identity of(Party party) {
    Identity known = identities.get(party);
    if (known == null) {
      if (identities.size() >= maxCached) {
        identities.clear();
      }
      known = identify(party);
      identities.put(party, known);
    }
    return known;
  }

  private Identity identify(Party party) {
    Name name = name(party.name());
    String country = party.country() == null ? "" : party.country().value();
    String address = address(party.address());
    return new Identity(
        name.key() + "|" + country,
        name.brand(),
        address.isEmpty() ? Optional.empty() : Optional.of(address + "|" + country));
  }

  public Name name(String written) {
    Name name = names.get(written);
    if (name == null) {
      if (names.size() >= maxCached) {
        names.clear();
      }
      name = compute(written);
      names.put(written, name);
    }
    return name;
  }

  private Name compute(String written) {
    NormalizedName normalized = normalizer.normalize(written);
    String brand = null;
    for (NameToken token : normalized.tokens()) {
      // Han pairs overlap ("luoke", "kexi"): none of them alone is a brand.
      if (!token.generic()
          && !token.script().equals("Han")
          && token.text().length() >= MIN_BRAND_LENGTH
          && !isDigits(token.text())) {
        brand = token.text();
        break;
      }
    }
    String key = normalized.isEmpty() ? GoodsText.normalize(written) : normalized.text();
    return new Name(key, Optional.ofNullable(brand));
  }

  /** An address as compared: lower case, letters and digits only, words one blank apart. */
  public static String address(String written) {
    String text = GoodsText.normalize(written);
    StringBuilder out = new StringBuilder(text.length());
    boolean blank = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (blank && !out.isEmpty()) {
          out.append(' ');
        }
        blank = false;
        out.append(c);
      } else {
        blank = true;
      }
    }
    return out.toString();
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
