package dev.assay.risk.profile;

import dev.assay.declaration.CountryCode;
import dev.assay.risk.state.LruMap;
import dev.assay.risk.state.StateBounds;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The profiles of every exporter seen so far, by unified social credit code. Each profile is
 * bounded (see {@link ExporterProfile}), and the book keeps at most {@link StateBounds#EXPORTERS}
 * exporters, a few hundred bytes each, forgetting the one seen longest ago first. Callers that read
 * a profile and then learn from it hold the book's lock ({@code synchronized (book)}) across both,
 * so that no other thread's declaration slips in between.
 */
public final class ExporterProfiles {
  private final Map<String, ExporterProfile> byExporter;
  private final int maxDestinations;
  private final int maxConsignees;
  private final int months;
  private final int maxParcels;

  public ExporterProfiles(int maxDestinations, int maxConsignees, int months, int maxParcels) {
    this(maxDestinations, maxConsignees, months, maxParcels, StateBounds.EXPORTERS);
  }

  /**
   * @param maxExporters the most exporters kept
   */
  public ExporterProfiles(
      int maxDestinations, int maxConsignees, int months, int maxParcels, int maxExporters) {
    this.byExporter = new LruMap<>(maxExporters);
    this.maxDestinations = maxDestinations;
    this.maxConsignees = maxConsignees;
    this.months = months;
    this.maxParcels = maxParcels;
  }

  /** The exporter's profile from the declarations learned so far; empty for one never seen. */
  public synchronized Optional<ExporterProfile> profile(String exporter) {
    return Optional.ofNullable(byExporter.get(exporter));
  }

  public synchronized int size() {
    return byExporter.size();
  }

  /**
   * Adds one judged declaration to its exporter's profile.
   *
   * @param chapterBits one bit per HS chapter below 64 of its lines
   * @param moreChapterBits one bit per HS chapter from 64 of its lines (bit 0 is chapter 64)
   * @param consignee the consignee's normalized name hash
   * @param mineral whether a line's code is named by the control list
   * @param parcel the declaration as a small parcel to remember, or null
   */
  public synchronized void learn(
      String exporter,
      LocalDate date,
      long chapterBits,
      long moreChapterBits,
      CountryCode destination,
      int consignee,
      boolean mineral,
      double netKg,
      Parcel parcel) {
    byExporter
        .computeIfAbsent(
            exporter,
            k -> new ExporterProfile(date, maxDestinations, maxConsignees, months, maxParcels))
        .learn(date, chapterBits, moreChapterBits, destination, consignee, mineral, netKg, parcel);
  }
}
