package dev.assay.simulator.statistics;

import dev.assay.simulator.reference.ReferenceFile;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** A public figure of China's mineral exports (public-statistics.csv) to compare a run with. */
public record PublicFigure(
    String statistic,
    String family,
    Kind kind,
    YearMonth[] periodA,
    YearMonth[] periodB,
    List<String> countries,
    OptionalDouble publicValue,
    String source,
    String confidence) {

  /** A change between two periods, or a share of destinations in one. */
  public enum Kind {
    CHANGE,
    SHARE
  }

  public static List<PublicFigure> bundled() {
    List<PublicFigure> list = new ArrayList<>();
    for (ReferenceFile.Row row : ReferenceFile.read("public-statistics.csv").rows()) {
      Kind kind = Kind.valueOf(row.text("kind"));
      String value = row.text("public_value");
      list.add(
          new PublicFigure(
              row.text("statistic"),
              row.text("family"),
              kind,
              kind == Kind.CHANGE ? period(row.text("period_a")) : null,
              period(row.text("period_b")),
              row.list("countries"),
              value.isEmpty()
                  ? OptionalDouble.empty()
                  : OptionalDouble.of(Double.parseDouble(value)),
              row.text("source"),
              row.text("confidence")));
    }
    return List.copyOf(list);
  }

  private static YearMonth[] period(String text) {
    String[] ends = text.split("\\.\\.");
    return new YearMonth[] {YearMonth.parse(ends[0]), YearMonth.parse(ends[1])};
  }

  /** Whether a run from..to covers every month this figure needs. */
  public boolean coveredBy(YearMonth from, YearMonth to) {
    YearMonth first = periodA != null ? periodA[0] : periodB[0];
    return !first.isBefore(from) && !periodB[1].isAfter(to);
  }

  /** The simulated value of this figure. */
  public double simulated(ExportStatistics statistics) {
    return kind == Kind.CHANGE
        ? statistics.change(family, periodA, periodB)
        : statistics.share(family, periodB, countries);
  }
}
