package dev.assay.screening.lists;

import dev.assay.screening.RestrictedList;
import java.util.List;

/** The lists an import produced, and its report. Chinese list data holds two lists in one file. */
public record ListImport(List<RestrictedList> lists, ImportReport report) {
  public ListImport {
    lists = List.copyOf(lists);
  }
}
