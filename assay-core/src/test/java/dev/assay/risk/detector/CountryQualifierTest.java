package dev.assay.risk.detector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.CountryCode;
import dev.assay.risk.transshipment.CountryQualifier;
import org.junit.jupiter.api.Test;

class CountryQualifierTest {
  private static final CountryCode DE = new CountryCode("DE");
  private static final CountryCode KR = new CountryCode("KR");

  @Test
  void a_name_with_its_own_country_in_brackets_is_a_local_arm() {
    assertThat(CountryQualifier.namesOwnCountry("Quinirova Materials (Germany) GmbH & Co. KG", DE))
        .isTrue();
    assertThat(CountryQualifier.namesOwnCountry("NEXEMARA CHEMICAL (SOUTH KOREA) CORP", KR))
        .isTrue();
  }

  @Test
  void another_country_a_legal_form_or_no_brackets_is_not() {
    assertThat(CountryQualifier.namesOwnCountry("Quinirova Materials (Belgium) BV", DE)).isFalse();
    assertThat(CountryQualifier.namesOwnCountry("Gloovma Imports (Pty) Ltd", DE)).isFalse();
    assertThat(CountryQualifier.namesOwnCountry("Germany Metals GmbH", DE)).isFalse();
    assertThat(CountryQualifier.namesOwnCountry("Odd Name (", DE)).isFalse();
  }
}
