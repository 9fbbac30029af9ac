package dev.assay.screening.matching;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth as evidence, not as a cliff. Lists write them exactly ("1971-04-09"), by year or
 * month only ("1971", "1971-04"), approximately ("circa 1970", "c. 1970", "approximately 1970") or
 * as ranges ("1968-1970", "1968 to 1970", "between 1968 and 1970"); a screened party's date is
 * often typed or remembered a year off. Each listed date becomes a range of years (circa widens it
 * a year each way); a party's year inside a range agrees, a year next to one is near (neither
 * agrees nor differs much), anything else differs.
 */
public final class BirthDates {
  private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
  private static final Pattern RANGE =
      Pattern.compile(
          "(?:between\\s+)?(1[89]\\d\\d|20\\d\\d)\\s*(?:-|–|to|and|/)\\s*(1[89]\\d\\d|20\\d\\d)");
  private static final Pattern CIRCA =
      Pattern.compile("\\b(circa|ca\\.?|c\\.|approx\\.?|approximately|about|around)\\s*");

  private BirthDates() {}

  /** What the dates say: the party's year against the listed dates. */
  public enum Evidence {
    AGREES,
    NEAR,
    DIFFERS
  }

  /** Years from {@code from} to {@code to}, inclusive; approximate when the list said so. */
  public record Years(int from, int to, boolean approximate) {}

  /** The years a birth date as written covers; empty when it names no year. */
  public static Optional<Years> parse(String written) {
    String s = written.strip().toLowerCase(java.util.Locale.ROOT);
    boolean circa = CIRCA.matcher(s).find();
    Matcher r = RANGE.matcher(s);
    // "1971-04-09" is a date, not a range: a range joins two four-digit years.
    if (r.find() && !s.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
      int a = Integer.parseInt(r.group(1));
      int b = Integer.parseInt(r.group(2));
      return Optional.of(widen(new Years(Math.min(a, b), Math.max(a, b), true), circa));
    }
    Matcher y = YEAR.matcher(s);
    if (!y.find()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(y.group(1));
    return Optional.of(widen(new Years(year, year, circa), circa));
  }

  private static Years widen(Years y, boolean circa) {
    return circa ? new Years(y.from() - 1, y.to() + 1, true) : y;
  }

  /** The party's date of birth against the listed ones; empty when either names no year. */
  public static Optional<Evidence> compare(String party, List<String> listed) {
    Optional<Years> p = parse(party);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    Evidence best = null;
    for (String l : listed) {
      Optional<Years> y = parse(l);
      if (y.isEmpty()) {
        continue;
      }
      Evidence e = compare(p.get(), y.get());
      if (best == null || e.ordinal() < best.ordinal()) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Evidence compare(Years party, Years listed) {
    if (party.to() >= listed.from() && party.from() <= listed.to()) {
      return Evidence.AGREES;
    }
    int gap = party.from() > listed.to() ? party.from() - listed.to() : listed.from() - party.to();
    return gap <= 1 ? Evidence.NEAR : Evidence.DIFFERS;
  }
}
