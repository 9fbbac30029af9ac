package dev.assay.ml.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.ml.data.Row;
import dev.assay.ml.schema.DatasetSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row's features may come only from rows of strictly earlier dates: its own label, the labels of
 * its day and everything after must not move them, while an earlier label must (the near miss that
 * shows the test can fail).
 */
class FeatureEncoderLeakageTest {
  static final DatasetSchema SCHEMA =
      DatasetSchema.parse(
          """
          name: leak
          columns:
            - {name: id, role: id}
            - {name: date, role: date}
            - {name: party, role: categorical}
            - {name: code, role: categorical, hierarchy: [2]}
            - {name: value, role: numeric}
            - {name: weight, role: numeric}
            - {name: text, role: text}
            - {name: label, role: label}
          combinations:
            - [party, "code:2"]
          ratios:
            - {name: vpk, numerator: value, denominator: weight, within: "code:2"}
          """);

  static Row row(int i, int day, int label) {
    return new Row(
        i,
        "r" + i,
        day,
        label,
        Double.NaN,
        new String[] {"P" + (i % 3), "81" + (i % 2)},
        new double[] {100 + 10 * (i % 7), 10},
        new String[] {"antimony ingot " + (i % 5)});
  }

  /** Rows over 20 days, 6 a day, labels from a fixed pattern. */
  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      rows.add(row(i, 19_000 + i / 6, (i * 7 % 5 == 0) ? 1 : 0));
    }
    return rows;
  }

  static List<float[]> encode(List<Row> rows) {
    FeatureEncoder encoder = new FeatureEncoder(SCHEMA);
    return rows.stream().map(encoder::encode).toList();
  }

  static List<Row> withLabel(List<Row> rows, int index, int label) {
    List<Row> copy = new ArrayList<>(rows);
    Row r = rows.get(index);
    copy.set(
        index,
        new Row(
            r.line(), r.id(), r.day(), label, r.value(), r.categories(), r.numbers(), r.texts()));
    return copy;
  }

  @Test
  void aRowsOwnLabelDoesNotReachItsFeatures() {
    List<Row> rows = rows();
    int target = 60;
    List<float[]> base = encode(rows);
    List<float[]> flipped = encode(withLabel(rows, target, 1 - rows.get(target).label()));
    assertThat(flipped.get(target)).containsExactly(base.get(target));
  }

  @Test
  void labelsOfTheSameDayAndLaterDoNotReachAFeature() {
    List<Row> rows = rows();
    int target = 60; // the first row of its day
    List<float[]> base = encode(rows);
    List<Row> changed = new ArrayList<>(rows);
    for (int i = target; i < rows.size(); i++) {
      changed = withLabel(changed, i, 1);
    }
    List<float[]> after = encode(changed);
    // Later rows of the same day, including ones after it in the file, see none of these labels.
    for (int i = target; i < target + 6; i++) {
      assertThat(after.get(i)).containsExactly(base.get(i));
    }
  }

  @Test
  void laterRowsDoNotReachAFeatureEvenAsCounts() {
    List<Row> rows = rows();
    int target = 60;
    List<float[]> base = encode(rows);
    List<float[]> truncated = encode(rows.subList(0, target + 1));
    assertThat(truncated.get(target)).containsExactly(base.get(target));
  }

  @Test
  void anEarlierDaysLabelDoesReachIt() {
    List<Row> rows = rows();
    int target = 63;
    int earlier = 57; // same party and code as 63 (i % 3, i % 2 equal), the day before
    assertThat(rows.get(earlier).categories()).containsExactly(rows.get(target).categories());
    List<float[]> base = encode(rows);
    List<float[]> flipped = encode(withLabel(rows, earlier, 1 - rows.get(earlier).label()));
    assertThat(flipped.get(target)).isNotEqualTo(base.get(target));
  }

  @Test
  void aRestoredEncoderCarriesOnAsIfItHadNeverStopped() {
    List<Row> rows = rows();
    FeatureEncoder whole = new FeatureEncoder(SCHEMA);
    List<float[]> straight = rows.stream().map(whole::encode).toList();
    FeatureEncoder first = new FeatureEncoder(SCHEMA);
    rows.subList(0, 60).forEach(first::encode);
    FeatureEncoder resumed = FeatureEncoder.restore(SCHEMA, first.state());
    for (int i = 60; i < rows.size(); i++) {
      assertThat(resumed.encode(rows.get(i))).containsExactly(straight.get(i));
    }
  }
}
