package dev.assay.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationFlaggerTest {

  @Test
  void an_item_under_a_presumption_of_denial_is_flagged_with_its_announcement() {
    ApplicationFlagger flagger =
        new ApplicationFlagger(ControlList.bundled(), RestrictedPartyScreen.NONE);

    List<ReviewFlag> flags =
        flagger.flags(Applications.draft("A-1", "8110101000", "US"), LocalDate.parse("2025-01-10"));

    assertThat(flags)
        .singleElement()
        .isInstanceOfSatisfying(
            ReviewFlag.DenialMeasure.class,
            f -> {
              assertThat(f.verdict()).isEqualTo(Verdict.PRESUMPTION_OF_DENIAL);
              assertThat(f.basis()).contains("2024 No. 46");
              assertThat(f.message()).contains("item 1 (8110101000)", "United States");
            });
  }

  @Test
  void the_same_item_to_germany_raises_no_flag() {
    ApplicationFlagger flagger =
        new ApplicationFlagger(ControlList.bundled(), RestrictedPartyScreen.NONE);

    assertThat(flagger.flags(Applications.draft("A-1"), LocalDate.parse("2025-01-10"))).isEmpty();
  }

  @Test
  void a_party_on_a_restricted_list_is_flagged_through_the_screening_hook() {
    RestrictedPartyScreen screen =
        (name, country) ->
            name.startsWith("Flammschutz")
                ? List.of(
                    new RestrictedPartyScreen.Hit(
                        "FLAMMSCHUTZ CHEMIE AG", "MOFCOM watch list", "MOFCOM 2025 No. 1", 0.97))
                : List.of();

    List<ReviewFlag> flags =
        new ApplicationFlagger(ControlList.bundled(), screen)
            .flags(Applications.draft("A-1"), LocalDate.parse("2025-03-01"));

    assertThat(flags)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .isEqualTo(
                      "the end user Flammschutz Chemie AG matches FLAMMSCHUTZ CHEMIE AG on the MOFCOM watch list");
              assertThat(f.basis()).isEqualTo("MOFCOM 2025 No. 1");
            });
  }
}
