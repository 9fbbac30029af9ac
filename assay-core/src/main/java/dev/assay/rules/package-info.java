/**
 * Analyst rules: CEL expressions over a declaration, its enrichments and what the screen has seen
 * before it, loaded from a YAML file, type-checked at load and evaluated sandboxed and bounded.
 */
package dev.assay.rules;
