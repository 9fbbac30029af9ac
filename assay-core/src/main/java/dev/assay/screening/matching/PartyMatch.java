package dev.assay.screening.matching;

import dev.assay.screening.ListedParty;
import dev.assay.screening.Listing;
import dev.assay.screening.ListingStatus;
import dev.assay.screening.PartyName;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A list entry that the screened party may be, with the reasons: which of the entry's names
 * matched, word by word and how, what moved the score, and where the entry stands on the day.
 *
 * @param alias the entry's name that matched best (its Chinese or its English name, an alias...)
 * @param nameScore how alike the names are, before adjustments
 * @param score the final score, 0 to 1
 * @param listing the announcement that decides the entry's status on the day, if the list dates it
 */
public record PartyMatch(
    ListedParty entry,
    PartyName alias,
    double nameScore,
    double score,
    MatchLevel level,
    NameScore name,
    List<Adjustment> adjustments,
    ListingStatus status,
    Optional<Listing> listing) {

  public PartyMatch {
    adjustments = List.copyOf(adjustments);
  }

  /** The list, and the announcement where the list cites one: what a finding rests on. */
  public String basis() {
    String announcement = listing.map(Listing::announcement).orElse("");
    return announcement.isEmpty() ? entry.listId() : announcement + " (" + entry.listId() + ")";
  }

  /** One line: the words that matched and how, what was left over, and the adjustments. */
  public String explanation() {
    StringBuilder b = new StringBuilder();
    b.append("matched ")
        .append(alias.type().name().toLowerCase(Locale.ROOT))
        .append(" name '")
        .append(alias.text())
        .append("': ");
    b.append(String.join(", ", name.matches().stream().map(TokenMatch::describe).toList()));
    if (!name.unmatchedScreened().isEmpty()) {
      b.append("; unmatched in screened name: ").append(String.join(" ", name.unmatchedScreened()));
    }
    if (!name.unmatchedListed().isEmpty()) {
      b.append("; unmatched in listed name: ").append(String.join(" ", name.unmatchedListed()));
    }
    for (Adjustment a : adjustments) {
      b.append("; ").append(a.describe());
    }
    if (status == ListingStatus.SUSPENDED) {
      b.append("; listing suspended on the day");
    }
    return b.toString();
  }
}
