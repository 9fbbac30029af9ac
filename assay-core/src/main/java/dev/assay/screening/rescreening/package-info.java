/** Re-screening everything already screened when a list changes, reporting only the changes. */
package dev.assay.screening.rescreening;
