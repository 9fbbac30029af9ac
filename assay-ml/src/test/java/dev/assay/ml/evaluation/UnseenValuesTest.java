package dev.assay.ml.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnseenValuesTest {
  @Test
  void listsTheMostFrequentKeyFirstThenByName() {
    Map<String, Long> unseen = new HashMap<>();
    unseen.put("importer_id", 37L);
    unseen.put("tariff_code:6", 1204L);
    unseen.put("country", 37L);
    unseen.put("declarant_id", 2L);
    assertThat(UnseenValues.describe(unseen))
        .isEqualTo(
            "tariff_code:6 1,204 rows, country 37 rows, importer_id 37 rows, declarant_id 2 rows");
  }
}
