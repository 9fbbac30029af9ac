package dev.assay.ml.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.ml.data.Row;
import dev.assay.ml.schema.DatasetSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

  /**
   * Every encoding the encoder has: the rates alone (models of earlier versions), and with raw
   * codes of both columns and the time-decayed rates.
   */
  static List<FeatureEncoder.Options> encodings() {
    return List.of(
        FeatureEncoder.Options.none(),
        new FeatureEncoder.Options(List.of("party", "code"), 3),
        FeatureEncoder.Options.forRows(SCHEMA, rows(), 1000));
  }

  static List<float[]> encode(List<Row> rows, FeatureEncoder.Options options) {
    FeatureEncoder encoder = new FeatureEncoder(SCHEMA, options);
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

  @ParameterizedTest
  @MethodSource("encodings")
  void aRowsOwnLabelDoesNotReachItsFeatures(FeatureEncoder.Options options) {
    List<Row> rows = rows();
    int target = 60;
    List<float[]> base = encode(rows, options);
    List<float[]> flipped = encode(withLabel(rows, target, 1 - rows.get(target).label()), options);
    assertThat(flipped.get(target)).containsExactly(base.get(target));
  }

  @ParameterizedTest
  @MethodSource("encodings")
  void labelsOfTheSameDayAndLaterDoNotReachAFeature(FeatureEncoder.Options options) {
    List<Row> rows = rows();
    int target = 60; // the first row of its day
    List<float[]> base = encode(rows, options);
    List<Row> changed = new ArrayList<>(rows);
    for (int i = target; i < rows.size(); i++) {
      changed = withLabel(changed, i, 1);
    }
    List<float[]> after = encode(changed, options);
    // Later rows of the same day, including ones after it in the file, see none of these labels.
    for (int i = target; i < target + 6; i++) {
      assertThat(after.get(i)).containsExactly(base.get(i));
    }
  }

  @ParameterizedTest
  @MethodSource("encodings")
  void laterRowsDoNotReachAFeatureEvenAsCounts(FeatureEncoder.Options options) {
    List<Row> rows = rows();
    int target = 60;
    List<float[]> base = encode(rows, options);
    List<float[]> truncated = encode(rows.subList(0, target + 1), options);
    assertThat(truncated.get(target)).containsExactly(base.get(target));
  }

  @ParameterizedTest
  @MethodSource("encodings")
  void anEarlierDaysLabelDoesReachIt(FeatureEncoder.Options options) {
    List<Row> rows = rows();
    int target = 63;
    int earlier = 57; // same party and code as 63 (i % 3, i % 2 equal), the day before
    assertThat(rows.get(earlier).categories()).containsExactly(rows.get(target).categories());
    List<float[]> base = encode(rows, options);
    List<float[]> flipped =
        encode(withLabel(rows, earlier, 1 - rows.get(earlier).label()), options);
    assertThat(flipped.get(target)).isNotEqualTo(base.get(target));
  }

  @ParameterizedTest
  @MethodSource("encodings")
  void aRestoredEncoderCarriesOnAsIfItHadNeverStopped(FeatureEncoder.Options options) {
    List<Row> rows = rows();
    FeatureEncoder whole = new FeatureEncoder(SCHEMA, options);
    List<float[]> straight = rows.stream().map(whole::encode).toList();
    FeatureEncoder first = new FeatureEncoder(SCHEMA, options);
    rows.subList(0, 60).forEach(first::encode);
    FeatureEncoder resumed = FeatureEncoder.restore(SCHEMA, first.state());
    for (int i = 60; i < rows.size(); i++) {
      assertThat(resumed.encode(rows.get(i))).containsExactly(straight.get(i));
    }
  }

  @ParameterizedTest
  @MethodSource("encodings")
  void anEarlierDaysLabelMovesEachNewEncodingOfIt(FeatureEncoder.Options options) {
    // The near miss per feature: each rate (smoothed and decayed) of the flipped row's party
    // moves, so none of the new encodings is a constant that passes the tests above for free.
    List<Row> rows = rows();
    int target = 63;
    int earlier = 57;
    List<float[]> base = encode(rows, options);
    List<float[]> flipped =
        encode(withLabel(rows, earlier, 1 - rows.get(earlier).label()), options);
    List<String> names = new FeatureEncoder(SCHEMA, options).featureNames();
    for (String name : List.of("party.risk", "party.risk_recent")) {
      int f = names.indexOf(name);
      if (f >= 0) {
        assertThat(flipped.get(target)[f]).as(name).isNotEqualTo(base.get(target)[f]);
      }
    }
    if (options.halfLifeDays() > 0) {
      assertThat(names).contains("party.risk_recent");
    }
  }

  @Test
  void rawCodesComeFromTheValueAloneAndMissAfterRestoreForNewValues() {
    var options = new FeatureEncoder.Options(List.of("party", "code"), 0);
    FeatureEncoder encoder = new FeatureEncoder(SCHEMA, options);
    List<String> names = encoder.featureNames();
    float[] first = encoder.encode(row(0, 19_000, 1));
    // Digits-only codes as their number; other values by order of first appearance, negated.
    assertThat(first[names.indexOf("code.code")]).isEqualTo(810f);
    assertThat(first[names.indexOf("party.code")]).isEqualTo(-1f);
    assertThat(encoder.encode(row(1, 19_000, 0))[names.indexOf("party.code")]).isEqualTo(-2f);
    FeatureEncoder restored = FeatureEncoder.restore(SCHEMA, encoder.state());
    assertThat(restored.featureNames()).isEqualTo(names);
    assertThat(restored.encode(row(3, 19_001, 0))[names.indexOf("party.code")]).isEqualTo(-1f);
    Row unseen = row(4, 19_002, 0);
    unseen.categories()[0] = "P-NEW";
    assertThat(restored.encode(unseen)[names.indexOf("party.code")]).isNaN();
  }

  @Test
  void hiddenLabelsAreNeverLearnedButEarlierOnesAre() {
    List<Row> rows = rows();
    int hideFrom = rows.get(60).day();
    var options = FeatureEncoder.Options.forRows(SCHEMA, rows, 1000);
    FeatureEncoder a = new FeatureEncoder(SCHEMA, options);
    a.hideLabelsFrom(hideFrom);
    List<float[]> base = rows.stream().map(a::encode).toList();
    List<Row> changed = new ArrayList<>(rows);
    for (int i = 60; i < rows.size(); i++) {
      changed = withLabel(changed, i, 1 - rows.get(i).label());
    }
    FeatureEncoder b = new FeatureEncoder(SCHEMA, options);
    b.hideLabelsFrom(hideFrom);
    List<float[]> after = changed.stream().map(b::encode).toList();
    for (int i = 60; i < rows.size(); i++) {
      assertThat(after.get(i)).containsExactly(base.get(i));
    }
    // The near miss: a label before the day does move a later row.
    FeatureEncoder c = new FeatureEncoder(SCHEMA, options);
    c.hideLabelsFrom(hideFrom);
    List<float[]> early =
        withLabel(rows, 57, 1 - rows.get(57).label()).stream().map(c::encode).toList();
    assertThat(early.get(63)).isNotEqualTo(base.get(63));
  }
}
