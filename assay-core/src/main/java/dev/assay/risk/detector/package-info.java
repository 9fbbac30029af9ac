/** The detectors: one small class per finding code, each with its own documentation page. */
package dev.assay.risk.detector;
