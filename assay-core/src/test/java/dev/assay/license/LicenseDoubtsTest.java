package dev.assay.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LicenseDoubtsTest {
  private static final Exporter SMELTER =
      new Exporter(UnifiedSocialCreditCode.withCheckCharacter("91450100MA5K00001"), "Smelter");
  private static final Exporter OTHER =
      new Exporter(UnifiedSocialCreditCode.withCheckCharacter("91450100MA5K00002"), "Other");

  private static Declaration declaration(
      Exporter exporter, String license, Party consignee, Party endUser, String destination) {
    return new Declaration(
        "D-1",
        LocalDate.of(2025, 6, 2),
        "7200",
        exporter,
        consignee,
        endUser,
        new CountryCode(destination),
        List.of(),
        new Transport(TransportMode.SEA, 1, 1_100),
        EndUse.UNSPECIFIED,
        List.of(
            new GoodsLine(
                1,
                new HsCode("8110101000"),
                "antimony ingots",
                1_000,
                "KG",
                1_000,
                30_000,
                Optional.ofNullable(license))),
        Optional.empty());
  }

  private static final Party THAI = new Party("Siam Metals", new CountryCode("TH"), "Bangkok");

  private static List<String> kinds(List<LicenseDoubts.Doubt> doubts) {
    return doubts.stream().map(LicenseDoubts.Doubt::kind).toList();
  }

  @Test
  void numbers_of_a_known_form_are_read_with_their_year() {
    LicenseNumbers numbers = LicenseNumbers.bundled();

    assertThat(numbers.read("25SB000123"))
        .get()
        .satisfies(
            r -> {
              assertThat(r.format().name()).isEqualTo("certificate");
              assertThat(r.yearOfIssue()).hasValue(2025);
            });
    assertThat(numbers.read("lx2025-ga-00117 "))
        .get()
        .satisfies(r -> assertThat(r.yearOfIssue()).hasValue(2025));
    assertThat(numbers.read("LX2025-W-00021"))
        .get()
        .satisfies(r -> assertThat(r.format().name()).isEqualTo("example-register"));
    assertThat(numbers.read("SB-2025-77")).isEmpty();
  }

  @Test
  void a_number_of_no_known_form_is_doubted() {
    Declaration d = declaration(SMELTER, "SB-2025-77", THAI, null, "TH");

    assertThat(kinds(LicenseDoubts.bundled().numberDoubts(d, d.lines().getFirst())))
        .containsExactly("MALFORMED_NUMBER");
  }

  @Test
  void near_miss_a_well_formed_number_of_this_year_raises_no_doubt() {
    Declaration d = declaration(SMELTER, "25SB000123", THAI, null, "TH");

    assertThat(LicenseDoubts.bundled().numberDoubts(d, d.lines().getFirst())).isEmpty();
  }

  @Test
  void a_number_issued_after_the_declaration_or_too_long_ago_is_doubted() {
    LicenseDoubts doubts = LicenseDoubts.bundled();
    Declaration future = declaration(SMELTER, "26SB000123", THAI, null, "TH");
    Declaration old = declaration(SMELTER, "21SB000123", THAI, null, "TH");
    Declaration threeYears = declaration(SMELTER, "22SB000123", THAI, null, "TH");

    assertThat(kinds(doubts.numberDoubts(future, future.lines().getFirst())))
        .containsExactly("ISSUED_AFTER_DECLARATION");
    assertThat(kinds(doubts.numberDoubts(old, old.lines().getFirst())))
        .containsExactly("OLDER_THAN_ANY_LICENSE");
    assertThat(doubts.numberDoubts(threeYears, threeYears.lines().getFirst()))
        .as("a general license issued three years ago can still be valid")
        .isEmpty();
  }

  @Test
  void a_number_another_exporter_cited_before_is_doubted_and_its_own_holder_is_not() {
    LicenseDoubts doubts = LicenseDoubts.bundled();
    Declaration first = declaration(SMELTER, "25SB000123", THAI, null, "TH");
    doubts.learn(first, first.lines().getFirst());

    Declaration again = declaration(SMELTER, "25SB000123", THAI, null, "TH");
    Declaration borrowed = declaration(OTHER, "25sb 000123", THAI, null, "TH");

    assertThat(doubts.numberDoubts(again, again.lines().getFirst())).isEmpty();
    assertThat(kinds(doubts.numberDoubts(borrowed, borrowed.lines().getFirst())))
        .containsExactly("CITED_BY_ANOTHER_EXPORTER");
  }

  @Test
  void the_memory_of_holders_is_bounded() {
    LicenseDoubts doubts = new LicenseDoubts(LicenseNumbers.bundled(), 2);
    for (int i = 0; i < 5; i++) {
      Declaration d = declaration(SMELTER, "25SB00000" + i, THAI, null, "TH");
      doubts.learn(d, d.lines().getFirst());
    }

    assertThat(doubts.remembered()).isEqualTo(2);
  }

  @Test
  void an_end_user_or_a_consignee_address_elsewhere_does_not_fit_one_license() {
    Party endUserUs = new Party("Falcon Defense Inc.", CountryCode.UNITED_STATES, "");
    Party addressInKz =
        new Party(
            "Siam Metals", new CountryCode("TH"), "14 Abai Avenue, Almaty, Kazakhstan 050000");

    assertThat(kinds(LicenseDoubts.partyDoubts(declaration(SMELTER, "x", THAI, endUserUs, "TH"))))
        .containsExactly("END_USER_ELSEWHERE");
    assertThat(kinds(LicenseDoubts.partyDoubts(declaration(SMELTER, "x", addressInKz, null, "TH"))))
        .containsExactly("CONSIGNEE_ADDRESS_ELSEWHERE");
  }

  @Test
  void near_miss_consignee_and_end_user_where_the_goods_go_raise_no_doubt() {
    Party endUserTh = new Party("Siam Batteries", new CountryCode("TH"), "Rayong, Thailand");

    assertThat(LicenseDoubts.partyDoubts(declaration(SMELTER, "x", THAI, endUserTh, "TH")))
        .isEmpty();
  }

  @Test
  void a_bad_format_file_is_refused_naming_line_and_field() {
    String file = "name,pattern,year_digits,source\nbroken,(\\d{2}[A-Z,2,x\n";

    assertThatThrownBy(
            () ->
                LicenseNumbers.parse(
                    new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "f.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("f.csv line 2, field pattern");
  }
}
