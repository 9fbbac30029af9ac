/**
 * The words goods descriptions use for controlled minerals, in several languages and scripts, and
 * the customs codes smugglers hide them under: what MISDECLARED_GOODS reads descriptions with.
 */
package dev.assay.lexicon;
