/**
 * Risk assessment of declarations: detectors raise findings with evidence and legal basis, the
 * findings combine into a score, and the score decides the lane.
 */
package dev.assay.risk;
