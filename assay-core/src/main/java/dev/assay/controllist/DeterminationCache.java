package dev.assay.controllist;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import java.util.Objects;

/**
 * Remembers recent determinations of one control list so that a screening run determines each
 * distinct controlled line once per period of the list rather than once per declaration: most
 * controlled trade repeats the same goods, description and destinations. Lines whose code no
 * reference code covers skip the cache, as determining them is cheaper than a cache look-up.
 *
 * <p>Direct-mapped: a fixed array of immutable entries, each slot holding the latest answer whose
 * key hashes there, so memory is bounded and a look-up is one probe. Threads may share it: an entry
 * is published whole through its final fields, and a lost race only costs a recomputation.
 */
public final class DeterminationCache {
  private final Determiner determiner;
  private final Entry[] slots;
  private final ListAge age;

  DeterminationCache(Determiner determiner, ListAge age, int capacity) {
    if (capacity < 1 || capacity > 1 << 24) {
      throw new IllegalArgumentException("capacity must be 1 to 2^24, was " + capacity);
    }
    this.determiner = determiner;
    this.age = age;
    this.slots = new Entry[Integer.highestOneBit(capacity * 2 - 1)];
  }

  /** The same determination as {@link ControlList#determine} gives for the query. */
  public Determination determine(DeterminationQuery query) {
    // The warnings depend on the day (the list's age), so they are added after the cache.
    return age.annotate(cachedDetermination(query), query.asOf());
  }

  private Determination cachedDetermination(DeterminationQuery query) {
    String code = query.hsCode().value();
    if (!determiner.mayControl(code)) {
      return Determination.NOT_CONTROLLED;
    }
    int period = determiner.period(query.asOf());
    String description = query.description();
    int hash =
        spread(
            ((((code.hashCode() * 31 + Objects.hashCode(description)) * 31
                                        + query.destination().hashCode())
                                    * 31
                                + Objects.hashCode(query.endUserCountry()))
                            * 31
                        + query.endUse().ordinal())
                    * 31
                + period);
    int slot = hash & (slots.length - 1);
    Entry entry = slots[slot];
    if (entry != null && entry.matches(query, code, description, period)) {
      return entry.determination;
    }
    Determiner.Evaluated evaluated = determiner.evaluate(query);
    if (!evaluated.citesDate()) {
      slots[slot] = new Entry(query, code, description, period, evaluated.determination());
    }
    return evaluated.determination();
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static final class Entry {
    final String code;
    final String description;
    final CountryCode destination;
    final CountryCode endUserCountry;
    final EndUse endUse;
    final int period;
    final Determination determination;

    Entry(
        DeterminationQuery query,
        String code,
        String description,
        int period,
        Determination determination) {
      this.code = code;
      this.description = description;
      this.destination = query.destination();
      this.endUserCountry = query.endUserCountry();
      this.endUse = query.endUse();
      this.period = period;
      this.determination = determination;
    }

    boolean matches(DeterminationQuery query, String code, String description, int period) {
      return this.period == period
          && endUse == query.endUse()
          && this.code.equals(code)
          && destination.equals(query.destination())
          && Objects.equals(endUserCountry, query.endUserCountry())
          && Objects.equals(this.description, description);
    }
  }
}
