/**
 * The export declaration as customs receives it: goods lines, parties, countries, transport and the
 * licenses it cites, with the validation rules of the identifiers it carries.
 */
package dev.assay.declaration;
