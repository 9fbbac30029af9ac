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
  private final List<ListedParty> entries;
  private final int[] aliasEntry;
  private final PartyName[] aliasName;
  private final NormalizedName[] aliasNorm;
  private final CandidateIndex index;
  private final NameNormalizer normalizer;
  private final NameScorer scorer = new NameScorer();
  private final MatchSettings settings;
  private final double maxRaise;

  /**
   * Name scores per party name as written, for the screening path, where the same consignees come
   * back declaration after declaration; null for a matcher that computes every query afresh.
   * Bounded so that a national stream of new names cannot grow it without limit.
   */
  private final Cache<String, List<AliasScore>> raisedNames;

  public PartyMatcher(
      Collection<ListedParty> entries, NameNormalizer normalizer, MatchSettings settings) {
    this.entries = List.copyOf(entries);
    this.normalizer = normalizer;
    this.settings = settings;
    List<Integer> owner = new ArrayList<>();
    List<PartyName> names = new ArrayList<>();
    List<NormalizedName> normalized = new ArrayList<>();
    List<List<String>> identifierKeys = new ArrayList<>();
    for (int e = 0; e < this.entries.size(); e++) {
      ListedParty entry = this.entries.get(e);
      List<String> ids = entry.identifiers().stream().map(PartyMatcher::identifierKey).toList();
      for (PartyName name : entry.names()) {
        NormalizedName n = normalizer.normalize(name.text());
        if (n.isEmpty()) {
          continue;
        }
        owner.add(e);
        names.add(name);
        normalized.add(n);
        identifierKeys.add(ids);
      }
    }
    this.aliasEntry = owner.stream().mapToInt(Integer::intValue).toArray();
    this.aliasName = names.toArray(PartyName[]::new);
    this.aliasNorm = normalized.toArray(NormalizedName[]::new);
    this.index = new CandidateIndex(normalized, identifierKeys);
    this.maxRaise = maxRaise(settings);
    this.raisedNames = null;
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
    List<ListedParty> all = new ArrayList<>();
    lists.forEach(l -> all.addAll(l.entries()));
    return new PartyMatcher(all, NameNormalizer.standard(), settings);
  }

  /** The same entries and index with other thresholds. */
  public PartyMatcher withThresholds(MatchThresholds thresholds) {
    return new PartyMatcher(
        this, settings.withThresholds(thresholds), raisedNames != null ? CACHED_NAMES : 0);
  }

  /**
   * The same matcher remembering the name part of up to {@code names} queries: what screening
   * declarations needs, since parties recur. The day-dependent part (listing status) is still
   * checked on every query.
   */
  public PartyMatcher cachingNames(int names) {
    return new PartyMatcher(this, settings, names);
  }

  private static final int CACHED_NAMES = 200_000;

  private PartyMatcher(PartyMatcher other, MatchSettings settings, int cachedNames) {
    this.raisedNames =
        cachedNames > 0 ? Caffeine.newBuilder().maximumSize(cachedNames).build() : null;
    this.entries = other.entries;
    this.aliasEntry = other.aliasEntry;
    this.aliasName = other.aliasName;
    this.aliasNorm = other.aliasNorm;
    this.index = other.index;
    this.normalizer = other.normalizer;
    this.settings = settings;
    this.maxRaise = maxRaise(settings);
  }

  public MatchSettings settings() {
    return settings;
  }

  public List<ListedParty> entries() {
    return entries;
  }

  /** How many names (all names of all entries) the matcher searches. */
  public int names() {
    return aliasName.length;
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
    List<String> idKeys = party.identifiers().stream().map(PartyMatcher::identifierKey).toList();
    List<AliasScore> names =
        raisedOnly && idKeys.isEmpty() && raisedNames != null
            ? raisedNames.get(party.name(), name -> nameScores(name, idKeys, true))
            : nameScores(party.name(), idKeys, raisedOnly && idKeys.isEmpty());
    List<PartyMatch> best = new ArrayList<>(names.size());
    for (AliasScore candidate : names) {
      ListedParty entry = entries.get(aliasEntry[candidate.alias()]);
      ListingStatus status = entry.status(day);
      if (status == ListingStatus.REMOVED || status == ListingStatus.NOT_YET_LISTED) {
        continue;
      }
      PartyMatch m = score(party, candidate.name(), candidate.alias(), entry, status, day);
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
    int[] candidates = index.candidates(q, idKeys, settings.candidates());
    List<AliasScore> scores = new ArrayList<>(candidates.length);
    for (int alias : candidates) {
      NameScore name = scorer.score(q, aliasNorm[alias]);
      if (pruned && name.score() + maxRaise < settings.thresholds().review()) {
        continue;
      }
      scores.add(new AliasScore(alias, name));
    }
    return List.copyOf(scores);
  }

  private record AliasScore(int alias, NameScore name) {}

  private PartyMatch score(
      ScreenedParty party,
      NameScore name,
      int alias,
      ListedParty entry,
      ListingStatus status,
      LocalDate day) {
    List<Adjustment> adjustments = adjustments(party, entry, name.score());
    double score = name.score();
    for (Adjustment a : adjustments) {
      score += a.delta();
    }
    score = Math.max(0, Math.min(1, score));
    MatchLevel level = settings.thresholds().level(score);
    PartyName matchedName = aliasName[alias];
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

  private List<Adjustment> adjustments(ScreenedParty party, ListedParty entry, double nameScore) {
    List<Adjustment> out = new ArrayList<>(2);
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
      String year = year(party.birthDate().get());
      boolean agrees = entry.birthDates().stream().anyMatch(d -> year(d).equals(year));
      out.add(
          agrees
              ? new Adjustment("birth year " + year + " agrees", settings.birthYearAgrees())
              : new Adjustment(
                  "born " + year + ", listed " + String.join("/", entry.birthDates()),
                  settings.birthYearDiffers()));
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

  private static String year(String date) {
    return date.length() >= 4 ? date.substring(0, 4) : date;
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
