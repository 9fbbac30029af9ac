package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.CountryCode;
import dev.assay.screening.Identifier;
import dev.assay.screening.ListedParty;
import dev.assay.screening.Listing;
import dev.assay.screening.ListingAction;
import dev.assay.screening.ListingStatus;
import dev.assay.screening.NameType;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.ScreenedParty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartyMatcherTest {
  private static final LocalDate LISTED = LocalDate.of(2025, 3, 1);

  private static Listing listing(ListingAction action, LocalDate day) {
    return new Listing(action, "Test announcement " + day, day, day, "", "");
  }

  private final ListedParty gromov =
      new ListedParty(
          "p1",
          "watchlist",
          PartyKind.PERSON,
          List.of(
              PartyName.primary("Громов Андрей Викторович", "ru"),
              PartyName.alias("Andrei Viktorovich Gromov", "en")),
          List.of("RU"),
          List.of("1971-04-09"),
          List.of(new Identifier("passport", "753184206")),
          List.of(listing(ListingAction.LISTED, LISTED)),
          "");
  private final ListedParty meridian =
      new ListedParty(
          "c1",
          "watchlist",
          PartyKind.ORGANIZATION,
          List.of(
              PartyName.primary("Meridian Antimony Resources Ltd", "en"),
              new PartyName("MARL", NameType.WEAK_ALIAS, "")),
          List.of("HK"),
          List.of(),
          List.of(new Identifier("registration", "HK-2291044")),
          List.of(
              listing(ListingAction.LISTED, LISTED),
              listing(ListingAction.SUSPENDED, LocalDate.of(2025, 6, 1)),
              listing(ListingAction.RESUMED, LocalDate.of(2025, 9, 1)),
              listing(ListingAction.REMOVED, LocalDate.of(2026, 1, 1))),
          "");
  private final PartyMatcher matcher =
      new PartyMatcher(
          List.of(gromov, meridian), NameNormalizer.standard(), MatchSettings.bundled());

  private List<PartyMatch> match(ScreenedParty party, LocalDate day) {
    return matcher.match(party, day);
  }

  @Test
  void a_name_in_another_script_finds_the_entry_and_says_which_name_matched() {
    List<PartyMatch> matches = match(ScreenedParty.named("Gromov Andrei Viktorovich"), LISTED);

    assertThat(matches)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.entry()).isEqualTo(gromov);
              assertThat(m.level()).isEqualTo(MatchLevel.BLOCK);
              assertThat(m.explanation()).contains("Gromov");
            });
  }

  @Test
  void an_agreeing_country_raises_and_a_different_one_lowers_the_score() {
    double none =
        match(ScreenedParty.named("Meridian Antimony Resources"), LISTED).getFirst().score();
    double same =
        matcher
            .candidates(
                ScreenedParty.of("Meridian Antimony Resources", CountryCode.parse("HK")), LISTED)
            .getFirst()
            .score();
    double other =
        matcher
            .candidates(
                ScreenedParty.of("Meridian Antimony Resource", CountryCode.parse("DE")), LISTED)
            .getFirst()
            .score();

    assertThat(same).isGreaterThanOrEqualTo(none);
    assertThat(other).isLessThan(none);
    assertThat(
            matcher
                .candidates(
                    ScreenedParty.of("Meridian Antimony Resource", CountryCode.parse("DE")), LISTED)
                .getFirst()
                .adjustments())
        .anySatisfy(a -> assertThat(a.reason()).contains("country DE, listed HK"));
  }

  @Test
  void a_different_birth_year_takes_a_person_below_review() {
    var born1971 =
        new ScreenedParty("Andrei Gromov", Optional.empty(), Optional.of("1971"), List.of());
    var born1990 =
        new ScreenedParty(
            "Andrei Viktorovich Gromov", Optional.empty(), Optional.of("1990-01-01"), List.of());

    assertThat(match(born1971, LISTED)).isNotEmpty();
    assertThat(match(born1990, LISTED)).isEmpty();
  }

  @Test
  void the_same_identifier_finds_the_entry_under_any_name() {
    var party =
        new ScreenedParty(
            "Totally Other Name",
            Optional.empty(),
            Optional.empty(),
            List.of(Identifier.parse("registration:HK 2291044")));

    assertThat(match(party, LISTED))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.entry()).isEqualTo(meridian);
              assertThat(m.score()).isEqualTo(1.0);
              assertThat(m.adjustments())
                  .anySatisfy(a -> assertThat(a.reason()).startsWith("same identifier"));
            });
  }

  @Test
  void entries_match_only_while_listed_and_suspended_ones_only_for_review() {
    ScreenedParty party = ScreenedParty.named("Meridian Antimony Resources Limited");

    assertThat(match(party, LISTED.minusDays(1))).isEmpty();
    assertThat(match(party, LISTED).getFirst().level()).isEqualTo(MatchLevel.BLOCK);
    PartyMatch suspended = match(party, LocalDate.of(2025, 7, 1)).getFirst();
    assertThat(suspended.status()).isEqualTo(ListingStatus.SUSPENDED);
    assertThat(suspended.level()).isEqualTo(MatchLevel.REVIEW);
    assertThat(match(party, LocalDate.of(2025, 10, 1)).getFirst().level())
        .isEqualTo(MatchLevel.BLOCK);
    assertThat(match(party, LocalDate.of(2026, 1, 1))).isEmpty();
  }

  @Test
  void a_weak_alias_is_never_more_than_review() {
    PartyMatch m = match(ScreenedParty.named("MARL"), LISTED).getFirst();

    assertThat(m.score()).isEqualTo(1.0);
    assertThat(m.level()).isEqualTo(MatchLevel.REVIEW);
  }

  @Test
  void thresholds_decide_the_level() {
    PartyMatcher strict = matcher.withThresholds(new MatchThresholds(0.97, 0.99));
    ScreenedParty typo = ScreenedParty.named("Meridian Antimony Resorces");

    assertThat(match(typo, LISTED).getFirst().level()).isEqualTo(MatchLevel.BLOCK);
    assertThat(strict.match(typo, LISTED)).isEmpty();
  }

  @Test
  void the_basis_cites_the_announcement_in_force() {
    PartyMatch m =
        match(ScreenedParty.named("Meridian Antimony Resources"), LocalDate.of(2025, 10, 1))
            .getFirst();

    assertThat(m.basis()).isEqualTo("Test announcement 2025-09-01 (watchlist)");
  }
}
