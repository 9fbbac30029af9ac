package dev.assay.risk.transshipment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.CountryCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MineralPartiesBoundTest {
  private static final CountryCode TH = new CountryCode("TH");

  @Test
  void every_table_keyed_by_a_party_keeps_to_the_bound() {
    MineralParties parties = new MineralParties(6, 50);
    for (int i = 0; i < 2_000; i++) {
      parties.addShipment("antimony", "consignee " + i);
      parties.addBrand("antimony", Optional.of("brand" + i), TH, "Brand " + i + " Co");
      parties.addExporterMineral("exporter " + i, "antimony");
    }

    assertThat(parties.largestTable()).isEqualTo(50);
    assertThat(parties.shipmentsTo("antimony", "consignee 1999")).isEqualTo(1);
    assertThat(parties.shipmentsTo("antimony", "consignee 0")).isZero();
    // The count per mineral is not keyed by a party and keeps counting.
    assertThat(parties.shipments("antimony")).isEqualTo(2_000);
  }

  @Test
  void below_the_bound_every_count_is_kept() {
    MineralParties parties = new MineralParties(6, 50);
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < 50; i++) {
        parties.addShipment("gallium", "consignee " + i);
      }
    }

    for (int i = 0; i < 50; i++) {
      assertThat(parties.shipmentsTo("gallium", "consignee " + i)).isEqualTo(4);
    }
  }
}
