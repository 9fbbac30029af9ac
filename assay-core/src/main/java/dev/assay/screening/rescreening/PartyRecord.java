package dev.assay.screening.rescreening;

import java.util.List;

/** A party already screened, and the matches last reported for it. */
public record PartyRecord(
    String partyKey, String name, String country, List<ScreenedMatch> matches) {
  public PartyRecord {
    country = country == null ? "" : country;
    matches = List.copyOf(matches);
  }
}
