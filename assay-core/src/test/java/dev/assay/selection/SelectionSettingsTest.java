package dev.assay.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.risk.Exploration;
import dev.assay.risk.Lane;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectionSettingsTest {
  @TempDir Path dir;

  @Test
  void the_shipped_settings_load() {
    SelectionSettings s = SelectionSettings.bundled();

    assertThat(s.redShare()).isBetween(0.0, 1.0);
    assertThat(s.randomRate(Lane.RED)).isPositive();
    assertThat(s.randomRate(Lane.GREEN)).isZero();
  }

  @Test
  void a_file_overrides_what_it_names_and_keeps_the_rest() throws Exception {
    Path file = dir.resolve("sel.yaml");
    Files.writeString(file, "offices:\n  \"5300\": {red_share: 0.08}\nrandom_rates: {RED: 0.02}\n");

    SelectionSettings s = SelectionSettings.load(file);

    assertThat(s.redShare("5300")).isEqualTo(0.08);
    assertThat(s.redShare("2200")).isEqualTo(SelectionSettings.bundled().redShare());
    assertThat(s.randomRate(Lane.RED)).isEqualTo(0.02);
    assertThat(s.randomRate(Lane.YELLOW))
        .isEqualTo(SelectionSettings.bundled().randomRate(Lane.YELLOW));
  }

  @Test
  void a_bad_value_is_refused_naming_the_file_and_field() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "offices:\n  \"5300\": {red_share: 1.5}\n");

    assertThatThrownBy(() -> SelectionSettings.load(file))
        .hasMessageContaining("bad.yaml")
        .hasMessageContaining("offices.5300.red_share");
    assertThatThrownBy(
            () ->
                SelectionSettings.bundled().withRandomRates(Map.of(Lane.RED, 0.7, Lane.BLUE, 0.7)))
        .hasMessageContaining("more than 1");
  }

  @Test
  void exploration_is_read_and_can_be_switched_off_keeping_its_values() throws Exception {
    Path on = dir.resolve("on.yaml");
    Files.writeString(on, "exploration: {random_red: 0.1, min_random_picks: 4}\n");
    Path off = dir.resolve("off.yaml");
    Files.writeString(off, "exploration: {enabled: false}\n");

    Exploration explored = SelectionSettings.load(on).exploration();
    Exploration switchedOff = SelectionSettings.load(off).exploration();

    assertThat(explored).isEqualTo(new Exploration(0.1, 4));
    assertThat(explored.on()).isTrue();
    assertThat(switchedOff.on()).isFalse();
    assertThat(switchedOff.randomRed())
        .isEqualTo(SelectionSettings.bundled().exploration().randomRed());
  }

  @Test
  void a_bad_exploration_value_is_refused_naming_the_field() throws Exception {
    Path file = dir.resolve("bad-exploration.yaml");
    Files.writeString(file, "exploration: {random_red: 1.5}\n");

    assertThatThrownBy(() -> SelectionSettings.load(file))
        .hasMessageContaining("bad-exploration.yaml")
        .hasMessageContaining("exploration.random_red");
  }

  @Test
  void lone_carrier_picks_are_read_shipped_off_and_a_negative_count_is_refused() throws Exception {
    Path lone = dir.resolve("lone.yaml");
    Files.writeString(lone, "exploration: {min_lone_picks: 10}\n");
    Path bad = dir.resolve("bad-lone.yaml");
    Files.writeString(bad, "exploration: {min_lone_picks: -1}\n");

    assertThat(SelectionSettings.bundled().exploration().minLonePicks()).isZero();
    Exploration aimed = SelectionSettings.load(lone).exploration();
    assertThat(aimed.minLonePicks()).isEqualTo(10);
    // near miss: the other exploration values are the shipped ones
    assertThat(aimed.minRandomPicks())
        .isEqualTo(SelectionSettings.bundled().exploration().minRandomPicks());
    assertThatThrownBy(() -> SelectionSettings.load(bad))
        .hasMessageContaining("bad-lone.yaml")
        .hasMessageContaining("exploration.min_lone_picks");
  }
}
