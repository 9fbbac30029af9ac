/**
 * Restricted-party lists in the formats agencies publish them, read into {@code RestrictedList}s
 * with a report of every rejected record; and the archive of imported, dated list versions.
 */
package dev.assay.screening.lists;
