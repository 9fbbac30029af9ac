package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.ScreenedParty;
import dev.assay.screening.matching.BirthDates.Evidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Legal forms by class and kind; dates of birth with tolerance. */
class EvidenceTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
  private static final NameNormalizer N = NameNormalizer.standard();

  private static PartyMatcher over(ListedParty... entries) {
    return new PartyMatcher(List.of(entries), N, MatchSettings.bundled());
  }

  private static ListedParty org(String name) {
    return new ListedParty(
        "e",
        "wl",
        PartyKind.ORGANIZATION,
        List.of(PartyName.primary(name, "")),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "");
  }

  private static ListedParty person(String name, String... born) {
    return new ListedParty(
        "p",
        "wl",
        PartyKind.PERSON,
        List.of(PartyName.primary(name, "")),
        List.of(),
        List.of(born),
        List.of(),
        List.of(),
        "");
  }

  private static double score(PartyMatcher m, String name) {
    return m.candidates(ScreenedParty.named(name), DAY).stream()
        .mapToDouble(x -> x.score())
        .max()
        .orElse(0);
  }

  @Test
  void a_legal_form_written_out_or_abbreviated_is_the_same_form() {
    assertThat(score(over(org("Müller AG")), "Müller Aktiengesellschaft")).isEqualTo(1.0);
    assertThat(score(over(org("Closed Joint Stock Company Rostek")), "ZAO Rostek")).isEqualTo(1.0);
    assertThat(score(over(org("JSC Kaskad")), "Kaskad Joint Stock Company")).isEqualTo(1.0);
    assertThat(score(over(org("ООО Ромашка")), "Romashka LLC")).isEqualTo(1.0);
    assertThat(score(over(org("华信科技有限公司")), "Huaxin Keji Co., Ltd.")).isGreaterThan(0.9);
  }

  @Test
  void legal_forms_of_different_kinds_lower_the_score_and_say_so() {
    PartyMatcher m = over(org("Merkur Bank AG"));
    var match = m.candidates(ScreenedParty.named("Merkur Bank GmbH"), DAY).getFirst();
    assertThat(match.nameScore()).isEqualTo(1.0);
    // AG and GmbH are both German: under one law the two forms are two companies, counted twice.
    assertThat(match.score()).isCloseTo(0.76, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(match.explanation()).contains("one legal system");
    assertThat(match.explanation())
        .contains(
            "legal form AG (stock) vs GmbH (limited)"
                .replace("vs GmbH", "vs GMBH")
                .replace("AG (stock) vs GMBH (limited)", "GMBH (limited) vs AG (stock)"));
    // Another kind from another system (an English LLC for a German AG): a looser translation,
    // counted once.
    var llc = m.candidates(ScreenedParty.named("Merkur Bank LLC"), DAY).getFirst();
    assertThat(llc.score()).isCloseTo(0.88, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(llc.explanation()).doesNotContain("one legal system");
    // Same kind, other jurisdiction: no penalty. No form on one side: no penalty.
    assertThat(score(m, "Merkur Bank SA")).isEqualTo(1.0);
    assertThat(score(m, "Merkur Bank")).isEqualTo(1.0);
    // A US corporation can be either kind of company.
    assertThat(score(m, "Merkur Bank Inc.")).isEqualTo(1.0);
    assertThat(score(m, "Merkur Bank KG")).isLessThan(0.9);
  }

  @Test
  void the_normalizer_records_the_class_of_each_form_it_takes_out() {
    assertThat(N.normalize("Rostek ZAO").forms())
        .extracting(Vocabulary.LegalForm::id)
        .containsExactly("ZAO");
    assertThat(N.normalize("Rostek").forms()).isEmpty();
    assertThat(N.normalize("株式会社トヨタ").forms())
        .extracting(Vocabulary.LegalForm::id)
        .containsExactly("KK");
  }

  @Test
  void birth_dates_are_read_as_ranges_of_years() {
    assertThat(BirthDates.parse("1971-04-09")).contains(new BirthDates.Years(1971, 1971, false));
    assertThat(BirthDates.parse("circa 1970")).contains(new BirthDates.Years(1969, 1971, true));
    assertThat(BirthDates.parse("1968 to 1970")).contains(new BirthDates.Years(1968, 1970, true));
    assertThat(BirthDates.parse("between 1968 and 1970"))
        .contains(new BirthDates.Years(1968, 1970, true));
    assertThat(BirthDates.parse("unknown")).isEmpty();
  }

  @Test
  void a_birth_year_off_by_one_is_near_not_a_miss() {
    assertThat(BirthDates.compare("1972", List.of("1971-04-09"))).contains(Evidence.NEAR);
    assertThat(BirthDates.compare("1971-05-01", List.of("1971-04-09"))).contains(Evidence.AGREES);
    assertThat(BirthDates.compare("1969", List.of("1968-1970"))).contains(Evidence.AGREES);
    assertThat(BirthDates.compare("1972", List.of("c. 1970"))).contains(Evidence.NEAR);
    assertThat(BirthDates.compare("1975", List.of("1971", "1968-1970"))).contains(Evidence.DIFFERS);
    assertThat(BirthDates.compare("", List.of("1971"))).isEmpty();

    PartyMatcher m = over(person("Andrei Viktorovich Gromov", "1971-04-09"));
    var near =
        m.match(
            new ScreenedParty(
                "Andrei Viktorovich Gromov", Optional.empty(), Optional.of("1972"), List.of()),
            DAY);
    assertThat(near).hasSize(1);
    assertThat(near.getFirst().score()).isEqualTo(1.0);
    assertThat(near.getFirst().explanation()).contains("within a year");
    var far =
        m.candidates(
            new ScreenedParty(
                "Andrei Viktorovich Gromov", Optional.empty(), Optional.of("1980"), List.of()),
            DAY);
    assertThat(far.getFirst().score()).isLessThan(0.8);
  }
}
