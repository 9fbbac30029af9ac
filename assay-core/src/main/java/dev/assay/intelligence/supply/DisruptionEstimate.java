package dev.assay.intelligence.supply;

/**
 * The estimated effect of cutting a share of China's net exports of a mineral for one year.
 *
 * @param cut the share of China's net exports withheld (1 = total ban)
 * @param priceShock the price rise on the market outside China, as a fraction (1.5 = +150%)
 * @param rationed whether the price hit its ceiling and buyers were rationed
 * @param shortfall the share of demand outside China that goes unmet at the new price
 * @param targetShortfallT tonnes the target economy does without
 * @param priceCostUsd what the target pays extra for what it still buys
 * @param outputLossUsd the downstream output the target loses for want of the mineral
 * @param lossUsd the two together
 */
public record DisruptionEstimate(
    String mineral,
    double cut,
    double priceShock,
    boolean rationed,
    double shortfall,
    double targetShortfallT,
    double priceCostUsd,
    double outputLossUsd,
    double lossUsd) {}
