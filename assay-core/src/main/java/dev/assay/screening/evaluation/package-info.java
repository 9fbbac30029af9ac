/**
 * Evaluation of the matcher on the project's own labelled set: the seeded generator of labelled
 * pairs and clean names, and the evaluator that reports precision, recall, F1 and the share of
 * clean names flagged.
 */
package dev.assay.screening.evaluation;
