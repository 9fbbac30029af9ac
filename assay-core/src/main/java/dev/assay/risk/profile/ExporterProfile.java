package dev.assay.risk.profile;

import dev.assay.declaration.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one exporter has shipped so far, kept small whatever its volume: the HS chapters (one bit
 * each), the destinations and consignees (bounded), the declarations per month over a bounded
 * window, how many of its declarations carried listed minerals, and its recent small parcels. Built
 * only from declarations already judged, never from the one being judged. Not thread-safe; {@link
 * ExporterProfiles} guards it.
 */
public final class ExporterProfile {
  private final LocalDate firstSeen;
  private int declarations;
  private int mineralDeclarations;
  private long chapters;
  private long moreChapters;
  private final short[] destinations;
  private int destinationCount;
  private final int[] consignees;
  private int consigneeCount;
  private int consigneeNext;
  private final int[] pastMonths;
  private int monthsRecorded;

  /** The median of the past months, and how many months it was worked out over. */
  private double median;

  private int medianOfMonths = -1;
  private int currentMonth = Integer.MIN_VALUE;
  private int currentMonthDeclarations;
  private double currentMonthKg;
  private final Parcel[] parcels;
  private int parcelCount;
  private int parcelNext;

  ExporterProfile(
      LocalDate firstSeen, int maxDestinations, int maxConsignees, int months, int maxParcels) {
    this.firstSeen = firstSeen;
    this.destinations = new short[maxDestinations];
    this.consignees = new int[maxConsignees];
    this.pastMonths = new int[months];
    this.parcels = new Parcel[maxParcels];
  }

  public LocalDate firstSeen() {
    return firstSeen;
  }

  public int declarations() {
    return declarations;
  }

  /**
   * Share of its declarations with a line whose code the control list names (whatever the date).
   */
  public double mineralShare() {
    return declarations == 0 ? 0 : (double) mineralDeclarations / declarations;
  }

  /** Whether it has shipped goods of this HS chapter (0 to 99). */
  public boolean shipsChapter(int chapter) {
    return chapter < 64
        ? (chapters & (1L << chapter)) != 0
        : (moreChapters & (1L << (chapter - 64))) != 0;
  }

  /**
   * Whether it has shipped to this country; also true once it has shipped to more countries than
   * are remembered, for then a new one says nothing.
   */
  public boolean shipsTo(CountryCode country) {
    if (destinationCount == destinations.length) {
      return true;
    }
    short packed = pack(country);
    for (int i = 0; i < destinationCount; i++) {
      if (destinations[i] == packed) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of its recent consignees has this name hash. */
  public boolean knowsConsignee(int consignee) {
    for (int i = 0; i < consigneeCount; i++) {
      if (consignees[i] == consignee) {
        return true;
      }
    }
    return false;
  }

  /** Months of volume history recorded before the current one (at most the window). */
  public int monthsRecorded() {
    return monthsRecorded;
  }

  /**
   * Declarations already seen in the month of {@code date} (0 if that is not the current month).
   */
  public int declarationsInMonthOf(LocalDate date) {
    return month(date) == currentMonth ? currentMonthDeclarations : 0;
  }

  /** Net kg already declared in the month of {@code date}. */
  public double netKgInMonthOf(LocalDate date) {
    return month(date) == currentMonth ? currentMonthKg : 0;
  }

  /** The median of declarations per month over the recorded months before the current one. */
  public double medianMonthlyDeclarations() {
    if (monthsRecorded == 0) {
      return 0;
    }
    // The past months change only when a month closes; busy exporters ask on every declaration.
    if (medianOfMonths == monthsRecorded) {
      return median;
    }
    median = computeMedian();
    medianOfMonths = monthsRecorded;
    return median;
  }

  private double computeMedian() {
    int[] sorted = Arrays.copyOf(pastMonths, Math.min(monthsRecorded, pastMonths.length));
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  /** Its remembered parcels, oldest first. */
  public List<Parcel> parcels() {
    List<Parcel> list = new ArrayList<>(parcelCount);
    int start = parcelCount < parcels.length ? 0 : parcelNext;
    for (int i = 0; i < parcelCount; i++) {
      list.add(parcels[(start + i) % parcels.length]);
    }
    return list;
  }

  /** Adds one judged declaration to the history. */
  void learn(
      LocalDate date,
      long chapterBits,
      long moreChapterBits,
      CountryCode destination,
      int consignee,
      boolean mineral,
      double netKg,
      Parcel parcel) {
    declarations++;
    if (mineral) {
      mineralDeclarations++;
    }
    chapters |= chapterBits;
    moreChapters |= moreChapterBits;
    if (!shipsTo(destination)) {
      destinations[destinationCount++] = pack(destination);
    }
    if (!knowsConsignee(consignee)) {
      consignees[consigneeNext] = consignee;
      consigneeNext = (consigneeNext + 1) % consignees.length;
      consigneeCount = Math.min(consigneeCount + 1, consignees.length);
    }
    countMonth(month(date), netKg);
    if (parcel != null) {
      parcels[parcelNext] = parcel;
      parcelNext = (parcelNext + 1) % parcels.length;
      parcelCount = Math.min(parcelCount + 1, parcels.length);
    }
  }

  private void countMonth(int month, double netKg) {
    if (currentMonth == Integer.MIN_VALUE) {
      currentMonth = month;
    }
    if (month > currentMonth) {
      // Close the current month and any empty ones after it; quiet months are part of the history.
      int closed = Math.min(month - currentMonth, pastMonths.length);
      for (int i = 0; i < closed; i++) {
        pastMonths[monthsRecorded % pastMonths.length] = i == 0 ? currentMonthDeclarations : 0;
        monthsRecorded++;
      }
      currentMonth = month;
      currentMonthDeclarations = 0;
      currentMonthKg = 0;
    }
    // A declaration dated in an earlier month than the latest counts in the latest: the stream is
    // nearly in date order and the profile only needs the recent level.
    currentMonthDeclarations++;
    currentMonthKg += netKg;
  }

  private static int month(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  private static short pack(CountryCode country) {
    String v = country.value();
    return (short) ((v.charAt(0) - 'A') * 26 + (v.charAt(1) - 'A'));
  }
}
