package dev.assay.selection;

/**
 * A reproducible uniform draw per declaration: the same declaration id and seed always give the
 * same number, whatever order or machine the declarations are screened in, so a random selection
 * can be replayed and audited.
 */
final class RandomDraw {
  private RandomDraw() {}

  /** A number in [0, 1) from a 64-bit FNV-1a hash of the id, mixed with the seed (SplitMix64). */
  static double of(String declarationId, long seed) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < declarationId.length(); i++) {
      h ^= declarationId.charAt(i);
      h *= 0x100000001b3L;
    }
    long z = h ^ (seed * 0x9e3779b97f4a7c15L);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    z ^= z >>> 31;
    return (z >>> 11) * 0x1.0p-53;
  }
}
