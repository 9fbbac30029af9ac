package dev.assay.risk.detector;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.assay.controllist.ControlList;
import dev.assay.controllist.ControlledItem;
import dev.assay.controllist.Determination;
import dev.assay.controllist.Limit.Side;
import dev.assay.controllist.Measure;
import dev.assay.controllist.MeasureStatus;
import dev.assay.controllist.Specification;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.TransportMode;
import dev.assay.lexicon.GoodsText;
import dev.assay.lexicon.Lookalike;
import dev.assay.lexicon.Lookalikes;
import dev.assay.lexicon.MagnetGrades;
import dev.assay.lexicon.MineralLexicon;
import dev.assay.lexicon.MineralMention;
import dev.assay.lexicon.Purity;
import dev.assay.lexicon.Qualifiers;
import dev.assay.lexicon.UnspecificNames;
import dev.assay.price.MineralForm;
import dev.assay.price.ReferencePrices;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import dev.assay.risk.profile.MineralTrades;
import dev.assay.risk.profile.MineralTrades.Known;
import dev.assay.risk.transshipment.KnownHubs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A goods line whose description names a controlled mineral while its HS code is not a controlled
 * one: the misrepresentation of the 2025 cases (bismuth alloy as solder paste, Dy-bearing magnets
 * under 8505119000, rare earths as iron alloy or nickel powder). Weighs more when the declared code
 * is a known lookalike for that mineral, less when the name is misspelt or the line cites a
 * license. Also the goods of a mineral company that are known cover for its own mineral (a graphite
 * producer's "carbon black", a germanium refiner's "silicon dioxide powder"): the name hides the
 * mineral, the exporter's trade gives it away. See docs/detectors/MISDECLARED_GOODS.md.
 */
public final class MisdeclaredGoodsDetector implements Detector {
  private static final double NEAR_PURE_PERCENT = 90;

  /** A unit value this many times above (or below) the exporter's own range for a code is new. */
  static final double VALUE_CHANGE = 2;

  private final KnownHubs knownHubs = KnownHubs.bundled();
  private final Supplier<ControlList> controlList;
  private final MineralLexicon lexicon;
  private final Lookalikes lookalikes;
  private final ReferencePrices prices;
  private final MineralTrades trades;
  private final Map<String, Set<String>> coveredByCode =
      new java.util.concurrent.ConcurrentHashMap<>();
  private volatile MineralIndex index;

  /** Whether each description names no goods at all ("industrial raw material"): read once each. */
  private final Cache<String, Boolean> unspecific =
      Caffeine.newBuilder().maximumSize(50_000).executor(Runnable::run).build();

  /** The NdFeB grade needing Dy or Tb that each description states, if any: read once each. */
  private final Cache<String, Optional<MagnetGrades.Grade>> grades =
      Caffeine.newBuilder().maximumSize(50_000).executor(Runnable::run).build();

  /**
   * The lexicon's reading of each description as written: trade repeats its descriptions (a
   * simulated 100k lines hold about 2k distinct ones), and reading one costs microseconds.
   */
  private final Cache<String, List<MineralMention>> mentions =
      // Eviction upkeep on the calling thread: handed to the common pool it woke a thread per
      // write of a new description (docs/performance.md, "Caffeine's upkeep on the calling
      // thread").
      Caffeine.newBuilder().maximumSize(50_000).executor(Runnable::run).build();

  public MisdeclaredGoodsDetector(
      ControlList controlList,
      MineralLexicon lexicon,
      Lookalikes lookalikes,
      ReferencePrices prices) {
    this(() -> controlList, lexicon, lookalikes, prices);
  }

  /**
   * Reads the control list in force through a supplier; the measures and codes per mineral are
   * indexed again when a new list is swapped in.
   */
  public MisdeclaredGoodsDetector(
      Supplier<ControlList> controlList,
      MineralLexicon lexicon,
      Lookalikes lookalikes,
      ReferencePrices prices) {
    this.controlList = controlList;
    this.lexicon = lexicon;
    this.lookalikes = lookalikes;
    this.prices = prices;
    this.trades = new MineralTrades(lexicon, lookalikes, prices);
    this.index = new MineralIndex(controlList.get(), lexicon);
  }

  /** With the shipped lexicon and lookalike list. */
  public static MisdeclaredGoodsDetector bundled(ControlList controlList) {
    return bundled(() -> controlList);
  }

  /** With the shipped lexicon and lookalike list, reading the control list in force. */
  public static MisdeclaredGoodsDetector bundled(Supplier<ControlList> controlList) {
    return new MisdeclaredGoodsDetector(
        controlList, MineralLexicon.bundled(), Lookalikes.bundled(), ReferencePrices.bundled());
  }

  /** The index of the list in force, rebuilt on the first declaration after a swap. */
  private MineralIndex index() {
    ControlList list = controlList.get();
    MineralIndex current = index;
    if (current.controlList != list) {
      current = new MineralIndex(list, lexicon);
      index = current;
    }
    return current;
  }

  /**
   * The measures, controlled codes and goods items of each mineral family, for one control list.
   */
  private static final class MineralIndex {
    final ControlList controlList;
    final Map<String, List<Measure>> measuresByMineral = new HashMap<>();
    final Map<String, List<String>> codesByMineral = new HashMap<>();
    final Map<String, List<NamedItem>> itemsByMineral = new HashMap<>();
    final Map<String, List<NamedItem>> itemsById = new HashMap<>();

    /**
     * The items each mention in each description names, whatever the date, with what the
     * description's figures say of their thresholds: descriptions repeat, and reading the items'
     * terms in one costs a scan per item.
     */
    final Cache<String, List<Named>> named =
        Caffeine.newBuilder().maximumSize(50_000).executor(Runnable::run).build();

    MineralIndex(ControlList controlList, MineralLexicon lexicon) {
      this.controlList = controlList;
      for (Measure measure : controlList.measures()) {
        for (ControlledItem item : measure.items()) {
          List<Measure> measures =
              measuresByMineral.computeIfAbsent(item.mineral(), m -> new ArrayList<>());
          if (!measures.contains(measure)) {
            measures.add(measure);
          }
          Set<String> codes =
              new LinkedHashSet<>(codesByMineral.getOrDefault(item.mineral(), List.of()));
          item.hsCodes().forEach(code -> codes.add(code.code().value()));
          codesByMineral.put(item.mineral(), List.copyOf(codes));
          if (measure.kind().controlsGoods() && !item.terms().isEmpty()) {
            NamedItem named = NamedItem.of(measure, item, lexicon);
            itemsByMineral.computeIfAbsent(item.mineral(), m -> new ArrayList<>()).add(named);
            itemsById.computeIfAbsent(item.id(), i -> new ArrayList<>()).add(named);
          }
        }
      }
    }
  }

  /**
   * A goods item of the control list with what names it: its terms, and whether the bare name of
   * its mineral does ({@code generic}: bismuth metal is "bismuth", indium phosphide is not
   * "indium").
   */
  private record NamedItem(Measure measure, ControlledItem item, String[] terms, boolean generic) {
    static NamedItem of(Measure measure, ControlledItem item, MineralLexicon lexicon) {
      // Generic when a whole term is a name of the mineral: "bismuth" is, "flake graphite" is not.
      boolean generic =
          item.terms().stream()
              .anyMatch(
                  term ->
                      lexicon.find(term).stream()
                          .anyMatch(
                              m ->
                                  m.mineral().equals(item.mineral())
                                      && m.kind() == MineralMention.Kind.NAME
                                      && letters(m.matched()).equals(letters(term))));
      String[] terms = item.terms().stream().map(GoodsText::normalize).toArray(String[]::new);
      return new NamedItem(measure, item, terms, generic);
    }

    private static String letters(String text) {
      return GoodsText.normalize(text).replaceAll("[\\s\\-]", "");
    }

    /** Whether the mention, in this normalised description, names the item. */
    boolean namedBy(MineralMention mention, String normalizedDescription) {
      if (generic && mention.kind() != MineralMention.Kind.TRADE_NAME) {
        return true;
      }
      // Terms only: an element symbol names the element, not one of its compounds.
      return Qualifiers.read(normalizedDescription, terms, null).named();
    }

    /** Only goods beyond a technical threshold are the item; the specification decides. */
    boolean conditional() {
      return item.threshold().isPresent();
    }
  }

  /**
   * The item in force that a mention reaches, the unconditional one before one behind a threshold;
   * {@code item} is null for a trade name that no item's terms spell out (APT, TMIn). {@code spec}
   * is what the description's own figures say about the item's threshold.
   */
  private record Reached(
      Measure measure, ControlledItem item, boolean conditional, Specification spec) {}

  /** An item a description names, with what its figures say about the item's threshold. */
  private record Named(NamedItem item, Specification spec) {}

  @Override
  public FindingCode code() {
    return FindingCode.MISDECLARED_GOODS;
  }

  @Override
  public void inspect(EnrichedDeclaration declaration, Consumer<Finding> findings) {
    String consignee = MineralTrades.consigneeKey(declaration.declaration().consignee());
    for (int i = 0; i < declaration.determinations().size(); i++) {
      Determination determination = declaration.determination(i);
      if (determination.controlled()) {
        continue;
      }
      GoodsLine line = declaration.line(i);
      if (!namesControlledMineral(declaration, line, findings)
          && !gradeNamesMagnetItem(declaration, line, findings)
          && !coverForOwnMineral(declaration, line, consignee, findings)) {
        outsideMineralTrade(declaration, line, findings);
      }
      unspecificName(declaration, line, findings);
    }
    Declaration d = declaration.declaration();
    for (GoodsLine line : d.lines()) {
      trades.learn(d.exporter(), line, d.declaredAt(), consignee);
    }
  }

  private boolean namesControlledMineral(
      EnrichedDeclaration declaration, GoodsLine line, Consumer<Finding> findings) {
    String description = line.description();
    List<MineralMention> mentions =
        description == null ? List.of() : this.mentions.get(description, lexicon::find);
    if (mentions.isEmpty()) {
      return false;
    }
    Optional<Lookalike> lookalike = lookalikes.find(line.hsCode());
    for (MineralMention mention : mentions) {
      if (expectedUnderCode(lookalike, mention, line)) {
        continue;
      }
      MineralIndex index = index();
      Optional<Reached> reached = reach(index, mention, description, declaration.asOf());
      if (reached.isPresent()) {
        findings.accept(finding(index, line, mention, reached.get(), declaration.asOf()));
        return true;
      }
    }
    return false;
  }

  /**
   * An NdFeB grade of a class no magnet reaches without Dy or Tb ("sintered NdFeB 38UH motor
   * segments"), where the description names neither: the goods are a Dy- or Tb-containing magnet by
   * their own grade. Weaker than a name (the grade table is "likely"): MEDIUM, one step up under a
   * lookalike code for the mineral, one down with a license.
   */
  private boolean gradeNamesMagnetItem(
      EnrichedDeclaration declaration, GoodsLine line, Consumer<Finding> findings) {
    String description = line.description();
    if (description == null) {
      return false;
    }
    Optional<MagnetGrades.Grade> grade =
        grades.get(description, d -> MagnetGrades.bundled().needingHeavyRareEarth(d));
    if (grade.isEmpty()) {
      return false;
    }
    MineralIndex index = index();
    for (String id : MagnetGrades.bundled().items()) {
      for (NamedItem candidate : index.itemsById.getOrDefault(id, List.of())) {
        if (index.controlList.status(candidate.measure(), declaration.asOf())
            == MeasureStatus.IN_FORCE) {
          findings.accept(gradeFinding(index, line, grade.get(), candidate, declaration.asOf()));
          return true;
        }
      }
    }
    return false;
  }

  private Finding gradeFinding(
      MineralIndex index,
      GoodsLine line,
      MagnetGrades.Grade grade,
      NamedItem named,
      LocalDate asOf) {
    String mineral = named.item().mineral();
    Optional<Lookalike> lookalike =
        lookalikes.find(line.hsCode()).filter(l -> l.minerals().contains(mineral));
    Severity severity = lookalike.isPresent() ? Severity.HIGH : Severity.MEDIUM;
    if (line.licenseNo().isPresent()) {
      severity = severity.lower();
    }
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("hs_code", line.hsCode().value());
    evidence.put("description", line.description());
    evidence.put("mineral", mineral);
    evidence.put("named_as", grade.written());
    evidence.put("match", "grade");
    evidence.put("grade", "grade " + grade.describe());
    evidence.put("controlled_item", named.item().label());
    putCodesAndCase(evidence, index, mineral, lookalike, line, asOf);
    return new Finding(
        code(),
        severity,
        OptionalInt.of(line.lineNo()),
        "the description's NdFeB grade "
            + grade.describe()
            + ": the goods are "
            + named.item().label()
            + " (lexicon/magnet-grades.yaml, likely), but HS "
            + line.hsCode()
            + " is not a controlled code"
            + lookalike.map(l -> "; it is a known lookalike (" + l.tariffText() + ")").orElse(""),
        evidence,
        named.measure().basis());
  }

  /**
   * The controlled item, in force on the date, that the description names through this mention.
   * Naming a mineral is not naming an item: indium ingots name indium, but the list controls indium
   * phosphide and its organic compounds only, so an indium ingot under its own code is no
   * misdeclaration. Of the items behind a threshold, one the description's figures put within it
   * ("molybdenum powder, D50 40 um") counts as named outright; one they put outside it ("75-150
   * um") only where nothing else is reached. Empty when no item is reached, or no measure on the
   * mineral is in force.
   */
  private static Optional<Reached> reach(
      MineralIndex index, MineralMention mention, String description, LocalDate date) {
    List<Named> named =
        index.named.get(
            mention.mineral() + '\u0000' + mention.kind() + '\u0000' + description,
            key -> namedItems(index, mention, description));
    Reached best = null;
    for (Named candidate : named) {
      NamedItem item = candidate.item();
      if (index.controlList.status(item.measure(), date) != MeasureStatus.IN_FORCE) {
        continue;
      }
      Side side = candidate.spec().side();
      if (!item.conditional() || side == Side.WITHIN) {
        return Optional.of(
            new Reached(item.measure(), item.item(), item.conditional(), candidate.spec()));
      }
      if (best == null || (best.spec().side() == Side.OUTSIDE && side == Side.UNSTATED)) {
        best = new Reached(item.measure(), item.item(), true, candidate.spec());
      }
    }
    if (best == null && mention.kind() == MineralMention.Kind.TRADE_NAME) {
      // The lexicon's trade names are the items' forms under other names (APT, TMIn, Dy-NdFeB).
      return measureInForce(index, mention.mineral(), date)
          .map(m -> new Reached(m, null, false, Specification.UNSTATED));
    }
    return Optional.ofNullable(best);
  }

  private static List<Named> namedItems(
      MineralIndex index, MineralMention mention, String description) {
    String normalized = GoodsText.normalize(description);
    List<NamedItem> named =
        index.itemsByMineral.getOrDefault(mention.mineral(), List.of()).stream()
            .filter(item -> item.namedBy(mention, normalized))
            .toList();
    return named.stream()
        .filter(item -> !ownedByLongerTerm(item, named, normalized))
        .map(
            item ->
                new Named(
                    item,
                    item.conditional()
                        ? Specification.of(item.item(), description)
                        : Specification.UNSTATED))
        .toList();
  }

  /**
   * Whether the words that name this item belong to a longer term of another item the description
   * names: "antimony trioxide" names the antimony oxides, not antimony metal by its word
   * "antimony"; "tungsten copper" names the copper-infiltrated tungsten, not tungsten. An item
   * named without any of its terms (by its mineral's bare name or symbol) keeps its place.
   */
  private static boolean ownedByLongerTerm(
      NamedItem item, List<NamedItem> named, String normalized) {
    String own = longestTermIn(item, normalized);
    if (own == null) {
      return false;
    }
    for (NamedItem other : named) {
      if (other == item) {
        continue;
      }
      String longer = longestTermIn(other, normalized);
      if (longer != null && longer.length() > own.length() && longer.contains(own)) {
        return true;
      }
    }
    return false;
  }

  private static String longestTermIn(NamedItem item, String normalized) {
    String longest = null;
    for (String term : item.terms()) {
      if (normalized.contains(term) && (longest == null || term.length() > longest.length())) {
        longest = term;
      }
    }
    return longest;
  }

  /**
   * Goods known to cover for a mineral family, declared by an exporter that trades that family,
   * while a measure controls it. Honest mineral companies do ship such goods now and then, so this
   * is reported as MEDIUM: worth a documentary check, not proof. Goods the exporter has shipped
   * regularly over time at a steady price ({@link MineralTrades.RangeEntry#established()}) to a
   * buyer that received them before are its product range, not cover: they are reported only on a
   * change, a consignee new to these goods (above all in a hub for the family), or a unit value
   * outside what the exporter itself has declared for them.
   *
   * @return whether the code is known cover for a family the exporter trades (reported or taken as
   *     its product range)
   */
  private boolean coverForOwnMineral(
      EnrichedDeclaration declaration,
      GoodsLine line,
      String consignee,
      Consumer<Finding> findings) {
    Set<String> covered =
        coveredByCode.computeIfAbsent(line.hsCode().value(), c -> trades.coveredBy(line.hsCode()));
    if (covered.isEmpty()) {
      return false;
    }
    Declaration d = declaration.declaration();
    for (Known known : trades.known(d.exporter(), covered)) {
      Optional<Measure> inForce = familyMeasureInForce(known.family(), declaration.asOf());
      if (inForce.isEmpty()) {
        continue;
      }
      MineralTrades.RangeEntry range = trades.range(d.exporter(), line.hsCode(), consignee);
      List<String> changes = changes(d, line, known.family(), range);
      if (range.established() && range.consigneeSeen() && changes.isEmpty()) {
        // Its own product range, shipped as before: not cover goods.
        return true;
      }
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("hs_code", line.hsCode().value());
      evidence.put("description", line.description());
      evidence.put("covers_for", known.family());
      evidence.put("exporter", declaration.declaration().exporter().name());
      evidence.put("exporter_named_for_mineral", known.namedBy() != null);
      evidence.put("exporter_earlier_shipments_of_mineral", known.shipments());
      evidence.put("exporter_earlier_shipments_of_code", range.shipments());
      evidence.put("new_for_exporter", range.isNew());
      evidence.put("established_range", range.established());
      if (!changes.isEmpty()) {
        evidence.put("changes", changes);
      }
      prices.goodsValue(line.hsCode()).ifPresent(v -> evidence.put("cover_goods", v.description()));
      lookalikes.find(line.hsCode()).ifPresent(l -> evidence.put("lookalike_case", l.knownCase()));
      evidence.put("as_of", declaration.asOf().toString());
      String why =
          known.namedBy() != null
              ? "whose name says it trades " + known.family()
              : "that has declared " + known.family() + " " + known.shipments() + " time(s) before";
      String change =
          range.established()
              ? "; it ships these goods regularly, but " + String.join(", ", changes)
              : range.isNew() ? "; goods new for this exporter" : "";
      findings.accept(
          new Finding(
              code(),
              Severity.MEDIUM,
              OptionalInt.of(line.lineNo()),
              "HS "
                  + line.hsCode()
                  + " is known cover for "
                  + known.family()
                  + ", declared by an exporter "
                  + why
                  + change.replace('_', ' '),
              evidence,
              inForce.get().basis()));
      return true;
    }
    // Cover for other families than the exporter's: for this exporter the goods are ordinary ones,
    // and whether they are outside its trade is still to be asked.
    return false;
  }

  /**
   * What is new about an established good: a consignee that never received it from this exporter
   * ({@code new_consignee_in_hub} when it is in a hub for the family: a known hub, or a consignee
   * in another country than the goods go to), and a unit value more than twice the highest or under
   * half the lowest the exporter has declared for it (a controlled mineral at its own price, or a
   * value pushed down into the cover's band).
   */
  private List<String> changes(
      Declaration d, GoodsLine line, String family, MineralTrades.RangeEntry range) {
    if (!range.established()) {
      return List.of();
    }
    List<String> changes = new ArrayList<>(2);
    boolean hub =
        knownHubs.find(family, d.destination()).isPresent()
            || (d.consignee() != null
                && d.consignee().country() != null
                && !d.consignee().country().equals(d.destination()));
    if (!range.consigneeSeen()) {
      changes.add(hub ? "new_consignee_in_hub" : "new_consignee");
    }
    if (line.netWeightKg() > 0 && line.valueUsd() > 0 && !Double.isNaN(range.maxUnitValue())) {
      double unit = line.valueUsd() / line.netWeightKg();
      if (unit > VALUE_CHANGE * range.maxUnitValue()
          || unit < range.minUnitValue() / VALUE_CHANGE) {
        changes.add("unit_value_outside_own_range");
      }
    }
    return changes;
  }

  /**
   * Goods of no mineral form and no known cover, declared by a company that trades a controlled
   * mineral (its name says so, or it has shipped the mineral) and never shipped these goods before:
   * a germanium refiner posting artists' paints, a graphite miner sending bottled water by air. The
   * goods are outside what the company makes or deals in, the pattern of a mineral hidden in
   * ordinary goods (fact base: small parcels, 快递小包). Sent by post or air it is HIGH (the mode of
   * the small-parcel cases), otherwise MEDIUM. Soft evidence: companies do branch out.
   */
  private void outsideMineralTrade(
      EnrichedDeclaration declaration, GoodsLine line, Consumer<Finding> findings) {
    Declaration d = declaration.declaration();
    if (!prices.formsAt(line.hsCode()).isEmpty() || !trades.tradesMinerals(d.exporter())) {
      return;
    }
    MineralTrades.RangeEntry range = trades.range(d.exporter(), line.hsCode(), null);
    if (!range.isNew()) {
      return;
    }
    for (String family : trades.families(d.exporter())) {
      Optional<Measure> inForce = familyMeasureInForce(family, declaration.asOf());
      if (inForce.isEmpty()) {
        continue;
      }
      TransportMode mode = d.transport().mode();
      boolean parcel = mode == TransportMode.POST || mode == TransportMode.AIR;
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("hs_code", line.hsCode().value());
      evidence.put("description", line.description());
      evidence.put("exporter", d.exporter().name());
      evidence.put("exporter_trades", family);
      evidence.put("new_for_exporter", true);
      evidence.put("transport_mode", mode.name());
      evidence.put("as_of", declaration.asOf().toString());
      findings.accept(
          new Finding(
              code(),
              parcel ? Severity.HIGH : Severity.MEDIUM,
              OptionalInt.of(line.lineNo()),
              "HS "
                  + line.hsCode()
                  + " is outside the trade of an exporter that deals in "
                  + family
                  + " and has never shipped these goods"
                  + (parcel ? ", sent by " + mode.name().toLowerCase(java.util.Locale.ROOT) : "")
                  + "; the goods may hide the mineral",
              evidence,
              inForce.get().basis()));
      return;
    }
  }

  /**
   * A description that names no goods at all ("industrial raw material", "alloy granules",
   * "有色金属块"): the declaration does not say what the goods are, so neither the code nor the value
   * can be checked against them. The form of a false name (伪报品名, fact base 4.2) that hides behind
   * vagueness instead of another product. MEDIUM, soft: an honest "samples" exists, and the weight
   * is learned from outcomes.
   */
  private void unspecificName(
      EnrichedDeclaration declaration, GoodsLine line, Consumer<Finding> findings) {
    String description = line.description();
    if (description == null
        || !unspecific.get(description, UnspecificNames.bundled()::namesNoGoods)) {
      return;
    }
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("hs_code", line.hsCode().value());
    evidence.put("description", description);
    evidence.put("signal", "unspecific_name");
    evidence.put("as_of", declaration.asOf().toString());
    findings.accept(
        new Finding(
            code(),
            Severity.MEDIUM,
            OptionalInt.of(line.lineNo()),
            "\""
                + description
                + "\" (HS "
                + line.hsCode()
                + ") names no goods: the declaration does not say what is shipped, so neither"
                + " the code nor the value can be checked against it",
            evidence,
            "Customs Law (declaration of the goods' name); campaign target 伪报品名"));
  }

  private Optional<Measure> familyMeasureInForce(String family, LocalDate date) {
    MineralIndex index = index();
    for (MineralForm form : prices.forms()) {
      if (!form.family().equals(family)) {
        continue;
      }
      for (String mineral : form.contains()) {
        Optional<Measure> measure = measureInForce(index, mineral, date);
        if (measure.isPresent()) {
          return measure;
        }
      }
    }
    return measureInForce(index, family, date);
  }

  private Finding finding(
      MineralIndex index, GoodsLine line, MineralMention mention, Reached reached, LocalDate asOf) {
    Optional<Lookalike> lookalike =
        lookalikes.find(line.hsCode()).filter(l -> l.minerals().contains(mention.mineral()));
    Side side = reached.spec().side();
    // Within the threshold by its own figures the goods are the item; outside it, the description
    // claims they are not: a documentary check, as a stated absence is.
    boolean dependsOnSpecification = reached.conditional() && side == Side.UNSTATED;
    Severity severity =
        side == Side.OUTSIDE
            ? Severity.LOW
            : severity(
                mention,
                lookalike.isPresent(),
                line.licenseNo().isPresent(),
                dependsOnSpecification);
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("hs_code", line.hsCode().value());
    evidence.put("description", line.description());
    evidence.put("mineral", mention.mineral());
    evidence.put("named_as", mention.matched());
    evidence.put("lexicon_term", mention.term());
    evidence.put("match", mention.kind().name().toLowerCase(java.util.Locale.ROOT));
    Purity.of(line.description()).ifPresent(p -> evidence.put("stated_purity_percent", p));
    if (reached.item() != null) {
      evidence.put("controlled_item", reached.item().label());
    }
    if (reached.conditional()) {
      evidence.put("decided_by", reached.item().threshold().orElseThrow());
    }
    if (side == Side.WITHIN) {
      evidence.put("stated_within", reached.spec().stated(Side.WITHIN));
    } else if (side == Side.OUTSIDE) {
      evidence.put("stated_outside", reached.spec().stated(Side.OUTSIDE));
      evidence.put("claim_to_verify", true);
    }
    putCodesAndCase(evidence, index, mention.mineral(), lookalike, line, asOf);
    String message =
        (side == Side.OUTSIDE ? "documentary check: " : "")
            + "description names "
            + mention.mineral()
            + " ('"
            + mention.matched()
            + "'), a controlled mineral, but HS "
            + line.hsCode()
            + " is not a controlled code"
            + lookalike.map(l -> "; it is a known lookalike (" + l.tariffText() + ")").orElse("")
            + switch (side) {
              case WITHIN ->
                  "; its own figures put the goods within the threshold of "
                      + reached.item().label()
                      + " ("
                      + reached.spec().statedText(Side.WITHIN)
                      + ")";
              case OUTSIDE ->
                  "; its own figures put the goods outside the threshold of "
                      + reached.item().label()
                      + " ("
                      + reached.spec().statedText(Side.OUTSIDE)
                      + "): a claim to verify with the technical documents";
              case UNSTATED ->
                  reached.conditional()
                      ? "; whether the goods are "
                          + reached.item().label()
                          + " depends on the specification ("
                          + reached.item().threshold().orElseThrow()
                          + ")"
                      : "";
            };
    return new Finding(
        code(),
        severity,
        OptionalInt.of(line.lineNo()),
        message,
        evidence,
        reached.measure().basis());
  }

  /** The mineral's controlled codes, the lookalike case where there is one, license and date. */
  private static void putCodesAndCase(
      Map<String, Object> evidence,
      MineralIndex index,
      String mineral,
      Optional<Lookalike> lookalike,
      GoodsLine line,
      LocalDate asOf) {
    evidence.put(
        "controlled_codes",
        index.codesByMineral.getOrDefault(mineral, List.of()).stream().limit(6).toList());
    lookalike.ifPresent(
        l -> {
          evidence.put("lookalike_code", l.code());
          evidence.put("lookalike_case", l.knownCase());
          evidence.put("lookalike_confidence", l.confidence());
        });
    evidence.put("license_no", line.licenseNo().orElse(null));
    evidence.put("as_of", asOf.toString());
  }

  /**
   * Lead-antimony alloy declared as lead containing antimony names antimony honestly; only a
   * near-pure purity says the goods are the mineral itself.
   */
  private static boolean expectedUnderCode(
      Optional<Lookalike> lookalike, MineralMention mention, GoodsLine line) {
    return lookalike
            .filter(l -> l.namesMineral() && l.minerals().contains(mention.mineral()))
            .isPresent()
        && !(Purity.of(line.description()).orElse(0) >= NEAR_PURE_PERCENT);
  }

  private static Severity severity(
      MineralMention mention, boolean lookalike, boolean licensed, boolean conditional) {
    Severity base = mention.kind() == MineralMention.Kind.TYPO ? Severity.MEDIUM : Severity.HIGH;
    if (lookalike) {
      base = base == Severity.HIGH ? Severity.CRITICAL : Severity.HIGH;
    }
    if (conditional) {
      // Only goods beyond the item's threshold are controlled; most of the mineral's trade is not.
      base = base.lower();
    }
    if (licensed) {
      // The exporter treats the goods as controlled; the code is wrong, the intent less likely.
      base = base.lower();
    }
    return base;
  }

  private static Optional<Measure> measureInForce(
      MineralIndex index, String mineral, LocalDate date) {
    for (Measure measure : index.measuresByMineral.getOrDefault(mineral, List.of())) {
      if (measure.kind().controlsGoods()
          && index.controlList.status(measure, date) == MeasureStatus.IN_FORCE) {
        return Optional.of(measure);
      }
    }
    return Optional.empty();
  }
}
