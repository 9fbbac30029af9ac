/**
 * How well screening works on labelled declarations, and what a change of configuration would
 * change: ranking metrics at inspection rates, per typology and per detector ({@link
 * RankingEvaluation}), and the replay of declarations under two configurations ({@link Backtest}).
 */
package dev.assay.evaluation;
