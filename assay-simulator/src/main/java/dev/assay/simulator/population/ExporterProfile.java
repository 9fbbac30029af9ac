package dev.assay.simulator.population;

import dev.assay.declaration.Exporter;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.simulator.reference.ChinaCity;
import dev.assay.simulator.reference.Product;
import java.util.List;

/**
 * A Chinese exporter of the simulated population: its credit code, its name as registered in
 * Chinese and as written in English, where it is, what it makes and to whom it usually sells.
 *
 * @param activity relative number of declarations it files
 * @param mineralFamily the mineral family it trades, or null for an ordinary exporter
 * @param buyers its regular overseas customers (ordinary trade)
 */
public record ExporterProfile(
    UnifiedSocialCreditCode code,
    String nameZh,
    String nameEn,
    ChinaCity city,
    String industry,
    double activity,
    List<Product> range,
    String mineralFamily,
    List<OverseasParty> buyers,
    Exporter asChinese,
    Exporter asEnglish) {

  public ExporterProfile {
    range = List.copyOf(range);
    buyers = List.copyOf(buyers);
  }

  public boolean tradesMinerals() {
    return mineralFamily != null;
  }
}
