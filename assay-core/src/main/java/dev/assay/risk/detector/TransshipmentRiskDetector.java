package dev.assay.risk.detector;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.Determination;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.controllist.ListedItem;
import dev.assay.controllist.Measure;
import dev.assay.controllist.Verdict;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.Party;
import dev.assay.lexicon.MineralLexicon;
import dev.assay.lexicon.MineralMention;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import dev.assay.risk.network.PartyKeys;
import dev.assay.risk.transshipment.CountryQualifier;
import dev.assay.risk.transshipment.DestinationShares;
import dev.assay.risk.transshipment.DestinationShares.Shift;
import dev.assay.risk.transshipment.KnownHubs;
import dev.assay.risk.transshipment.MineralParties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Signs that a controlled mineral goes to a third country only to be passed on: a destination that
 * became a hub for the mineral after its control measure took effect (its share jumped, measured
 * from the declarations seen so far), a consignee receiving the mineral for the first time, an end
 * user in another country than the consignee, transit through a hub, and a consignee whose brand
 * received the mineral in another country, above all one the control list now bars or the trade has
 * turned away from; a consignee named as its brand's arm in its own country ("(Germany)") while
 * that brand received the mineral elsewhere, and one sharing its address with consignees of the
 * mineral under other brands (the fronts of one owner at a formation agent). The signals add up to
 * one finding per declaration; one weak signal alone is not reported. Learns only after it has
 * judged a declaration, never from later ones. See docs/detectors/TRANSSHIPMENT_RISK.md.
 */
public final class TransshipmentRiskDetector implements Detector {
  /** Until this many shipments of a mineral were seen, every consignee is new. */
  static final int WARM_UP_SHIPMENTS = 30;

  /** More consignees of one mineral at an address than this, and it is a business centre. */
  static final int MAX_SHARED_ADDRESS = 6;

  /** Points needed for a finding; one weak signal is ordinary trade. */
  static final int REPORTED_POINTS = 2;

  private static final String LAW =
      "Export Control Law Art. 16 (no transfer to third parties without consent), Art. 45"
          + " (transit and transshipment); campaign target 第三国转口";

  /** The signals and what each weighs. */
  enum Signal {
    HUB_DESTINATION(1),
    NEW_CONSIGNEE(1),
    END_USER_ELSEWHERE(2),
    TRANSIT_HUB(1),
    BRAND_IN_RESTRICTED_DESTINATION(2),
    BRAND_ABROAD(1),
    LOCAL_ARM(1),
    SHARED_ADDRESS(1);

    final int points;

    Signal(int points) {
      this.points = points;
    }
  }

  private final ControlList controlList;
  private final PartyKeys keys;
  private final MineralLexicon lexicon;
  private final DestinationShares shares = new DestinationShares();
  private final MineralParties parties = new MineralParties(MAX_SHARED_ADDRESS);
  private final Map<String, Boolean> barred = new HashMap<>();
  private final KnownHubs knownHubs;

  public TransshipmentRiskDetector(
      ControlList controlList, PartyKeys keys, MineralLexicon lexicon) {
    this(controlList, keys, lexicon, KnownHubs.bundled());
  }

  /**
   * @param knownHubs hubs named by public data, counted from the day the mineral's measure holds
   */
  public TransshipmentRiskDetector(
      ControlList controlList, PartyKeys keys, MineralLexicon lexicon, KnownHubs knownHubs) {
    this.controlList = controlList;
    this.keys = keys;
    this.lexicon = lexicon;
    this.knownHubs = knownHubs;
  }

  @Override
  public FindingCode code() {
    return FindingCode.TRANSSHIPMENT_RISK;
  }

  @Override
  public synchronized void inspect(EnrichedDeclaration enriched, Consumer<Finding> findings) {
    Declaration d = enriched.declaration();
    List<Controlled> lines = listedLines(enriched);
    if (lines.isEmpty()) {
      learnCustomer(d);
      return;
    }
    Optional<PartyKeys.Identity> consignee =
        d.consignee() == null || d.consignee().name().isBlank()
            ? Optional.empty()
            : Optional.of(keys.of(d.consignee()));
    Judgement best = null;
    for (Controlled c : lines) {
      if (!c.determination().controlled()) {
        continue;
      }
      Judgement j = judge(enriched, c, consignee);
      if (best == null || j.points() > best.points()) {
        best = j;
      }
    }
    if (best != null && best.points() >= REPORTED_POINTS) {
      findings.accept(finding(enriched, best));
    }
    for (Controlled c : lines) {
      learn(d, c, consignee);
    }
    learnCustomer(d);
  }

  /** Learns the consignee's brand as a customer of the minerals its exporter ships. */
  private void learnCustomer(Declaration d) {
    if (d.exporter() == null || d.consignee() == null || d.consignee().name().isBlank()) {
      return;
    }
    Set<String> minerals = parties.mineralsOf(d.exporter().code().toString());
    if (minerals.isEmpty()) {
      return;
    }
    Optional<String> brand = keys.name(d.consignee().name()).brand();
    for (String mineral : minerals) {
      parties.addCustomer(mineral, brand, d.consignee().country(), d.consignee().name());
    }
  }

  /** A listed goods line, its mineral and the measure that lists the item. */
  private record Controlled(
      GoodsLine line, Determination determination, String mineral, Measure measure) {}

  private record Judgement(
      Controlled line, List<Signal> signals, Map<String, Object> facts, List<String> reasons) {
    int points() {
      int p = 0;
      for (Signal s : signals) {
        p += s.points;
      }
      return p;
    }
  }

  /**
   * The lines whose code the control list lists, whatever the date: shipments before a measure took
   * effect are the baseline its hubs are measured against. The mineral is the listed item's; the
   * lexicon names it where the item does not.
   */
  private List<Controlled> listedLines(EnrichedDeclaration e) {
    List<Controlled> list = new ArrayList<>(1);
    for (int i = 0; i < e.declaration().lines().size(); i++) {
      GoodsLine line = e.line(i);
      List<ListedItem> items = controlList.itemsFor(line.hsCode());
      if (items.isEmpty()) {
        continue;
      }
      ListedItem listed = items.getFirst();
      String mineral = listed.item().mineral();
      if (mineral == null || mineral.isBlank()) {
        List<MineralMention> mentions = lexicon.find(line.description());
        if (mentions.isEmpty()) {
          continue;
        }
        mineral = mentions.getFirst().mineral();
      }
      list.add(new Controlled(line, e.determination(i), mineral, listed.measure()));
    }
    return list;
  }

  private Judgement judge(
      EnrichedDeclaration e, Controlled c, Optional<PartyKeys.Identity> consignee) {
    Declaration d = e.declaration();
    LocalDate effective = c.measure().effective();
    List<Signal> signals = new ArrayList<>(3);
    Map<String, Object> facts = new LinkedHashMap<>();
    List<String> reasons = new ArrayList<>(3);

    Optional<Shift> shift = shares.shift(c.mineral(), effective, d.destination(), e.asOf());
    Optional<KnownHubs.Hub> known =
        e.asOf().isBefore(effective)
            ? Optional.empty()
            : knownHubs.find(c.mineral(), d.destination());
    if (!(shift.isPresent() && DestinationShares.isHub(shift.get())) && known.isPresent()) {
      // Named by public trade data or a case: a hub from the first day, before shares could show it
      signals.add(Signal.HUB_DESTINATION);
      facts.put("hub_known_from", known.get().source());
      facts.put("hub_confidence", known.get().confidence());
      reasons.add(
          d.destination()
              + " is a known transshipment hub for "
              + c.mineral()
              + " ("
              + known.get().source()
              + ", "
              + known.get().confidence()
              + ")");
    }
    if (shift.isPresent() && DestinationShares.isHub(shift.get())) {
      signals.add(Signal.HUB_DESTINATION);
      facts.put("share_before", percent(shift.get().shareBefore()));
      facts.put("share_after", percent(shift.get().shareAfter()));
      reasons.add(
          String.format(
              Locale.ROOT,
              "%s became a hub for %s after %s took effect on %s (share %.0f%% before, %.0f%% since)",
              d.destination(),
              c.mineral(),
              c.measure().basis(),
              effective,
              100 * shift.get().shareBefore(),
              100 * shift.get().shareAfter()));
    }
    if (consignee.isPresent()
        && parties.shipments(c.mineral()) >= WARM_UP_SHIPMENTS
        && parties.shipmentsTo(c.mineral(), consignee.get().nameKey()) == 0) {
      signals.add(Signal.NEW_CONSIGNEE);
      reasons.add("first " + c.mineral() + " shipment to the consignee");
    }
    Party endUser = d.endUser();
    if (endUser != null
        && d.consignee() != null
        && endUser.country() != null
        && d.consignee().country() != null
        && !endUser.country().equals(d.consignee().country())) {
      signals.add(Signal.END_USER_ELSEWHERE);
      facts.put("end_user_country", endUser.country().value());
      reasons.add("end user in " + endUser.country() + ", consignee in " + d.consignee().country());
    }
    for (CountryCode transit : d.transitCountries()) {
      Optional<Shift> t = shares.shift(c.mineral(), effective, transit, e.asOf());
      if (t.isPresent() && DestinationShares.isHub(t.get())) {
        signals.add(Signal.TRANSIT_HUB);
        facts.put("transit_hub", transit.value());
        reasons.add("transit through " + transit + ", a hub for " + c.mineral());
        break;
      }
    }
    if (consignee.isPresent() && d.consignee().country() != null) {
      Map<CountryCode, String> elsewhere =
          parties.brandElsewhere(c.mineral(), consignee.get().brand(), d.consignee().country());
      String tieKind = "received " + c.mineral();
      if (elsewhere.isEmpty()) {
        elsewhere =
            parties.customerElsewhere(
                c.mineral(), consignee.get().brand(), d.consignee().country());
        tieKind = "bought from " + c.mineral() + " exporters";
      }
      Signal tie = null;
      for (Map.Entry<CountryCode, String> other : elsewhere.entrySet()) {
        boolean restricted = restricted(c, other.getKey(), effective, e);
        if (tie == null || restricted) {
          tie = restricted ? Signal.BRAND_IN_RESTRICTED_DESTINATION : Signal.BRAND_ABROAD;
          facts.put("brand", consignee.get().brand().orElseThrow());
          facts.put("tied_party", other.getValue());
          facts.put("tied_country", other.getKey().value());
        }
        if (restricted) {
          break;
        }
      }
      if (tie != null) {
        signals.add(tie);
        facts.put("tie", tieKind);
        reasons.add(
            "the consignee's brand '"
                + facts.get("brand")
                + "' "
                + tieKind
                + " in "
                + facts.get("tied_country")
                + " as '"
                + facts.get("tied_party")
                + "'"
                + (tie == Signal.BRAND_IN_RESTRICTED_DESTINATION
                    ? ", a destination now barred or avoided"
                    : ""));
      }
    }
    if (consignee.isPresent() && consignee.get().addressKey().isPresent()) {
      Map<String, String> others =
          parties.othersAt(
              c.mineral(),
              consignee.get().addressKey().get(),
              consignee.get().nameKey(),
              consignee.get().brand());
      if (!others.isEmpty()) {
        signals.add(Signal.SHARED_ADDRESS);
        List<String> names = List.copyOf(others.values());
        facts.put("address", d.consignee().address());
        facts.put("address_shared_with", names);
        reasons.add(
            "its address is also that of "
                + String.join(", ", names)
                + ", other consignees of "
                + c.mineral());
      }
    }
    // A local arm alone is an ordinary subsidiary; with a brand abroad or sibling consignees at its
    // address it is the pattern of a front.
    if ((signals.contains(Signal.SHARED_ADDRESS)
            || signals.contains(Signal.BRAND_ABROAD)
            || signals.contains(Signal.BRAND_IN_RESTRICTED_DESTINATION))
        && CountryQualifier.namesOwnCountry(d.consignee().name(), d.consignee().country())) {
      signals.add(Signal.LOCAL_ARM);
      reasons.add(
          "its name, '"
              + d.consignee().name()
              + "', marks it as a foreign group's arm in "
              + d.consignee().country().displayName());
    }
    return new Judgement(c, signals, facts, reasons);
  }

  /**
   * Whether the mineral may no longer go to the country directly: the control list bars it there
   * (presumption of denial or prohibition, such as MOFCOM 2024 No. 46 for the United States), or
   * the trade turned away from it after the measure.
   */
  private boolean restricted(
      Controlled c, CountryCode country, LocalDate effective, EnrichedDeclaration e) {
    String key = c.line().hsCode() + "|" + country + "|" + e.asOf();
    Boolean known = barred.get(key);
    if (known == null) {
      if (barred.size() > 100_000) {
        barred.clear();
      }
      Verdict verdict =
          controlList
              .determine(
                  new DeterminationQuery(
                      c.line().hsCode(),
                      c.line().description(),
                      country,
                      null,
                      e.declaration().endUse(),
                      e.asOf()))
              .verdict();
      known = verdict.compareTo(Verdict.LICENSE_REQUIRED) > 0;
      barred.put(key, known);
    }
    return known
        || shares
            .shift(c.mineral(), effective, country, e.asOf())
            .map(DestinationShares::isAvoided)
            .orElse(false);
  }

  private void learn(Declaration d, Controlled c, Optional<PartyKeys.Identity> consignee) {
    shares.add(
        c.mineral(),
        c.measure().effective(),
        d.destination(),
        d.declaredAt(),
        c.line().netWeightKg());
    if (consignee.isPresent()) {
      parties.addShipment(c.mineral(), consignee.get().nameKey());
      if (d.exporter() != null) {
        parties.addExporterMineral(d.exporter().code().toString(), c.mineral());
      }
      if (consignee.get().addressKey().isPresent()) {
        parties.addAddress(
            c.mineral(),
            consignee.get().addressKey().get(),
            consignee.get().nameKey(),
            consignee.get().brand(),
            d.consignee().name());
      }
      parties.addBrand(
          c.mineral(), consignee.get().brand(), d.consignee().country(), d.consignee().name());
    }
    Party endUser = d.endUser();
    if (endUser != null && !endUser.name().isBlank()) {
      parties.addBrand(c.mineral(), keys.of(endUser).brand(), endUser.country(), endUser.name());
    }
  }

  private Finding finding(EnrichedDeclaration e, Judgement j) {
    int points = j.points();
    Severity severity = points >= 4 ? Severity.HIGH : points == 3 ? Severity.MEDIUM : Severity.LOW;
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("mineral", j.line().mineral());
    evidence.put("hs_code", j.line().line().hsCode().toString());
    evidence.put("destination_country", e.declaration().destination().value());
    evidence.put(
        "consignee_country",
        e.declaration().consignee() == null || e.declaration().consignee().country() == null
            ? null
            : e.declaration().consignee().country().value());
    evidence.put("measure", j.line().measure().basis());
    evidence.put("measure_effective", j.line().measure().effective().toString());
    evidence.put(
        "signals", j.signals().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
    evidence.put("points", points);
    evidence.putAll(j.facts());
    return new Finding(
        FindingCode.TRANSSHIPMENT_RISK,
        severity,
        OptionalInt.of(j.line().line().lineNo()),
        j.line().mineral()
            + " to "
            + e.declaration().destination()
            + ": "
            + String.join("; ", j.reasons()),
        evidence,
        j.line().measure().basis() + "; " + LAW);
  }

  private static double percent(double share) {
    return Math.round(share * 1000) / 10.0;
  }
}
