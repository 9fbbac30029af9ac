/**
 * Reference data that changes while a screen runs (rule files, control-list directories): the
 * current version behind a holder, swapped atomically when a new version loads and checks.
 */
package dev.assay.reload;
