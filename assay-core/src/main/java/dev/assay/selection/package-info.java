/**
 * Selection: which lane each scored declaration goes to, within every customs office's daily
 * physical-inspection capacity, with a minimum random selection per lane so that inspection
 * outcomes stay an unbiased sample. Settings are data ({@code risk/selection.yaml}).
 */
package dev.assay.selection;
