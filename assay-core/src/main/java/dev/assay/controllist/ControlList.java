package dev.assay.controllist;

import dev.assay.declaration.HsCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The export control list: every announcement loaded from its YAML file, checked, and indexed by
 * customs code for determinations. Immutable and safe to share between threads once built.
 *
 * <p>The list shipped with Assay is {@link #bundled()}; {@link #load(Path)} adds the files of a
 * directory to it, so that a new announcement, amendment or suspension is a data change only.
 */
public final class ControlList {
  /** The classpath folder of the shipped files, and its index (a jar cannot be listed). */
  static final String BUNDLED_FOLDER = "controllist/measures/";

  static final String BUNDLED_INDEX = BUNDLED_FOLDER + "index.txt";

  /** By issue date, then by announcement number (2025 No. 55 before No. 61), then by id. */
  private static final Comparator<Measure> ORDER_OF_ISSUE =
      Comparator.comparing(Measure::issued)
          .thenComparingLong(ControlList::announcementNumber)
          .thenComparing(Measure::id);

  private static volatile ControlList bundled;

  private final List<Measure> measures;
  private final Map<String, Measure> measuresById;
  private final Map<String, Schedule> measureSchedules;
  private final Timeline timeline;
  private final String version;
  private final Determiner determiner;
  private volatile ListAge age;

  private ControlList(List<Measure> measures, String contentHash) {
    this.measures = measures.stream().sorted(ORDER_OF_ISSUE).toList();
    Map<String, Measure> byId = new LinkedHashMap<>();
    this.measures.forEach(m -> byId.put(m.id(), m));
    this.measuresById = Map.copyOf(byId);
    this.timeline = new Timeline(this.measures);
    Map<String, Schedule> schedules = new HashMap<>();
    this.measures.forEach(m -> schedules.put(m.id(), timeline.of(m)));
    this.measureSchedules = Map.copyOf(schedules);
    this.version =
        (this.measures.isEmpty() ? "empty" : this.measures.getLast().id()) + "+" + contentHash;
    this.determiner = index(this.measures, timeline);
  }

  /** The number at the end of an id such as MOFCOM-GAC-2025-55, or 0. */
  private static long announcementNumber(Measure measure) {
    String id = measure.id();
    int start = id.length();
    while (start > 0 && Character.isDigit(id.charAt(start - 1))) {
      start--;
    }
    return start == id.length() || id.length() - start > 9
        ? 0
        : Long.parseLong(id.substring(start));
  }

  private static Determiner index(List<Measure> measures, Timeline timeline) {
    Map<Long, List<IndexedCode>> commodityNumbers = new HashMap<>();
    Map<Long, List<IndexedCode>> tariffLines = new HashMap<>();
    Map<Long, List<IndexedCode>> linesOfCommodityNumbers = new HashMap<>();
    List<DestinationRule> rules = new ArrayList<>();
    for (Measure measure : measures) {
      if (!measure.kind().controlsGoods()) {
        continue;
      }
      for (ControlledItem item : measure.items()) {
        Schedule schedule = timeline.of(measure, item);
        for (ReferenceCode code : item.hsCodes()) {
          IndexedCode indexed = new IndexedCode(measure, item, code, schedule);
          long digits = CodeIndex.digits(code.code().value());
          if (code.isTariffLine()) {
            add(tariffLines, digits, indexed);
          } else {
            add(commodityNumbers, digits, indexed);
            add(linesOfCommodityNumbers, digits / 100, indexed);
          }
        }
      }
      for (Clause clause : measure.clauses()) {
        if (clause.appliesTo().isPresent()) {
          rules.add(new DestinationRule(measure, clause, timeline.of(measure, clause)));
        }
      }
    }
    return new Determiner(
        CodeIndex.of(commodityNumbers),
        CodeIndex.of(tariffLines),
        CodeIndex.of(linesOfCommodityNumbers),
        rules,
        changeDays(measures));
  }

  /**
   * Every day on which a measure or clause takes effect or a suspension begins or ends (the day
   * after its last), sorted: no status changes between two of them. More days than needed only cost
   * cache hits, so every suspension counts, whatever it suspends.
   */
  private static long[] changeDays(List<Measure> measures) {
    java.util.TreeSet<Long> days = new java.util.TreeSet<>();
    for (Measure measure : measures) {
      days.add(measure.effective().toEpochDay());
      for (Clause clause : measure.clauses()) {
        days.add(clause.effective().toEpochDay());
      }
      for (Suspension suspension : measure.suspensions()) {
        days.add(suspension.from().toEpochDay());
        suspension.until().ifPresent(until -> days.add(until.toEpochDay() + 1));
      }
    }
    return days.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * Determinations from this list through a bounded cache of recent answers, for a screening run:
   * the same code, description, destination, end-user country and end use in the same period
   * between change dates of the list get the same determination. Thread-safe.
   */
  public DeterminationCache cached(int capacity) {
    return new DeterminationCache(determiner, age(), capacity);
  }

  private static void add(Map<Long, List<IndexedCode>> map, long key, IndexedCode code) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(code);
  }

  /** The list shipped with Assay, loaded once. */
  public static ControlList bundled() {
    ControlList list = bundled;
    if (list == null) {
      synchronized (ControlList.class) {
        list = bundled;
        if (list == null) {
          list = builder().addBundled().build();
          bundled = list;
        }
      }
    }
    return list;
  }

  /** The shipped list plus every {@code *.yaml} file of a directory (new or amending measures). */
  public static ControlList load(Path directory) {
    return builder().addBundled().addDirectory(directory).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A stable name of this list's content for reports: the id of the latest announcement and a hash
   * of every file, such as {@code MOFCOM-2026-1+3f9a1c2b7d10}.
   */
  public String version() {
    return version;
  }

  /** Every measure, in order of issue. */
  public List<Measure> measures() {
    return measures;
  }

  public Optional<Measure> measure(String id) {
    return Optional.ofNullable(measuresById.get(id));
  }

  /**
   * Where a measure stands on a date. Only whole-measure suspensions count here; a measure whose
   * clauses or items are suspended is still in force (see {@link #status(Measure, Clause,
   * LocalDate)}).
   */
  public MeasureStatus status(Measure measure, LocalDate date) {
    Schedule schedule = measureSchedules.get(measure.id());
    if (schedule == null) {
      throw new IllegalArgumentException("not a measure of this list: " + measure.id());
    }
    return schedule.status(date);
  }

  /** Where one clause of a measure stands on a date (such as clause 2 of MOFCOM 2024 No. 46). */
  public MeasureStatus status(Measure measure, Clause clause, LocalDate date) {
    if (measuresById.get(measure.id()) != measure || !measure.clauses().contains(clause)) {
      throw new IllegalArgumentException("not a clause of this list: " + measure.id());
    }
    return timeline.of(measure, clause).status(date);
  }

  /**
   * The items whose reference codes a declared code falls under, whatever the date: for a 10-digit
   * code the 10-digit references equal to it and the 8-digit references above it; for an 8-digit
   * code the 8-digit references equal to it and the 10-digit references under it.
   */
  public List<ListedItem> itemsFor(HsCode code) {
    List<ListedItem> items = new ArrayList<>();
    determiner.lookup(code.value()).forEach((indexed, conclusive) -> items.add(indexed.listed()));
    return List.copyOf(items);
  }

  /**
   * Whether a code is a reference code (or falls under one) of an item whose measure is in force on
   * the date. A controlled code is not yet a controlled line: where the code is not conclusive the
   * description decides; use {@link #determine}.
   */
  public boolean isControlledCode(HsCode code, LocalDate date) {
    boolean[] found = {false};
    Determiner.Lookup lookup = determiner.lookup(code.value());
    if (lookup.isEmpty()) {
      return false;
    }
    lookup.forEach((indexed, conclusive) -> found[0] |= indexed.schedule.inForceOn(date));
    return found[0];
  }

  /**
   * What a goods line needs on the date asked, with the measures and notes behind it, and warnings
   * where it rests on a suspension that ran out with no follow-up recorded or on a list older than
   * {@link ListAge#DEFAULT_MAX_AGE_DAYS} (use {@link #age(int)} for another limit).
   */
  public Determination determine(DeterminationQuery query) {
    return age().annotate(determiner.determine(query), query.asOf());
  }

  /** The age of this list's data with the default limit. */
  public ListAge age() {
    ListAge a = age;
    if (a == null) {
      a = new ListAge(this, ListAge.DEFAULT_MAX_AGE_DAYS);
      age = a;
    }
    return a;
  }

  /** The age of this list's data with a limit in days. */
  public ListAge age(int maxAgeDays) {
    return new ListAge(this, maxAgeDays);
  }

  /** Collects control-list files and builds a checked, indexed list from them. */
  public static final class Builder {
    private final List<Source> sources = new ArrayList<>();

    private Builder() {}

    /** The files shipped with Assay, as the classpath index lists them. */
    public Builder addBundled() {
      String index = resource(BUNDLED_INDEX);
      for (String line : index.lines().toList()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          add(BUNDLED_FOLDER + name, resource(BUNDLED_FOLDER + name));
        }
      }
      return this;
    }

    /** Every {@code *.yaml} or {@code *.yml} file directly in a directory, in name order. */
    public Builder addDirectory(Path directory) {
      if (!Files.isDirectory(directory)) {
        throw new ControlListException(directory.toString(), "(directory)", "not a directory");
      }
      try (Stream<Path> files = Files.list(directory)) {
        files
            .filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
            .sorted()
            .forEach(this::addFile);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + directory, e);
      }
      return this;
    }

    public Builder addFile(Path file) {
      try {
        return add(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new ControlListException(file.toString(), "(file)", "cannot read: " + e, e);
      }
    }

    /** One file's content, under the name errors will cite. */
    public Builder add(String name, String yaml) {
      sources.add(new Source(name, yaml));
      return this;
    }

    /**
     * Reads, checks and indexes every file added.
     *
     * @throws ControlListException naming the file and field of the first problem found
     */
    public ControlList build() {
      List<Measure> measures = new ArrayList<>();
      for (Source source : sources) {
        measures.add(MeasureReader.read(source.name(), source.yaml()));
      }
      CrossReferences.check(measures);
      return new ControlList(measures, contentHash(sources));
    }

    private static String contentHash(List<Source> sources) {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        // By file name, so the version does not depend on the order files were added in.
        sources.stream()
            .sorted(Comparator.comparing(Source::name).thenComparing(Source::yaml))
            .forEach(
                s -> {
                  digest.update(baseName(s.name()).getBytes(StandardCharsets.UTF_8));
                  digest.update((byte) 0);
                  digest.update(s.yaml().getBytes(StandardCharsets.UTF_8));
                  digest.update((byte) 0);
                });
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is part of every Java platform", e);
      }
    }

    private static String baseName(String name) {
      int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
      return name.substring(slash + 1);
    }

    private static String resource(String name) {
      try (InputStream in = ControlList.class.getClassLoader().getResourceAsStream(name)) {
        if (in == null) {
          throw new ControlListException(name, "(file)", "missing from the classpath");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ControlListException(name, "(file)", "cannot read: " + e, e);
      }
    }

    private record Source(String name, String yaml) {}
  }
}
