/**
 * Decisions on matches: confirmed, dismissed as a false positive, escalated; who, when, why. {@link
 * dev.assay.screening.decisions.DecisionStore} is the port; the JSON Lines file store ships here, a
 * database store belongs in an adapter module.
 */
package dev.assay.screening.decisions;
