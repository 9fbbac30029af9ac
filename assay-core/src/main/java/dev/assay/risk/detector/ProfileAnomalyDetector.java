package dev.assay.risk.detector;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.ControlledItem;
import dev.assay.controllist.ListedItem;
import dev.assay.controllist.Measure;
import dev.assay.controllist.ReferenceCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.TransportMode;
import dev.assay.lexicon.Lookalike;
import dev.assay.lexicon.Lookalikes;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import dev.assay.risk.profile.BandBook;
import dev.assay.risk.profile.BandBook.Band;
import dev.assay.risk.profile.ExporterProfile;
import dev.assay.risk.profile.ExporterProfiles;
import dev.assay.risk.profile.Parcel;
import dev.assay.risk.profile.ParcelShares;
import dev.assay.risk.profile.TradedHeadings;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Declarations unlike what came before them: unlike the exporter's own history (a new HS chapter, a
 * new destination, a volume spike, a new company shipping listed minerals or their lookalikes),
 * unlike what the goods usually weigh per declared unit (hidden goods inside mannequins or
 * bottles), unlike how the goods usually travel (a post parcel of goods that fill containers), and
 * small parcels that together make one consignment ("many small parcels, many times"). Every
 * profile is learned in one pass from the declarations judged before, never from the one judged or
 * later ones. See docs/detectors/PROFILE_ANOMALY.md.
 */
public final class ProfileAnomalyDetector implements Detector {
  private static final String BASIS =
      "Customs Law (truthful declaration); Export Control Law Art. 34 (evasion); campaign wording"
          + " 快递小包多次少量 (\"many small parcels, many times\", MSS-0718)";

  /** More distinct codes than this and the mineral cache stops growing (lookups still work). */
  private static final int MAX_CACHED_CODES = 200_000;

  private final ControlList controlList;
  private final Lookalikes lookalikes;
  private final ProfileAnomalySettings settings;
  private final ExporterProfiles profiles;
  private final BandBook unitWeights;
  private final BandBook lotSizes;
  private final ParcelShares parcelShares = new ParcelShares();

  private final TradedHeadings tradedHeadings = new TradedHeadings();
  private final Map<String, Long> mineralsByCode = new HashMap<>();
  private final Map<String, Integer> mineralBits = new HashMap<>();
  private final Map<Integer, String> mineralNames = new HashMap<>();
  private final long listChapters;
  private final long moreListChapters;

  public ProfileAnomalyDetector(
      ControlList controlList, Lookalikes lookalikes, ProfileAnomalySettings settings) {
    this.controlList = controlList;
    this.lookalikes = lookalikes;
    this.settings = settings;
    long low = 0;
    long high = 0;
    for (Measure measure : controlList.measures()) {
      for (ControlledItem item : measure.items()) {
        for (ReferenceCode reference : item.hsCodes()) {
          int chapter = chapter(reference.code());
          if (chapter < 64) {
            low |= 1L << chapter;
          } else {
            high |= 1L << (chapter - 64);
          }
        }
      }
    }
    this.listChapters = low;
    this.moreListChapters = high;
    this.profiles =
        new ExporterProfiles(
            settings.maxDestinations(),
            settings.maxConsignees(),
            settings.volumeMonths(),
            settings.maxParcels());
    this.unitWeights =
        new BandBook(
            settings.unitWeightWindow(),
            settings.unitWeightRefreshEvery(),
            settings.unitWeightMinimumSeen());
    this.lotSizes =
        new BandBook(
            settings.unitWeightWindow(),
            settings.unitWeightRefreshEvery(),
            settings.parcelMinimumSeen());
  }

  /** The detector with the shipped lookalikes and settings. */
  public static ProfileAnomalyDetector bundled(ControlList controlList) {
    return new ProfileAnomalyDetector(
        controlList, Lookalikes.bundled(), ProfileAnomalySettings.bundled());
  }

  @Override
  public FindingCode code() {
    return FindingCode.PROFILE_ANOMALY;
  }

  @Override
  public synchronized void inspect(EnrichedDeclaration enriched, Consumer<Finding> findings) {
    Declaration d = enriched.declaration();
    if (d.lines().isEmpty()) {
      return;
    }
    String exporter = d.exporter().code().value();
    ExporterProfile profile = profiles.profile(exporter).orElse(null);
    boolean postOrAir =
        d.transport().mode() == TransportMode.POST || d.transport().mode() == TransportMode.AIR;
    Signals signals = new Signals();
    boolean allBulk = postOrAir;
    for (GoodsLine line : d.lines()) {
      allBulk &= isBulk(line.hsCode().heading());
    }
    boolean trader = profile != null && isMineralTrader(profile);
    boolean established = profile != null && profile.declarations() >= settings.establishedAfter();
    boolean newCompany =
        profile == null
            || (profile.declarations() < settings.newCompanyDeclarations()
                && ChronoUnit.DAYS.between(profile.firstSeen(), d.declaredAt())
                    <= settings.newCompanyDays());

    int consignee = normalizedHash(d.consignee().name());
    TradedHeadings.Headings exporterHas = tradedHeadings.ofExporter(exporter);
    TradedHeadings.Headings consigneeHas = tradedHeadings.ofConsignee(consignee);

    long chapterBits = 0;
    long moreChapterBits = 0;
    long minerals = 0;
    boolean listedLine = false;
    boolean carrierLine = false;
    boolean licensed = false;
    GoodsLine heaviest = d.lines().getFirst();
    double[] unitWeightsSeen = new double[d.lines().size()];
    boolean[] listedLines = new boolean[d.lines().size()];
    for (int i = 0; i < d.lines().size(); i++) {
      GoodsLine line = d.lines().get(i);
      HsCode code = line.hsCode();
      int chapter = chapter(code);
      long lineMinerals = minerals(code);
      minerals |= lineMinerals;
      licensed |= line.licenseNo().isPresent();
      if (line.netWeightKg() > heaviest.netWeightKg()) {
        heaviest = line;
      }
      Optional<Lookalike> lookalike = lookalikes.find(code);
      boolean listed = lineMinerals != 0 && lookalike.isEmpty();
      listedLine |= listed;
      listedLines[i] = listed;

      unitWeightsSeen[i] = unitWeight(line);
      if (!Double.isNaN(unitWeightsSeen[i])) {
        judgeUnitWeight(line, unitWeightsSeen[i], signals);
      }
      if (allBulk) {
        judgeParcel(line, signals);
      }
      // The lookalike is named once per line: the chapter's message names it first when it fires.
      boolean lookalikeNamed = false;
      if ((established || trader) && !profile.shipsChapter(chapter)) {
        // A mineral trader's own family spans a few chapters of the list (ingots, oxides, ores);
        // a chapter the control list never names is far from its trade.
        int points = trader && !listed && !isListChapter(chapter) ? 2 : 1;
        boolean tells = points >= 2;
        if (lookalike.isPresent()) {
          points++; // from an ordinary exporter it stays context: honest trade has lookalikes
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("line_no", line.lineNo());
        e.put("hs_chapter", code.chapter());
        e.put("exporter_declarations", profile.declarations());
        e.put("mineral_trader", trader);
        lookalike.ifPresent(l -> e.put("lookalike_of", l.minerals()));
        signals.add(
            tells || (trader && lookalike.isPresent()),
            "new_hs_chapter",
            points,
            (trader ? "a mineral trader" : "an established exporter")
                + " ships HS chapter "
                + code.chapter()
                + " for the first time"
                + lookalike
                    .map(l -> " (a lookalike of " + String.join(", ", l.minerals()) + ")")
                    .orElse(""),
            e);
        lookalikeNamed = lookalike.isPresent();
      }
      String heading = code.heading();
      boolean hidingPlace = settings.carrierHeadings().contains(heading);
      boolean carrierGoods = lookalike.isPresent() || hidingPlace;
      carrierLine |= carrierGoods;
      if (established
          && consigneeHas != null
          && !exporterHas.contains(heading)
          && !consigneeHas.contains(heading)
          && carrierGoods) {
        // Goods that hide or pass off controlled minerals, traded by neither party before: the
        // lot belongs to neither party's business (the exporter's range alone is context above).
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("line_no", line.lineNo());
        e.put("hs_heading", heading);
        e.put("exporter_declarations", profile.declarations());
        e.put("exporter_traded_controlled", exporterHas.listed());
        e.put("consignee_received_controlled", consigneeHas.listed());
        // Two reasons, told apart in the message and the evidence for the officer: goods that
        // cases report as hiding places carry something else, a lookalike passes itself off. They
        // share one signal name and so one learned weight: learned apart they found no more on
        // the held-out variants (docs/evidence.md, "Hiding places and lookalikes learned apart").
        putCarrierKind(e, hidingPlace, lookalike);
        signals.add(
            "carrier_outside_ranges",
            1,
            "an established exporter declares heading "
                + heading
                + carrierWords(hidingPlace, lookalikeNamed ? Optional.empty() : lookalike)
                + " for the first time, to a consignee that never received it",
            e);
        if (settings.carrierMineralParty().marks(exporterHas.listed(), consigneeHas.listed())) {
          // Adds no point: it only sets these lots apart, so that the weight learned from their
          // outcomes is theirs and not that of the many honest newcomers to carrier goods.
          signals.addContext(
              "mineral_party",
              0,
              (exporterHas.listed()
                      ? "the exporter has declared controlled goods before"
                      : "the exporter never declared controlled goods")
                  + (consigneeHas.listed()
                      ? ", the consignee has received controlled goods before"
                      : ", the consignee never received controlled goods"),
              ordered(
                  "exporter_traded_controlled", exporterHas.listed(),
                  "consignee_received_controlled", consigneeHas.listed()));
        }
      }
      if (settings.carrierMineralConsignee()
          && !signals.has("carrier_outside_ranges")
          && consigneeHas != null
          && consigneeHas.listed()
          && !consigneeHas.contains(heading)
          && carrierGoods) {
        // Carrier goods to a buyer of controlled goods that never received them: whoever the
        // exporter is (its own trade in the goods, or too little history to say), the buyer's
        // trade is in what such goods hide, not in the goods.
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("line_no", line.lineNo());
        e.put("hs_heading", heading);
        e.put("exporter_declares_heading", exporterHas.contains(heading));
        e.put("exporter_declarations", profile == null ? 0 : profile.declarations());
        putCarrierKind(e, hidingPlace, lookalike);
        signals.add(
            "carrier_to_mineral_consignee",
            1,
            "heading "
                + heading
                + carrierWords(hidingPlace, lookalikeNamed ? Optional.empty() : lookalike)
                + " to a consignee that received controlled goods before and never this heading",
            e);
      }
      boolean unlicensedControlled =
          enriched.determination(i).controlled() && line.licenseNo().isEmpty();
      if (newCompany && (unlicensedControlled || lookalike.isPresent())) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("line_no", line.lineNo());
        e.put("hs_code", code.value());
        e.put("exporter_declarations", profile == null ? 0 : profile.declarations());
        e.put(
            "first_seen",
            profile == null ? d.declaredAt().toString() : profile.firstSeen().toString());
        // Unlicensed controlled goods are UNLICENSED_CONTROLLED_EXPORT's finding; here they only
        // add to other signals. A lookalike from a newcomer is telling on its own.
        signals.add(
            lookalike.isPresent(),
            "new_company",
            1,
            "a company with little history ships "
                + (unlicensedControlled
                    ? "controlled goods without a license"
                    : "a lookalike of " + String.join(", ", lookalike.get().minerals())),
            e);
      }
      if (chapter < 64) {
        chapterBits |= 1L << chapter;
      } else {
        moreChapterBits |= 1L << (chapter - 64);
      }
    }
    if (postOrAir) {
      // Below the sample bound a light parcel may be a sample of the seller's trade. Carrier goods
      // outside both parties' trade are no sample of it; nor are carrier goods from an exporter
      // with too little history to have a trade to sample.
      String noSample =
          signals.has("carrier_outside_ranges")
              ? "outside_both_ranges"
              : !established && carrierLine ? "exporter_without_history" : null;
      judgeFreight(d, signals, noSample);
    }
    if (established && !profile.shipsTo(d.destination())) {
      signals.addContext(
          "new_destination",
          1,
          "an established exporter ships to " + d.destination().value() + " for the first time",
          Map.of("destination_country", d.destination().value()));
    }
    if (profile != null) {
      judgeVolume(profile, d.declaredAt(), d.totalNetWeightKg(), signals);
    }

    int address = normalizedHash(d.consignee().address());
    Parcel parcel = null;
    if (postOrAir && !licensed && d.totalNetWeightKg() <= settings.partMaxKg()) {
      parcel =
          new Parcel(
              d.id(),
              d.declaredAt(),
              consignee,
              address,
              d.destination().value(),
              heaviest.hsCode().heading(),
              minerals,
              d.totalNetWeightKg());
      // Parcels of goods that often travel by post (phones, laptops) are ordinary trade.
      boolean parcelGoods = false;
      for (GoodsLine line : d.lines()) {
        parcelGoods |= isParcelGoods(line.hsCode().heading());
      }
      if (profile != null && (minerals != 0 || trader || !parcelGoods)) {
        // Goods of chapters the exporter already ships, not mineral-related, from a company that
        // does not trade minerals: its own range sent as parcels (samples, spare parts, orders).
        // (The chapter must come from more than its parcels: a company that only sends parcels has
        // no range yet.)
        boolean ownRange =
            !trader && minerals == 0 && profile.declarations() > profile.parcels().size();
        for (GoodsLine line : d.lines()) {
          ownRange &= profile.shipsChapter(chapter(line.hsCode()));
        }
        judgeSeries(profile, parcel, trader, ownRange, findings);
      }
    }
    signals.report(findings);

    // Learn only now: nothing of this declaration may inform its own judgement.
    for (int i = 0; i < d.lines().size(); i++) {
      GoodsLine line = d.lines().get(i);
      if (!Double.isNaN(unitWeightsSeen[i])) {
        unitWeights.add(unitWeightKey(line), unitWeightsSeen[i]);
      }
      String heading = line.hsCode().heading();
      // a line the control list names marks both parties as traders of controlled goods
      tradedHeadings.learn(exporter, consignee, heading, listedLines[i]);
      parcelShares.add(heading, postOrAir);
      if (line.netWeightKg() > 0) {
        lotSizes.add(heading, Math.log(line.netWeightKg()));
      }
    }
    profiles.learn(
        exporter,
        d.declaredAt(),
        chapterBits,
        moreChapterBits,
        d.destination(),
        consignee,
        listedLine,
        d.totalNetWeightKg(),
        parcel);
  }

  private boolean isMineralTrader(ExporterProfile profile) {
    return profile.declarations() >= settings.mineralTraderAfter()
        && profile.mineralShare() >= settings.mineralTraderShare();
  }

  /** Whether goods of the heading have a history and rarely travel by post or air. */
  private boolean isBulk(String heading) {
    return parcelShares.seen(heading) >= settings.parcelMinimumSeen()
        && parcelShares.share(heading) <= settings.bulkParcelShare();
  }

  /** Whether goods of the heading have a history of travelling by post or air. */
  private boolean isParcelGoods(String heading) {
    return parcelShares.seen(heading) >= settings.parcelMinimumSeen()
        && parcelShares.share(heading) > settings.bulkParcelShare();
  }

  private boolean isListChapter(int chapter) {
    return chapter < 64
        ? (listChapters & (1L << chapter)) != 0
        : (moreListChapters & (1L << (chapter - 64))) != 0;
  }

  /** Net kg per declared unit, where the unit is not a mass; NaN otherwise. */
  private double unitWeight(GoodsLine line) {
    if (line.quantity() <= 0
        || line.netWeightKg() <= 0
        || line.unit().isEmpty()
        || settings.massUnits().contains(line.unit().toUpperCase(Locale.ROOT))) {
      return Double.NaN;
    }
    return line.netWeightKg() / line.quantity();
  }

  private static String unitWeightKey(GoodsLine line) {
    return line.hsCode().value() + '|' + line.unit().toUpperCase(Locale.ROOT);
  }

  private void judgeUnitWeight(GoodsLine line, double unitWeight, Signals signals) {
    Optional<Band> band = unitWeights.band(unitWeightKey(line));
    if (band.isEmpty() || band.get().median() <= 0) {
      return;
    }
    double median = band.get().median();
    double spread = Math.max(band.get().sigma(), settings.minimumSpread() * median);
    double ratio = unitWeight / median;
    if (ratio >= settings.suspectRatio()
        && (unitWeight - median) / spread >= settings.suspectDeviations()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("line_no", line.lineNo());
      e.put("hs_code", line.hsCode().value());
      e.put("unit", line.unit());
      e.put("kg_per_unit", round3(unitWeight));
      e.put("usual_kg_per_unit", round3(median));
      e.put("ratio", round3(ratio));
      e.put("learned_from", band.get().observations());
      signals.add(
          "unit_weight",
          ratio >= settings.strongRatio() ? 3 : 2,
          String.format(
              Locale.ROOT,
              "%.3f kg per %s is %.2f times what %s usually weighs per unit (%.3f kg)",
              unitWeight,
              line.unit(),
              ratio,
              line.hsCode().value(),
              median),
          e);
    }
  }

  private void judgeParcel(GoodsLine line, Signals signals) {
    String heading = line.hsCode().heading();
    Optional<Band> lots = lotSizes.band(heading);
    double usualKg = lots.map(b -> Math.exp(b.median())).orElse(Double.NaN);
    boolean small =
        !Double.isNaN(usualKg) && line.netWeightKg() * settings.smallLotFactor() <= usualKg;
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("line_no", line.lineNo());
    e.put("hs_heading", heading);
    e.put("post_or_air_share", round3(parcelShares.share(heading)));
    e.put("net_weight_kg", line.netWeightKg());
    e.put("usual_lot_kg", Double.isNaN(usualKg) ? null : Math.round(usualKg));
    signals.add(
        "parcel_of_bulk_goods",
        small ? 2 : 1,
        "goods of heading "
            + heading
            + " that travel by post or air "
            + Math.round(parcelShares.share(heading) * 100)
            + "% of the time go as a parcel"
            + (small
                ? " of "
                    + Math.round(line.netWeightKg())
                    + " kg, far below the usual "
                    + Math.round(usualKg)
                    + " kg"
                : ""),
        e);
  }

  /**
   * What kind of carrier goods a line is, for the officer: a hiding place the cases report, or a
   * lookalike of the minerals named.
   */
  private static void putCarrierKind(
      Map<String, Object> e, boolean hidingPlace, Optional<Lookalike> lookalike) {
    e.put("hiding_place", hidingPlace);
    lookalike.ifPresent(l -> e.put("lookalike_of", l.minerals()));
  }

  /** Empty for a lookalike already named on this line. */
  private static String carrierWords(boolean hidingPlace, Optional<Lookalike> lookalike) {
    if (hidingPlace) {
      return " (goods known to hide controlled minerals)";
    }
    return lookalike
        .map(l -> " (a lookalike of " + String.join(", ", l.minerals()) + ")")
        .orElse("");
  }

  /**
   * Post or air carriage that would cost at least what the goods are declared to be worth: cheap,
   * heavy goods flown or posted by the hundred kilograms make sense only if something else in the
   * consignment pays for the trip (hidden goods). A consignment under the minimum weight may be a
   * sample or a small order whose carriage the seller bears for the custom: not judged, unless it
   * is no sample of the seller's trade.
   *
   * @param noSample why a light parcel is no sample of the seller's trade, or null: carrier goods
   *     that neither party ever traded ({@code outside_both_ranges}), or carrier goods from an
   *     exporter with too little history to have a trade to sample ({@code
   *     exporter_without_history}); the bound does not excuse them
   */
  private void judgeFreight(Declaration d, Signals signals, String noSample) {
    double gross = d.transport().grossWeightKg();
    boolean belowSampleBound = gross < settings.freightMinKg();
    if ((belowSampleBound && noSample == null) || gross <= 0 || gross > settings.freightMaxKg()) {
      return;
    }
    double value = 0;
    for (GoodsLine line : d.lines()) {
      value += line.valueUsd();
    }
    boolean post = d.transport().mode() == TransportMode.POST;
    double rate = post ? settings.postFreightUsdPerKg() : settings.airFreightUsdPerKg();
    double freight = gross * rate;
    if (value <= 0 || freight < value) {
      return;
    }
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("transport_mode", d.transport().mode().name());
    e.put("gross_weight_kg", gross);
    e.put("value_usd", Math.round(value * 100) / 100.0);
    e.put("value_usd_per_kg", round3(value / gross));
    e.put("freight_usd_per_kg", rate);
    e.put("estimated_freight_usd", Math.round(freight));
    if (belowSampleBound) {
      e.put("below_sample_bound_kg", settings.freightMinKg());
      e.put("no_sample_because", noSample);
    }
    signals.add(
        "freight_above_value",
        2,
        String.format(
            Locale.ROOT,
            "%.0f kg by %s declared at USD %.0f (%.2f per kg): carriage at about USD %.0f per kg"
                + " would cost USD %.0f, more than the goods",
            gross,
            post ? "post" : "air",
            value,
            value / gross,
            rate,
            freight),
        e);
  }

  private void judgeVolume(ExporterProfile profile, LocalDate date, double netKg, Signals signals) {
    if (profile.monthsRecorded() < settings.spikeMinMonths()) {
      return;
    }
    int thisMonth = profile.declarationsInMonthOf(date) + 1;
    if (thisMonth < settings.spikeMinDeclarations()) {
      return;
    }
    double median = profile.medianMonthlyDeclarations();
    if (thisMonth >= settings.spikeFactor() * Math.max(median, 1)) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("declarations_this_month", thisMonth);
      e.put("median_declarations_per_month", median);
      e.put("net_kg_this_month", Math.round(profile.netKgInMonthOf(date) + netKg));
      signals.add(
          "volume_spike", 1, thisMonth + " declarations this month against a usual " + median, e);
    }
  }

  private void judgeSeries(
      ExporterProfile profile,
      Parcel parcel,
      boolean trader,
      boolean ownRange,
      Consumer<Finding> findings) {
    List<Parcel> earlier = new ArrayList<>();
    List<Parcel> flow = new ArrayList<>();
    for (Parcel p : profile.parcels()) {
      long days = ChronoUnit.DAYS.between(p.date(), parcel.date());
      boolean sameParty =
          p.consignee() == parcel.consignee()
              || (p.address() != 0 && p.address() == parcel.address());
      boolean sameGoods =
          p.heading().equals(parcel.heading()) || (p.minerals() & parcel.minerals()) != 0 || trader;
      if (!sameParty || !sameGoods || days < 0) {
        continue;
      }
      if (days <= settings.windowDays()) {
        earlier.add(p);
      } else if (days <= settings.flowDays()) {
        flow.add(p);
      }
    }
    int parts = earlier.size() + 1;
    if (parts < settings.minParts()) {
      return;
    }
    // A buyer that has taken these parcels for months is a customer, not a burst of parts.
    boolean establishedFlow = flow.size() >= settings.flowMinParcels();
    double total = parcel.netKg();
    List<Map<String, Object>> partEvidence = new ArrayList<>();
    for (Parcel p : earlier) {
      total += p.netKg();
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("declaration_id", p.declarationId());
      part.put("declared_at", p.date().toString());
      part.put(
          "link",
          p.consignee() == parcel.consignee()
              ? "same consignee"
              : p.address() != 0 && p.address() == parcel.address()
                  ? "same consignee address"
                  : "same destination country");
      part.put("hs_heading", p.heading());
      part.put("net_weight_kg", p.netKg());
      partEvidence.add(part);
    }
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("signal", "split_shipment");
    e.put("parts", parts);
    e.put("total_net_weight_kg", Math.round(total * 10) / 10.0);
    e.put("part_max_kg", settings.partMaxKg());
    e.put("window_days", settings.windowDays());
    e.put("minerals", mineralNames(parcel.minerals()));
    e.put("earlier_parts", partEvidence);
    e.put("ordinary_range", ownRange);
    if (establishedFlow) {
      e.put(
          "established_flow",
          ordered(
              "earlier_parcels", flow.size(),
              "since", flow.get(0).date().toString(),
              "days", settings.flowDays()));
    }
    findings.accept(
        new Finding(
            code(),
            ownRange || establishedFlow
                ? Severity.LOW
                : parts >= settings.strongParts() ? Severity.HIGH : Severity.MEDIUM,
            OptionalInt.empty(),
            String.format(
                Locale.ROOT,
                "part %d of a series of small post or air parcels to %s within %d days,"
                    + " %.1f kg together, each under %.0f kg%s",
                parts,
                parcel.country(),
                settings.windowDays(),
                total,
                settings.partMaxKg(),
                ownRange ? "; goods of the exporter's own range, no mineral-related code" : ""),
            e,
            BASIS));
  }

  /** The minerals a code is listed for (whatever the date) or is a known lookalike of. */
  private long minerals(HsCode code) {
    Long cached = mineralsByCode.get(code.value());
    if (cached != null) {
      return cached;
    }
    long bits = 0;
    for (ListedItem listed : controlList.itemsFor(code)) {
      bits |= mineralBit(listed.item().mineral());
    }
    Optional<Lookalike> lookalike = lookalikes.find(code);
    if (lookalike.isPresent()) {
      for (String mineral : lookalike.get().minerals()) {
        bits |= mineralBit(mineral);
      }
    }
    if (mineralsByCode.size() < MAX_CACHED_CODES) {
      mineralsByCode.put(code.value(), bits);
    }
    return bits;
  }

  private long mineralBit(String mineral) {
    Integer bit = mineralBits.get(mineral);
    if (bit == null) {
      if (mineralBits.size() >= 63) {
        return 1L << 63; // every further mineral shares the last bit
      }
      bit = mineralBits.size();
      mineralBits.put(mineral, bit);
      mineralNames.put(bit, mineral);
    }
    return 1L << bit;
  }

  private List<String> mineralNames(long bits) {
    List<String> names = new ArrayList<>();
    for (int bit = 0; bit < 64; bit++) {
      if ((bits & (1L << bit)) != 0) {
        names.add(mineralNames.getOrDefault(bit, "other"));
      }
    }
    return names;
  }

  private static int chapter(HsCode code) {
    String v = code.value();
    return (v.charAt(0) - '0') * 10 + (v.charAt(1) - '0');
  }

  /** A hash of the letters and digits of a name or address, lower-cased; 0 for none. */
  static int normalizedHash(String text) {
    int h = 0;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h = 31 * h + Character.toLowerCase(c);
        any = true;
      }
    }
    return any && h == 0 ? 1 : h;
  }

  private static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /**
   * The profile signals of one declaration; each kind counts once (its strongest line), and their
   * points together decide the severity of the one finding they make.
   */
  private final class Signals {
    private final Map<String, Integer> points = new LinkedHashMap<>();
    private final Map<String, String> messages = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> evidence = new LinkedHashMap<>();

    private boolean telling;

    /** Whether a signal of this kind was added. */
    boolean has(String kind) {
      return points.containsKey(kind);
    }

    /** Adds a signal that alone says too little to report: it only adds to others. */
    void addContext(String kind, int p, String message, Map<String, Object> e) {
      add(false, kind, p, message, e);
    }

    void add(String kind, int p, String message, Map<String, Object> e) {
      add(true, kind, p, message, e);
    }

    void add(boolean tells, String kind, int p, String message, Map<String, Object> e) {
      telling |= tells;
      put(kind, p, message, e);
    }

    private void put(String kind, int p, String message, Map<String, Object> e) {
      Integer before = points.get(kind);
      if (before == null || p > before) {
        points.put(kind, p);
        messages.put(kind, message);
        evidence.put(kind, e);
      }
    }

    void report(Consumer<Finding> findings) {
      int total = 0;
      for (int p : points.values()) {
        total += p;
      }
      if (!telling && total < settings.mediumPoints()) {
        return;
      }
      // Context signals alone (a new chapter and a new destination) stay a weak indicator.
      Severity severity =
          !telling
              ? Severity.LOW
              : total >= settings.highPoints()
                  ? Severity.HIGH
                  : total >= settings.mediumPoints() ? Severity.MEDIUM : Severity.LOW;
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("signals", List.copyOf(points.keySet()));
      e.put("points", total);
      for (Map.Entry<String, Map<String, Object>> entry : evidence.entrySet()) {
        e.put(entry.getKey(), entry.getValue());
      }
      findings.accept(
          new Finding(
              code(),
              severity,
              OptionalInt.empty(),
              "unlike this exporter's history or these goods' habits: "
                  + String.join("; ", messages.values()),
              e,
              BASIS));
    }
  }

  /**
   * Evidence fields in the order written: {@code Map.of} iterates in an order that changes from one
   * JVM to the next, and the same declaration must give the same JSON in every run.
   */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
