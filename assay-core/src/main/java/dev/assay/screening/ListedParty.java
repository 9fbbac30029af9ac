package dev.assay.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a restricted-party list: the names it is known by (in every script the list gives),
 * what it is, its countries, dates of birth and identifiers, and the announcements that listed,
 * suspended or removed it.
 *
 * @param id the entry's identifier within its list, stable across versions of the list
 * @param listId the list it belongs to, see {@link RestrictedList#id()}
 * @param countries ISO 3166-1 alpha-2 codes (nationality, registration, address)
 * @param birthDates for persons: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 * @param history the announcements about this entry, oldest first; empty where the list gives no
 *     dates (then the entry counts as listed for as long as it is on the list)
 * @param remarks the list's own words: programme, reason, address; shown to officers
 * @param programs the sanctions programmes the entry is listed under (OFAC's SDGT, IRAN; the UN's
 *     list type), as the list names them
 * @param addresses the entry's addresses as the list writes them (street, city, country)
 */
public record ListedParty(
    String id,
    String listId,
    PartyKind kind,
    List<PartyName> names,
    List<String> countries,
    List<String> birthDates,
    List<Identifier> identifiers,
    List<Listing> history,
    String remarks,
    List<String> programs,
    List<String> addresses) {

  /** An entry without programmes or addresses (lists that give none). */
  public ListedParty(
      String id,
      String listId,
      PartyKind kind,
      List<PartyName> names,
      List<String> countries,
      List<String> birthDates,
      List<Identifier> identifiers,
      List<Listing> history,
      String remarks) {
    this(
        id,
        listId,
        kind,
        names,
        countries,
        birthDates,
        identifiers,
        history,
        remarks,
        List.of(),
        List.of());
  }

  public ListedParty {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(listId, "listId");
    kind = kind == null ? PartyKind.UNKNOWN : kind;
    names = List.copyOf(names);
    countries = List.copyOf(countries);
    birthDates = List.copyOf(birthDates);
    identifiers = List.copyOf(identifiers);
    List<Listing> sorted = new ArrayList<>(history);
    sorted.sort(
        Comparator.comparing(Listing::effective, Comparator.nullsFirst(Comparator.naturalOrder())));
    history = List.copyOf(sorted);
    remarks = remarks == null ? "" : remarks;
    // Null when a list file saved before these fields is read back.
    programs = programs == null ? List.of() : List.copyOf(programs);
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("list entry " + listId + ":" + id + " has no name");
    }
  }

  /** The list and entry, e.g. {@code cn-unreliable-entity-list:lockheed-martin-corporation}. */
  public String key() {
    return listId + ":" + id;
  }

  /** The name the list puts first. */
  public PartyName primaryName() {
    return names.getFirst();
  }

  /** The first name in this language, if the entry has one ("en", "zh"). */
  public Optional<PartyName> nameIn(String language) {
    return names.stream().filter(n -> n.language().equals(language)).findFirst();
  }

  /** Where the entry stands on that day, from its announcements. */
  public ListingStatus status(LocalDate day) {
    if (history.isEmpty()) {
      return ListingStatus.ACTIVE;
    }
    ListingStatus status = ListingStatus.NOT_YET_LISTED;
    for (Listing listing : history) {
      if (listing.effective() != null && listing.effective().isAfter(day)) {
        break;
      }
      status =
          switch (listing.action()) {
            case LISTED, RESUMED -> ListingStatus.ACTIVE;
            case SUSPENDED -> ListingStatus.SUSPENDED;
            case REMOVED -> ListingStatus.REMOVED;
            case INVESTIGATION_OPENED, ADDITIONAL_MEASURE -> status;
          };
    }
    return status;
  }

  /**
   * The announcement that decides the entry's status on that day (the latest listing, suspension,
   * removal or resumption in effect), if any.
   */
  public Optional<Listing> decidingListing(LocalDate day) {
    Listing deciding = null;
    for (Listing listing : history) {
      if (listing.effective() != null && listing.effective().isAfter(day)) {
        break;
      }
      if (listing.action() != ListingAction.INVESTIGATION_OPENED
          && listing.action() != ListingAction.ADDITIONAL_MEASURE) {
        deciding = listing;
      }
    }
    return Optional.ofNullable(deciding);
  }

  /**
   * A digest of everything about the entry that a decision rests on: names, kind, countries, dates,
   * identifiers and announcements. A dismissed match stays dismissed only while this is unchanged.
   */
  public String fingerprint() {
    StringBuilder b = new StringBuilder(256);
    b.append(listId).append('|').append(id).append('|').append(kind);
    for (PartyName n : names) {
      b.append("|n:")
          .append(n.text())
          .append('/')
          .append(n.type())
          .append('/')
          .append(n.language());
    }
    countries.forEach(c -> b.append("|c:").append(c));
    birthDates.forEach(d -> b.append("|b:").append(d));
    identifiers.forEach(i -> b.append("|i:").append(i.scheme()).append('=').append(i.comparable()));
    // Only when present, so that entries saved before programmes and addresses keep their digest.
    programs.forEach(p -> b.append("|p:").append(p));
    addresses.forEach(a -> b.append("|a:").append(a));
    for (Listing l : history) {
      b.append("|l:")
          .append(l.action())
          .append('/')
          .append(l.announcement())
          .append('/')
          .append(l.effective());
    }
    return sha256(b.toString()).substring(0, 16);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
