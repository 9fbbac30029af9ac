package dev.assay.controllist;

/**
 * A controlled item as it is reached through one of its reference codes: what the list says about a
 * customs code, whatever the date.
 */
public record ListedItem(Measure measure, ControlledItem item, ReferenceCode referenceCode) {}
