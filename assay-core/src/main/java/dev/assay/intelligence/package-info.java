/**
 * Intelligence beyond screening one declaration: trade statistics and diversion ({@code stats}),
 * mirror statistics against partner-country data ({@code mirror}), supply impact of a disruption
 * ({@code supply}) and the extraterritorial determination for foreign-made items ({@code
 * extraterritorial}). Plain-Java services returning records, so that the command line and the web
 * application call the same code; they read declarations through the core ingest, streaming.
 */
package dev.assay.intelligence;
