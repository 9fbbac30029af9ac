package dev.assay.risk.detector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The thresholds and windows of {@link ProfileAnomalyDetector}, as data ({@code
 * risk/profile-anomaly.yaml}, where each value says why it is what it is).
 */
public record ProfileAnomalySettings(
    int establishedAfter,
    int newCompanyDeclarations,
    int newCompanyDays,
    int mineralTraderAfter,
    double mineralTraderShare,
    int maxDestinations,
    int maxConsignees,
    int volumeMonths,
    int maxParcels,
    double spikeFactor,
    int spikeMinDeclarations,
    int spikeMinMonths,
    Set<String> massUnits,
    int unitWeightWindow,
    int unitWeightRefreshEvery,
    int unitWeightMinimumSeen,
    double suspectRatio,
    double strongRatio,
    double suspectDeviations,
    double minimumSpread,
    int parcelMinimumSeen,
    double bulkParcelShare,
    double smallLotFactor,
    double partMaxKg,
    int windowDays,
    int minParts,
    int strongParts,
    int flowMinParcels,
    int flowDays,
    double airFreightUsdPerKg,
    double postFreightUsdPerKg,
    double freightMinKg,
    double freightMaxKg,
    Set<String> carrierHeadings,
    MineralParty carrierMineralParty,
    boolean carrierMineralConsignee,
    int mediumPoints,
    int highPoints) {

  private static final String FILE = "risk/profile-anomaly.yaml";

  /**
   * Which party's trade in controlled goods marks carrier goods outside both parties' ranges with
   * the companion signal {@code mineral_party} ({@code carriers.mineral_party}): such lots then
   * learn their own weight, apart from the many honest newcomers to carrier goods.
   */
  public enum MineralParty {
    /** No companion signal. */
    NONE,
    /** The exporter has declared a code of the control list before. */
    EXPORTER,
    /** The consignee has received a code of the control list before. */
    CONSIGNEE,
    /** Either of them. */
    EITHER;

    /** Whether a lot whose parties traded (or not) controlled codes is marked. */
    public boolean marks(boolean exporterTraded, boolean consigneeReceived) {
      return switch (this) {
        case NONE -> false;
        case EXPORTER -> exporterTraded;
        case CONSIGNEE -> consigneeReceived;
        case EITHER -> exporterTraded || consigneeReceived;
      };
    }
  }

  public ProfileAnomalySettings {
    massUnits = Set.copyOf(massUnits);
    carrierHeadings = Set.copyOf(carrierHeadings);
    for (String heading : carrierHeadings) {
      if (!heading.matches("\\d{4}")) {
        throw new IllegalArgumentException(
            FILE + ": carriers.headings must be 4-digit HS headings, got " + heading);
      }
    }
    Objects.requireNonNull(carrierMineralParty, "carrierMineralParty");
    if (minParts < 2 || strongParts < minParts) {
      throw new IllegalArgumentException(
          FILE + ": split.min_parts must be at least 2 and split.strong_parts at least min_parts");
    }
    if (freightMaxKg < freightMinKg) {
      throw new IllegalArgumentException(
          FILE + ": freight.max_gross_kg must be at least freight.min_gross_kg");
    }
    if (mediumPoints < 1 || highPoints < mediumPoints) {
      throw new IllegalArgumentException(
          FILE + ": severity.high_points must be at least severity.medium_points >= 1");
    }
  }

  /** The settings shipped with Assay. */
  public static ProfileAnomalySettings bundled() {
    try (InputStream in = ProfileAnomalySettings.class.getResourceAsStream("/" + FILE)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ProfileAnomalySettings parse(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
    JsonNode exporter = root.path("exporter");
    JsonNode unit = root.path("unit_weight");
    JsonNode parcels = root.path("parcels");
    JsonNode split = root.path("split");
    JsonNode freight = root.path("freight");
    JsonNode carriers = root.path("carriers");
    JsonNode severity = root.path("severity");
    Set<String> carrierHeadings = new HashSet<>();
    for (JsonNode h : carriers.path("headings")) {
      carrierHeadings.add(h.asText().strip());
    }
    Set<String> massUnits = new HashSet<>();
    for (JsonNode u : unit.path("mass_units")) {
      massUnits.add(u.asText().strip().toUpperCase(Locale.ROOT));
    }
    return new ProfileAnomalySettings(
        integer(exporter, "exporter", "established_after"),
        integer(exporter, "exporter", "new_company_declarations"),
        integer(exporter, "exporter", "new_company_days"),
        integer(exporter, "exporter", "mineral_trader_after"),
        number(exporter, "exporter", "mineral_trader_share"),
        integer(exporter, "exporter", "max_destinations"),
        integer(exporter, "exporter", "max_consignees"),
        integer(exporter, "exporter", "volume_months"),
        integer(exporter, "exporter", "max_parcels"),
        number(exporter, "exporter", "spike_factor"),
        integer(exporter, "exporter", "spike_min_declarations"),
        integer(exporter, "exporter", "spike_min_months"),
        massUnits,
        integer(unit, "unit_weight", "window"),
        integer(unit, "unit_weight", "refresh_every"),
        integer(unit, "unit_weight", "minimum_seen"),
        number(unit, "unit_weight", "suspect_ratio"),
        number(unit, "unit_weight", "strong_ratio"),
        number(unit, "unit_weight", "suspect_deviations"),
        number(unit, "unit_weight", "minimum_spread"),
        integer(parcels, "parcels", "minimum_seen"),
        number(parcels, "parcels", "bulk_parcel_share"),
        number(parcels, "parcels", "small_lot_factor"),
        number(split, "split", "part_max_kg"),
        integer(split, "split", "window_days"),
        integer(split, "split", "min_parts"),
        integer(split, "split", "strong_parts"),
        integer(split, "split", "flow_min_parcels"),
        integer(split, "split", "flow_days"),
        number(freight, "freight", "air_usd_per_kg"),
        number(freight, "freight", "post_usd_per_kg"),
        number(freight, "freight", "min_gross_kg"),
        number(freight, "freight", "max_gross_kg"),
        carrierHeadings,
        mineralParty(carriers),
        flag(carriers, "carriers", "mineral_consignee"),
        integer(severity, "severity", "medium_points"),
        integer(severity, "severity", "high_points"));
  }

  private static boolean flag(JsonNode section, String sectionName, String key) {
    JsonNode value = section.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new IllegalArgumentException(
          FILE + ": " + sectionName + "." + key + " must be true or false, got " + value);
    }
    return value.asBoolean();
  }

  private static MineralParty mineralParty(JsonNode carriers) {
    JsonNode value = carriers.path("mineral_party");
    if (value.isMissingNode() || value.isNull()) {
      return MineralParty.NONE;
    }
    try {
      return MineralParty.valueOf(value.asText().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          FILE
              + ": carriers.mineral_party must be one of none, exporter, consignee, either, got "
              + value,
          e);
    }
  }

  private static double number(JsonNode section, String sectionName, String key) {
    JsonNode value = section.path(key);
    if (!value.isNumber() || value.asDouble() <= 0) {
      throw new IllegalArgumentException(
          FILE + ": " + sectionName + "." + key + " must be a positive number, got " + value);
    }
    return value.asDouble();
  }

  private static int integer(JsonNode section, String sectionName, String key) {
    JsonNode value = section.path(key);
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() <= 0) {
      throw new IllegalArgumentException(
          FILE + ": " + sectionName + "." + key + " must be a positive whole number, got " + value);
    }
    return value.asInt();
  }
}
