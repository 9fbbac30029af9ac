package dev.assay.intelligence.mirror;

/**
 * A partner's imports of a mineral's goods from China against its exports of the same goods to
 * third countries in one period, by net weight.
 *
 * @param importsAdjustedKg the imports from China timing-adjusted ({@link
 *     MirrorAnalysis#reexportLagShare()}): what could leave in the period
 * @param ratio exports to third countries over the adjusted imports from China
 * @param topDestination the third country that took most, with its share of those exports
 */
public record ReexportRow(
    String mineral,
    String partner,
    String period,
    double importsFromChinaKg,
    double importsAdjustedKg,
    double exportsToThirdKg,
    double ratio,
    String topDestination,
    double topDestinationShare,
    boolean hub) {}
