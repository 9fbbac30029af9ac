package dev.assay.screening;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One version of one restricted-party list, as published on a date.
 *
 * @param id short and stable, e.g. {@code cn-unreliable-entity-list}, {@code us-ofac-sdn}
 * @param title the list's own name, for reports and as the basis of a finding
 * @param version the day this version was published (or generated, or imported)
 * @param source where it was read from: file names or the publisher's address
 */
public record RestrictedList(
    String id, String title, LocalDate version, String source, List<ListedParty> entries) {

  public static final String CN_EXPORT_CONTROL_LIST = "cn-export-control-list";
  public static final String CN_UNRELIABLE_ENTITY_LIST = "cn-unreliable-entity-list";
  public static final String US_OFAC_SDN = "us-ofac-sdn";
  public static final String UN_SC_CONSOLIDATED = "un-sc-consolidated";

  public RestrictedList {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    source = source == null ? "" : source;
    entries = List.copyOf(entries);
    Set<String> seen = new HashSet<>();
    for (ListedParty entry : entries) {
      if (!entry.listId().equals(id)) {
        throw new IllegalArgumentException(
            "entry " + entry.key() + " does not belong to list " + id);
      }
      if (!seen.add(entry.id())) {
        throw new IllegalArgumentException("list " + id + " has entry " + entry.id() + " twice");
      }
    }
  }

  @Override
  public String toString() {
    return id + "@" + version + " (" + entries.size() + " entries)";
  }
}
