package dev.assay.simulator;

/**
 * How hard the injected violations are to tell from honest trade. At {@code EASY} a keyword rule on
 * mineral names, a price band and a weight check catch nearly everything; at {@code HARD} the
 * covers never name the mineral, values sit in the cover goods' band, concealed weights hide in
 * packing tolerance, party names carry typos, and honest traders ship more odd consignments.
 *
 * @param namingCoverShare share of disguised goods whose description still names the mineral
 * @param trueValueShare share of disguised goods declared at their true (telltale) value
 * @param hiddenShareLow fewest kilograms hidden per declared kilogram (concealment)
 * @param hiddenShareHigh most kilograms hidden per declared kilogram (concealment)
 * @param unitWeightInflation how much heavier hidden goods make each declared unit, at most
 * @param nameVariantLevel 0: exact names; 1: punctuation, legal forms, abbreviations, Chinese; 2:
 *     typos and combined edits too
 * @param splitPartsLow fewest parts of a split shipment
 * @param splitPartsHigh most parts of a split shipment
 * @param blatantFrontShare share of transshipments that name the real end user
 * @param honestOddityShare share of honest declarations with an odd but innocent feature
 */
public enum Difficulty {
  EASY(0.9, 0.9, 0.4, 1.0, 3.0, 0, 3, 5, 0.5, 0.005),
  DEFAULT(0.25, 0.6, 0.2, 0.4, 2.0, 1, 4, 9, 0.15, 0.01),
  HARD(0.0, 0.3, 0.08, 0.18, 1.25, 2, 6, 15, 0.0, 0.02);

  private final double namingCoverShare;
  private final double trueValueShare;
  private final double hiddenShareLow;
  private final double hiddenShareHigh;
  private final double unitWeightInflation;
  private final int nameVariantLevel;
  private final int splitPartsLow;
  private final int splitPartsHigh;
  private final double blatantFrontShare;
  private final double honestOddityShare;

  Difficulty(
      double namingCoverShare,
      double trueValueShare,
      double hiddenShareLow,
      double hiddenShareHigh,
      double unitWeightInflation,
      int nameVariantLevel,
      int splitPartsLow,
      int splitPartsHigh,
      double blatantFrontShare,
      double honestOddityShare) {
    this.namingCoverShare = namingCoverShare;
    this.trueValueShare = trueValueShare;
    this.hiddenShareLow = hiddenShareLow;
    this.hiddenShareHigh = hiddenShareHigh;
    this.unitWeightInflation = unitWeightInflation;
    this.nameVariantLevel = nameVariantLevel;
    this.splitPartsLow = splitPartsLow;
    this.splitPartsHigh = splitPartsHigh;
    this.blatantFrontShare = blatantFrontShare;
    this.honestOddityShare = honestOddityShare;
  }

  public double namingCoverShare() {
    return namingCoverShare;
  }

  public double trueValueShare() {
    return trueValueShare;
  }

  public double hiddenShareLow() {
    return hiddenShareLow;
  }

  public double hiddenShareHigh() {
    return hiddenShareHigh;
  }

  public double unitWeightInflation() {
    return unitWeightInflation;
  }

  public int nameVariantLevel() {
    return nameVariantLevel;
  }

  public int splitPartsLow() {
    return splitPartsLow;
  }

  public int splitPartsHigh() {
    return splitPartsHigh;
  }

  /** The mean number of parts of a split shipment (before parts run past the end date). */
  public double meanSplitParts() {
    return (splitPartsLow + splitPartsHigh) / 2.0;
  }

  public double blatantFrontShare() {
    return blatantFrontShare;
  }

  public double honestOddityShare() {
    return honestOddityShare;
  }

  /** This level's parameters, without honest look-alikes (a variant adds them). */
  public TypologyParameters parameters() {
    return new TypologyParameters(
        name().toLowerCase(java.util.Locale.ROOT),
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
        0,
        0,
        0,
        0,
        0);
  }
}
