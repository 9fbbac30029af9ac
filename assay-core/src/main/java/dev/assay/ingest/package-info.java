/**
 * Declaration import: reads the flat CSV contract, nested JSON and NDJSON into {@link
 * dev.assay.declaration.Declaration}s, streaming, with an error per bad field that names the line,
 * the declaration and the field; and writes declarations back in the same contract. The format is
 * documented in {@code docs/import-format.md}.
 */
package dev.assay.ingest;
