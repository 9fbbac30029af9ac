package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.simulator.population.ExporterProfile;
import dev.assay.simulator.population.Front;
import dev.assay.simulator.population.OverseasParty;
import dev.assay.simulator.population.Population;
import dev.assay.simulator.reference.ReferenceData;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The simulated companies look like the real population, networks included. */
class PopulationTest {
  private static final Population POPULATION =
      new Simulator(SimulationSettings.defaults()).population();

  @Test
  void exportersHaveUniqueValidCreditCodesOfTheirCityAndNamesInChineseAndEnglish() {
    Set<String> codes = new HashSet<>();
    for (ExporterProfile e : POPULATION.exporters()) {
      assertThat(codes.add(e.code().value())).isTrue();
      assertThat(e.code().administrativeDivision()).isEqualTo(e.city().division());
      assertThat(e.code().value()).startsWith("91");
      assertThat(e.nameZh()).endsWith("有限公司").startsWith(e.city().cityZh());
      assertThat(e.nameEn()).endsWith("Co., Ltd.");
    }
    assertThat(POPULATION.exporters()).hasSizeGreaterThan(3000);
  }

  @Test
  void everyMineralFamilyHasTradersInItsProducingProvinces() {
    for (String family : ReferenceData.bundled().families()) {
      assertThat(POPULATION.mineralTraders(family))
          .as(family)
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t.city().minerals()).contains(family));
    }
    assertThat(POPULATION.mineralTraders("antimony"))
        .anySatisfy(t -> assertThat(t.city().provinceEn()).isIn("Hunan", "Guangxi"));
  }

  @Test
  void someHonestCompaniesShareAnAddressAsRegisteredAgentsMakeThemDo() {
    Map<String, Integer> byAddress = new HashMap<>();
    for (OverseasParty p : POPULATION.overseasParties()) {
      if (p.role() == OverseasParty.Role.BUYER) {
        byAddress.merge(p.party().address(), 1, Integer::sum);
      }
    }
    assertThat(byAddress.values()).anySatisfy(n -> assertThat(n).isGreaterThan(3));
  }

  @Test
  void frontsSitInHubsShareTheBrandOfTheirAffiliateAndOftenAnAddressWithSiblings() {
    int sharing = 0;
    for (String family : ReferenceData.bundled().families()) {
      for (Front f : POPULATION.fronts(family)) {
        assertThat(f.front().country()).isEqualTo(f.route().hub());
        assertThat(f.affiliate().country()).isEqualTo(f.route().finalDestination());
        assertThat(f.front().name()).startsWith(f.affiliate().brand());
        assertThat(f.affiliate().name()).startsWith(f.affiliate().brand());
        for (Front other : POPULATION.fronts(family)) {
          if (other != f && other.front().party().address().equals(f.front().party().address())) {
            sharing++;
            break;
          }
        }
      }
    }
    assertThat(sharing).isGreaterThan(10);
  }
}
