package dev.assay.screening.matching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.assay.screening.Identifier;
import dev.assay.screening.ListedParty;
import dev.assay.screening.ListingStatus;
import dev.assay.screening.NameType;
import dev.assay.screening.PartyName;
import dev.assay.screening.RestrictedList;
import dev.assay.screening.ScreenedParty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Matches a screened party against list entries: every name of every entry (Chinese and English,
 * aliases, original scripts) is normalized once and indexed; a query is normalized, the index
 * offers a few candidates, the scorer explains each, and country, date of birth and identifiers
 * raise or lower the score. Entries not in force on the day (not yet listed, removed) are not
 * matched; suspended ones are matched at review level at most, as are weak aliases.
 *
 * <p>Immutable and thread-safe. Building costs a few microseconds per name; a query against 50,000
 * names costs tens of microseconds (see {@code PartyMatchingBenchmark}).
 */
public final class PartyMatcher {
  /** One index per list: each list gets its own candidates, so none can crowd another out. */
  private final List<ListIndex> segments;

  private final int names;
  private final int entryCount;
  private final NameNormalizer normalizer;
  private final NameScorer scorer;
  private final MatchSettings settings;
  private final double maxRaise;

  /**
   * Name scores per party name as written, for the screening path, where the same consignees come
   * back declaration after declaration; null for a matcher that computes every query afresh.
   * Bounded so that a national stream of new names cannot grow it without limit.
   */
  private final Cache<String, List<AliasScore>> raisedNames;

  /** How many names {@link #raisedNames} keeps; 0 when there is no cache. */
  private final int cachedNames;

  public PartyMatcher(
      Collection<ListedParty> entries, NameNormalizer normalizer, MatchSettings settings) {
    this(bySegment(entries, normalizer), normalizer, settings);
  }

  /** A matcher over lists already indexed (built in memory or mapped from files). */
  public PartyMatcher(List<ListIndex> segments, NameNormalizer normalizer, MatchSettings settings) {
    this.segments = List.copyOf(segments);
    this.normalizer = normalizer;
    this.settings = settings;
    this.names = this.segments.stream().mapToInt(ListIndex::names).sum();
    this.entryCount = this.segments.stream().mapToInt(ListIndex::entryCount).sum();
    this.maxRaise = maxRaise(settings);
    this.raisedNames = null;
    this.cachedNames = 0;
    this.scorer = new NameScorer(wordFrequency(this.segments, this.names, normalizer));
  }

  /**
   * The frequency of a word over all lists: the length of its word key's postings in each list's
   * index, which the saved index already holds, so nothing is counted at start-up.
   */
  private static NameScorer.WordFrequency wordFrequency(
      List<ListIndex> segments, int names, NameNormalizer normalizer) {
    return new NameScorer.WordFrequency() {
      @Override
      public int namesWith(String word) {
        int n = 0;
        for (ListIndex s : segments) {
          n += s.index().namesWith(word);
        }
        return n;
      }

      @Override
      public int names() {
        return names;
      }

      @Override
      public boolean legalFormWord(String word) {
        Vocabulary v = normalizer.vocabulary();
        return v.suffixForms().contains(word) || v.prefixForms().contains(word);
      }
    };
  }

  private static List<ListIndex> bySegment(
      Collection<ListedParty> entries, NameNormalizer normalizer) {
    java.util.Map<String, List<ListedParty>> byList = new java.util.LinkedHashMap<>();
    for (ListedParty e : entries) {
      byList.computeIfAbsent(e.listId(), k -> new ArrayList<>()).add(e);
    }
    List<ListIndex> segments = new ArrayList<>(byList.size());
    byList.forEach((id, list) -> segments.add(ListIndex.build(id, list, normalizer)));
    return segments;
  }

  /**
   * The most adjustments can add to a name score short of an identifier (which is a match on its
   * own): names scoring below the review threshold by more than this need not be explained.
   */
  private static double maxRaise(MatchSettings s) {
    return Math.max(0, s.countryAgrees()) + Math.max(0, s.birthYearAgrees());
  }

  /** A matcher over every entry of these lists, with the shipped vocabulary. */
  public static PartyMatcher over(Collection<RestrictedList> lists, MatchSettings settings) {
    NameNormalizer normalizer = NameNormalizer.standard();
    List<ListIndex> segments = new ArrayList<>(lists.size());
    for (RestrictedList l : lists) {
      segments.add(ListIndex.build(l, normalizer));
    }
    return new PartyMatcher(segments, normalizer, settings);
  }

  /** The same entries and index with other thresholds. */
  public PartyMatcher withThresholds(MatchThresholds thresholds) {
    return new PartyMatcher(this, settings.withThresholds(thresholds), cachedNames);
  }

  /**
   * The same matcher remembering the name part of up to {@code names} queries: what screening
   * declarations needs, since parties recur. The day-dependent part (listing status) is still
   * checked on every query.
   */
  public PartyMatcher cachingNames(int names) {
    return new PartyMatcher(this, settings, names);
  }

  private PartyMatcher(PartyMatcher other, MatchSettings settings, int cachedNames) {
    this.cachedNames = cachedNames;
    // Eviction upkeep on the calling thread: handed to the common pool it woke a thread per write
    // of a new name (docs/performance.md, "Caffeine's upkeep on the calling thread").
    this.raisedNames =
        cachedNames > 0
            ? Caffeine.newBuilder().maximumSize(cachedNames).executor(Runnable::run).build()
            : null;
    this.segments = other.segments;
    this.names = other.names;
    this.entryCount = other.entryCount;
    this.normalizer = other.normalizer;
    this.scorer = other.scorer;
    this.settings = settings;
    this.maxRaise = maxRaise(settings);
  }

  public MatchSettings settings() {
    return settings;
  }

  /** Every entry of every list (a mapped list reads its entries from its file when asked). */
  public List<ListedParty> entries() {
    List<ListedParty> all = new ArrayList<>(entryCount);
    segments.forEach(s -> all.addAll(s.entries()));
    return all;
  }

  /** How many entries the matcher searches. */
  public int entryCount() {
    return entryCount;
  }

  /** The lists searched, one index each. */
  public List<ListIndex> lists() {
    return segments;
  }

  /** The entry with this key (list-id:entry-id), if a list holds it. */
  public java.util.Optional<ListedParty> entry(String key) {
    int colon = key.indexOf(':');
    if (colon < 0) {
      return java.util.Optional.empty();
    }
    String list = key.substring(0, colon);
    String id = key.substring(colon + 1);
    for (ListIndex s : segments) {
      if (s.listId().equals(list)) {
        java.util.Optional<ListedParty> e = s.entryById(id);
        if (e.isPresent()) {
          return e;
        }
      }
    }
    // An index built over several lists at once is labelled by none of them.
    return entries().stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** How many names (all names of all entries) the matcher searches. */
  public int names() {
    return names;
  }

  public NameNormalizer normalizer() {
    return normalizer;
  }

  /**
   * The entries the party may be, on that day, at review level or above, best first; one match per
   * entry, on its best-matching name.
   */
  public List<PartyMatch> match(ScreenedParty party, LocalDate day) {
    List<PartyMatch> all = scored(party, day, true);
    all.removeIf(m -> m.level() == MatchLevel.NONE);
    return all;
  }

  /**
   * Every candidate the index offers, scored and explained, including those below the review
   * threshold, best first: for officers asking why something did not match.
   */
  public List<PartyMatch> candidates(ScreenedParty party, LocalDate day) {
    return scored(party, day, false);
  }

  private List<PartyMatch> scored(ScreenedParty party, LocalDate day, boolean raisedOnly) {
    // Most parties on declarations carry no identifier: no stream for them, on every query.
    List<String> idKeys =
        party.identifiers().isEmpty()
            ? List.of()
            : party.identifiers().stream().map(PartyMatcher::identifierKey).toList();
    List<AliasScore> names =
        raisedOnly && idKeys.isEmpty() && raisedNames != null
            ? raisedNames.get(party.name(), name -> nameScores(name, idKeys, true))
            : nameScores(party.name(), idKeys, raisedOnly && idKeys.isEmpty());
    List<PartyMatch> best = new ArrayList<>(names.size());
    boolean hanQuery = names.isEmpty() ? false : writtenInHan(party.name());
    for (AliasScore candidate : names) {
      ListIndex segment = segments.get(candidate.segment());
      ListedParty entry = segment.entry(segment.owner(candidate.alias()));
      ListingStatus status = entry.status(day);
      if (status == ListingStatus.REMOVED || status == ListingStatus.NOT_YET_LISTED) {
        continue;
      }
      // A name written in Chinese characters is compared with the entry's own characters where it
      // has them, not with its romanized aliases: pinyin records only the sound, and 王立君 is not
      // 王立军 although both are "Wang Lijun". Entries known only in Latin letters keep the sound
      // match.
      if (hanQuery
          && !writtenInHan(segment.partyName(candidate.alias()).text())
          && entry.names().stream().anyMatch(n -> writtenInHan(n.text()))) {
        continue;
      }
      PartyMatch m =
          score(party, candidate, segment.partyName(candidate.alias()), entry, status, day);
      int existing = indexOf(best, entry);
      if (existing < 0) {
        best.add(m);
      } else if (m.score() > best.get(existing).score()) {
        best.set(existing, m);
      }
    }
    best.sort(Comparator.comparingDouble(PartyMatch::score).reversed());
    return best;
  }

  /** Whether a name is written in Chinese characters: Han, and no Latin letter. */
  static boolean writtenInHan(String name) {
    boolean han = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (cp < 0x80
          ? Character.isLetter(cp)
          : Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
        return false;
      }
      han |= cp >= 0x2E80 && Scripts.isHan(cp);
      i += Character.charCount(cp);
    }
    return han;
  }

  /**
   * The list's names the index offers for a party name, with their name scores; with {@code
   * pruned}, only those that country, birth date or identifiers could still lift to review level.
   * Depends on the name alone, not on the day, so it can be cached per name: declarations name the
   * same consignees over and over.
   */
  private List<AliasScore> nameScores(String partyName, List<String> idKeys, boolean pruned) {
    NormalizedName q = normalizer.normalize(partyName);
    if (q.isEmpty() && idKeys.isEmpty()) {
      return List.of();
    }
    List<AliasScore> scores = new ArrayList<>();
    // A name written in Japanese is also compared as read in Japanese (the first reading is
    // pinyin); each listed name keeps the better of the two scores.
    NormalizedName japanese =
        NameNormalizer.readAsJapanese(partyName, false)
            ? normalizer.japaneseReading(partyName).orElse(null)
            : null;
    for (int seg = 0; seg < segments.size(); seg++) {
      ListIndex segment = segments.get(seg);
      // Each list has its own quota of candidates, exact names always included.
      int[] candidates = segment.index().candidates(q, idKeys, settings.candidates());
      java.util.Map<Integer, AliasScore> best = new java.util.LinkedHashMap<>();
      for (int alias : candidates) {
        best.put(alias, aliasScore(q, seg, alias));
      }
      if (japanese != null) {
        for (int alias : segment.index().candidates(japanese, idKeys, settings.candidates())) {
          AliasScore s = aliasScore(japanese, seg, alias);
          best.merge(alias, s, (a, b) -> b.name().score() > a.name().score() ? b : a);
        }
      }
      for (AliasScore s : best.values()) {
        if (pruned && s.name().score() + maxRaise < settings.thresholds().review()) {
          continue;
        }
        scores.add(s);
      }
    }
    return List.copyOf(scores);
  }

  private AliasScore aliasScore(NormalizedName q, int seg, int alias) {
    NormalizedName listed = segments.get(seg).normalized(alias);
    String conflict = q.formConflict(listed);
    return new AliasScore(
        seg,
        alias,
        scorer.score(q, listed),
        conflict,
        conflict != null && LegalSystems.sameSystem(q.forms(), listed.forms()));
  }

  /**
   * @param formConflict the legal forms when they differ in kind, else null
   * @param sameSystem the conflicting forms are of one legal system (legal-form-systems.txt)
   */
  private record AliasScore(
      int segment, int alias, NameScore name, String formConflict, boolean sameSystem) {}

  private PartyMatch score(
      ScreenedParty party,
      AliasScore candidate,
      PartyName matchedName,
      ListedParty entry,
      ListingStatus status,
      LocalDate day) {
    NameScore name = candidate.name();
    List<Adjustment> adjustments =
        adjustments(party, entry, name.score(), candidate.formConflict(), candidate.sameSystem());
    double score = name.score();
    for (Adjustment a : adjustments) {
      score += a.delta();
    }
    score = Math.max(0, Math.min(1, score));
    MatchLevel level = settings.thresholds().level(score);
    if (level == MatchLevel.BLOCK
        && (status == ListingStatus.SUSPENDED || matchedName.type() == NameType.WEAK_ALIAS)) {
      level = MatchLevel.REVIEW;
    }
    return new PartyMatch(
        entry,
        matchedName,
        name.score(),
        score,
        level,
        name,
        adjustments,
        status,
        entry.decidingListing(day));
  }

  private List<Adjustment> adjustments(
      ScreenedParty party,
      ListedParty entry,
      double nameScore,
      String formConflict,
      boolean sameSystem) {
    List<Adjustment> out = new ArrayList<>(2);
    if (formConflict != null) {
      // Under one law both forms exist side by side: two companies, so the conflict counts twice.
      out.add(
          sameSystem
              ? new Adjustment(
                  "legal form " + formConflict + ", one legal system",
                  2 * settings.legalFormDiffers())
              : new Adjustment("legal form " + formConflict, settings.legalFormDiffers()));
    }
    if (party.country().isPresent() && !entry.countries().isEmpty()) {
      String c = party.country().get().value();
      if (entry.countries().contains(c)) {
        out.add(new Adjustment("country " + c + " agrees", settings.countryAgrees()));
      } else {
        out.add(
            new Adjustment(
                "country " + c + ", listed " + String.join("/", entry.countries()),
                settings.countryDiffers()));
      }
    }
    if (party.birthDate().isPresent() && !entry.birthDates().isEmpty()) {
      String born = party.birthDate().get();
      String listed = String.join("/", entry.birthDates());
      BirthDates.compare(born, entry.birthDates())
          .ifPresent(
              evidence ->
                  out.add(
                      switch (evidence) {
                        case AGREES ->
                            new Adjustment(
                                "born " + born + ", listed " + listed + ": agrees",
                                settings.birthYearAgrees());
                        case NEAR ->
                            new Adjustment(
                                "born " + born + ", listed " + listed + ": within a year",
                                settings.birthYearNear());
                        case DIFFERS ->
                            new Adjustment(
                                "born " + born + ", listed " + listed, settings.birthYearDiffers());
                      }));
    }
    boolean idDiffers = false;
    for (Identifier mine : party.identifiers()) {
      for (Identifier theirs : entry.identifiers()) {
        if (mine.comparable().equals(theirs.comparable())) {
          double sum = nameScore;
          for (Adjustment a : out) {
            sum += a.delta();
          }
          out.add(new Adjustment("same identifier " + theirs, Math.max(0, 1.0 - sum)));
          return out;
        }
        if (mine.scheme().equals(theirs.scheme())) {
          idDiffers = true;
        }
      }
    }
    if (idDiffers) {
      out.add(new Adjustment("different identifiers", settings.identifierDiffers()));
    }
    return out;
  }

  private static int indexOf(List<PartyMatch> matches, ListedParty entry) {
    for (int i = 0; i < matches.size(); i++) {
      if (matches.get(i).entry() == entry) {
        return i;
      }
    }
    return -1;
  }

  static String identifierKey(Identifier id) {
    return id.comparable();
  }
}
