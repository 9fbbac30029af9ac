/**
 * The learned ranking model: a dataset schema gives each column of any labelled CSV a role ({@link
 * dev.assay.ml.schema}), rows are read and checked ({@link dev.assay.ml.data}), turned into
 * leakage-free time-aware features ({@link dev.assay.ml.features}), learned by gradient-boosted
 * trees ({@link dev.assay.ml.model}) and judged the way customs targeting is judged: by what the
 * top n% of a later period's ranking catches ({@link dev.assay.ml.evaluation}).
 */
package dev.assay.ml;
