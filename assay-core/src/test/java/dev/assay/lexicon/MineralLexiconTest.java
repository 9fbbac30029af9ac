package dev.assay.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.lexicon.MineralMention.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MineralLexiconTest {
  private final MineralLexicon lexicon = MineralLexicon.bundled();

  private List<String> minerals(String description) {
    return lexicon.find(description).stream().map(MineralMention::mineral).toList();
  }

  @ParameterizedTest(name = "''{0}'' names {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "antimony ingots 99.65% | antimony",
        "ANTIMONY INGOT | antimony",
        "Antimony   regulus | antimony",
        "锑锭 | antimony",
        "精锑 Sb 99.65 | antimony",
        "銻錠 | antimony",
        "tiding 25kg/bag | antimony",
        "ｇａｌｌｉｕｍ ｍｅｔａｌ | gallium",
        "gallium arsenide wafers | gallium",
        "GaAs wafer 4 inch | gallium",
        "二氧化锗 | germanium",
        "GeO2 powder | germanium",
        "ammonium paratungstate | tungsten",
        "APT 88.5% WO3 | tungsten",
        "Sn42Bi58 low temperature solder paste | bismuth",
        "NdFeB magnets (Dy 0.36%) | dysprosium",
        "Dy-NdFeB permanent magnet | dysprosium",
        "sintered NdFeB, grain-boundary Tb diffused 52SH | terbium",
        "NdFeB 48UH, diffused Tb | terbium",
        "Dy-diffused NdFeB arc segments | dysprosium",
        "NdFeB blocks, Tb-doped | terbium",
        "氧化镝 | dysprosium",
        "samarium cobalt magnets | samarium",
        "Y2O3 99.999% | yttrium",
        "spherical graphite for anodes | graphite",
        "cadmium zinc telluride crystal | tellurium",
        "indium phosphide substrate | indium",
      })
  void names_in_every_language_and_script(String description, String mineral) {
    assertThat(minerals(description)).contains(mineral);
  }

  @ParameterizedTest(name = "''{0}'' is a typo of {1}")
  @CsvSource({
    "galium metal ingots, gallium",
    "antimonv ingots, antimony",
    "germanuim dioxide, germanium",
    "tungstne bars, tungsten"
  })
  void one_typo_still_names_the_mineral_but_as_a_typo(String description, String mineral) {
    List<MineralMention> found = lexicon.find(description);

    assertThat(found)
        .anySatisfy(
            m -> {
              assertThat(m.mineral()).isEqualTo(mineral);
              assertThat(m.kind()).isEqualTo(Kind.TYPO);
            });
  }

  @ParameterizedTest(name = "''{0}'' names nothing controlled")
  @ValueSource(
      strings = {
        "leather shoes",
        "WIN 10 LAPTOP COMPUTERS",
        "NdFeB magnets N52",
        "made In China",
        "steel bolts M8",
        "graphite pencils HB",
        "lead-free solder wire, antimony-free",
        "不含锑 焊锡丝",
        "indian cotton sweaters",
        "ITO glass substrates indium tin oxide",
        "flame retardant antimony trioxide 99.5%",
        "bismuth subsalicylate tablets",
        "NdFeB magnets, Dy-free",
        "钕铁硼磁体 N35 不含镝铽",
        "NdFeB magnets N48M, Dy 0%, Tb 0%, not controlled",
        "sintered magnets free of dysprosium and terbium",
        "WC toilet seats",
        "Erbium oxide Er2O3 99.9%",
        "Hard ferrite magnets Y30BH",
        "NdFeB magnets N42, Zn coated, no heavy rare earth",
        "NdFeB magnets N52, no Dy/Tb added",
        "In bearing housings, Tb free",
        "aluminium alloy ingots, Zn and Mg added",
      })
  void ordinary_descriptions_name_nothing(String description) {
    assertThat(minerals(description)).isEmpty();
  }

  @Test
  void near_miss_a_real_typo_and_yttrium_outside_ferrite_are_still_named() {
    assertThat(minerals("terbum oxide")).containsExactly("terbium");
    assertThat(minerals("yttrium oxide Y 99.99%")).containsExactly("yttrium");
  }

  @Test
  void near_miss_an_element_left_out_of_the_denial_is_named() {
    assertThat(minerals("钕铁硼磁体 无镝 含铽")).containsExactly("terbium");
    assertThat(minerals("NdFeB magnets, Dy 0%, Tb 0.6%")).containsExactly("terbium");
  }

  @ParameterizedTest
  @CsvSource({
    "antimony trioxide 99.99%, 1",
    "antimony trioxide 99.5%, 0",
    "Sb2O3 5N, 1",
    "Sb2O3 99.8%, 0"
  })
  void antimony_oxide_counts_only_at_the_controlled_purity(String description, int mentions) {
    assertThat(minerals(description)).hasSize(mentions);
  }
}
