package dev.assay.screening;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.Party;
import dev.assay.risk.Detector;
import dev.assay.risk.EnrichedDeclaration;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import dev.assay.screening.matching.MatchLevel;
import dev.assay.screening.matching.PartyMatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Raises {@code RESTRICTED_PARTY} when the exporter, the consignee or the end user of a declaration
 * may be on a restricted-party list on the declaration's day. Severity follows what is known: a
 * match an officer confirmed is critical (dealing with a control-listed party is itself a
 * violation, Export Control Law art. 37); a block-level match is high; a review-level match or one
 * whose listing is suspended is medium. Dismissed false positives are not raised.
 */
public final class RestrictedPartyDetector implements Detector {
  private final PartyScreening screening;

  public RestrictedPartyDetector(PartyScreening screening) {
    this.screening = screening;
  }

  /** The detector over the shipped Chinese lists, with no decisions. */
  public static RestrictedPartyDetector shipped() {
    return new RestrictedPartyDetector(PartyScreening.shipped());
  }

  @Override
  public FindingCode code() {
    return FindingCode.RESTRICTED_PARTY;
  }

  @Override
  public void inspect(EnrichedDeclaration enriched, Consumer<Finding> findings) {
    Declaration d = enriched.declaration();
    if (d.exporter() != null) {
      screen("exporter", d.exporter().name(), Optional.of(CountryCode.CHINA), enriched, findings);
    }
    screenParty("consignee", d.consignee(), enriched, findings);
    if (d.endUser() != null
        && !(d.consignee() != null && d.endUser().name().equals(d.consignee().name()))) {
      screenParty("end_user", d.endUser(), enriched, findings);
    }
  }

  private void screenParty(
      String role, Party party, EnrichedDeclaration enriched, Consumer<Finding> findings) {
    if (party != null) {
      screen(role, party.name(), Optional.ofNullable(party.country()), enriched, findings);
    }
  }

  private void screen(
      String role,
      String name,
      Optional<CountryCode> country,
      EnrichedDeclaration enriched,
      Consumer<Finding> findings) {
    if (name == null || name.isBlank()) {
      return;
    }
    ScreenedParty party = new ScreenedParty(name, country, Optional.empty(), List.of());
    for (ScreeningHit hit : screening.raised(party, enriched.asOf())) {
      findings.accept(finding(role, party, hit, enriched));
    }
  }

  private Finding finding(
      String role, ScreenedParty party, ScreeningHit hit, EnrichedDeclaration enriched) {
    PartyMatch m = hit.match();
    ListedParty entry = m.entry();
    Severity severity =
        hit.confirmed()
            ? Severity.CRITICAL
            : m.level() == MatchLevel.BLOCK ? Severity.HIGH : Severity.MEDIUM;
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("party_role", role);
    evidence.put("party_name", party.name());
    evidence.put("party_country", party.country().map(Object::toString).orElse(null));
    evidence.put("list", entry.listId());
    evidence.put("entry_id", entry.id());
    evidence.put("entry_name", entry.primaryName().text());
    evidence.put("entry_names", entry.names().stream().map(PartyName::text).toList());
    evidence.put("matched_name", m.alias().text());
    evidence.put("announcement", m.listing().map(Listing::announcement).orElse(null));
    evidence.put("listed_on", m.listing().map(l -> l.effective().toString()).orElse(null));
    evidence.put("listing_status", m.status().name());
    evidence.put("score", Math.round(m.score() * 1000) / 1000.0);
    evidence.put("level", m.level().name());
    evidence.put("explanation", m.explanation());
    evidence.put("decision", hit.decision().map(dec -> dec.kind().name()).orElse(null));
    evidence.put("as_of", enriched.asOf().toString());
    String message =
        role.replace('_', ' ')
            + " '"
            + party.name()
            + "' "
            + (hit.confirmed() ? "is" : "may be")
            + " '"
            + entry.primaryName().text()
            + "' on "
            + entry.listId()
            + String.format(
                java.util.Locale.ROOT,
                " (score %.2f, %s)",
                m.score(),
                m.level().name().toLowerCase(java.util.Locale.ROOT));
    return new Finding(code(), severity, OptionalInt.empty(), message, evidence, m.basis());
  }
}
