package dev.assay.simulator;

import java.util.Locale;

/**
 * How the typologies look in one simulated world, and how much honest trade looks like them. The
 * three {@link Difficulty} levels are fixed points; a <b>variant</b> draws every parameter from a
 * range around them with a seed of its own ({@link #variant}), so detectors can be tuned on some
 * variants and judged on others they never saw (docs/simulator.md, "Variants").
 *
 * @param name "easy", "default", "hard" or "variant K"
 * @param producerCoverShare share of all declarations where a licensed mineral producer ships its
 *     ordinary metals (the very goods smugglers use as covers), honestly, at the cover's price
 * @param heavyPackingShare share of all declarations with honest heavy packing (gross 1.3-1.6 x
 *     net)
 * @param hubNewCustomerShare share of all declarations where a trading company ships cover goods at
 *     their own price, plainly described, to a new customer in a hub
 * @param honestParcelShare share of all declarations that are honest parcel series (4-9 small
 *     AIR/POST parcels of an ordinary good to one consignee within two weeks)
 * @param dyFreeShare share of all declarations that are honest NdFeB magnets described as Dy-free
 *     ("无镝", "Dy-free") under the broad magnet code
 */
public record TypologyParameters(
    String name,
    double namingCoverShare,
    double trueValueShare,
    double hiddenShareLow,
    double hiddenShareHigh,
    double unitWeightInflation,
    int nameVariantLevel,
    int splitPartsLow,
    int splitPartsHigh,
    double blatantFrontShare,
    double honestOddityShare,
    double producerCoverShare,
    double heavyPackingShare,
    double hubNewCustomerShare,
    double honestParcelShare,
    double dyFreeShare) {

  /** The mean number of parts of a split shipment (before parts run past the end date). */
  public double meanSplitParts() {
    return (splitPartsLow + splitPartsHigh) / 2.0;
  }

  /** All honest look-alikes together, as a share of all declarations. */
  public double lookalikeShare() {
    return producerCoverShare
        + heavyPackingShare
        + hubNewCustomerShare
        + honestParcelShare
        + dyFreeShare;
  }

  /**
   * Variant {@code k}: each parameter drawn from its range (from the HARD to the EASY value, and
   * look-alike shares of 0.1-0.8% each), with a seed made from {@code k} alone, so variant 4 is the
   * same world whatever the run's seed. Variant 0 is the DEFAULT level with look-alikes.
   */
  public static TypologyParameters variant(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("a variant is 0 or more, got " + k);
    }
    Difficulty d = Difficulty.DEFAULT;
    if (k == 0) {
      return new TypologyParameters(
          "variant 0",
          d.namingCoverShare(),
          d.trueValueShare(),
          d.hiddenShareLow(),
          d.hiddenShareHigh(),
          d.unitWeightInflation(),
          d.nameVariantLevel(),
          d.splitPartsLow(),
          d.splitPartsHigh(),
          d.blatantFrontShare(),
          d.honestOddityShare(),
          0.004,
          0.004,
          0.003,
          0.002,
          0.002);
    }
    Draws draws = new Draws(0x5EED_0000_0000L + 7919L * k);
    double hiddenLow = draws.uniform(0.08, 0.4);
    int partsLow = draws.between(3, 6);
    return new TypologyParameters(
        "variant " + k,
        draws.uniform(0.0, 0.9),
        draws.uniform(0.3, 0.9),
        hiddenLow,
        hiddenLow + draws.uniform(0.1, 0.6),
        draws.uniform(1.25, 3.0),
        draws.between(0, 2),
        partsLow,
        partsLow + draws.between(2, 9),
        draws.uniform(0.0, 0.5),
        draws.uniform(0.005, 0.03),
        draws.uniform(0.001, 0.008),
        draws.uniform(0.001, 0.008),
        draws.uniform(0.001, 0.008),
        draws.uniform(0.001, 0.008),
        draws.uniform(0.001, 0.008));
  }

  /** One line per parameter, for the generate summary. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s: covers naming the mineral %.2f, true value %.2f, hidden %.2f-%.2f, unit weight x%.2f,"
            + " name variants level %d, split parts %d-%d, fronts naming the end user %.2f,"
            + " honest oddities %.3f; honest look-alikes: producers' cover goods %.4f, heavy"
            + " packing %.4f, new hub customers %.4f, parcel series %.4f, Dy-free magnets %.4f",
        name,
        namingCoverShare,
        trueValueShare,
        hiddenShareLow,
        hiddenShareHigh,
        unitWeightInflation,
        nameVariantLevel,
        splitPartsLow,
        splitPartsHigh,
        blatantFrontShare,
        honestOddityShare,
        producerCoverShare,
        heavyPackingShare,
        hubNewCustomerShare,
        honestParcelShare,
        dyFreeShare);
  }
}
