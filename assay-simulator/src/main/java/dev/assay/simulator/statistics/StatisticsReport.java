package dev.assay.simulator.statistics;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The table of simulated against public figures, in Markdown, for the figures the run's period
 * covers: what docs/simulator.md shows and {@code assay generate --stats} prints.
 */
public final class StatisticsReport {
  private StatisticsReport() {}

  public static String markdown(ExportStatistics statistics, YearMonth from, YearMonth to) {
    StringBuilder s = new StringBuilder();
    s.append("| statistic | public | simulated | source |\n| --- | --- | --- | --- |\n");
    List<PublicFigure> figures = PublicFigure.bundled();
    for (PublicFigure figure : figures) {
      if (!figure.coveredBy(from, to)) {
        continue;
      }
      String unit = figure.kind() == PublicFigure.Kind.CHANGE ? "%" : "% of kg";
      String published =
          figure.publicValue().isPresent()
              ? String.format(Locale.ROOT, "%+.1f%s", figure.publicValue().getAsDouble(), unit)
                  .replace("+0.0%", "0%")
              : "(no figure)";
      if (figure.kind() == PublicFigure.Kind.SHARE && figure.publicValue().isPresent()) {
        published = String.format(Locale.ROOT, "%.1f%s", figure.publicValue().getAsDouble(), unit);
      }
      double simulated = figure.simulated(statistics);
      String value =
          Double.isNaN(simulated)
              ? "(no exports)"
              : String.format(
                  Locale.ROOT,
                  figure.kind() == PublicFigure.Kind.CHANGE ? "%+.1f%s" : "%.1f%s",
                  simulated,
                  unit);
      s.append("| ")
          .append(figure.statistic())
          .append(" | ")
          .append(published)
          .append(" | ")
          .append(value)
          .append(" | ")
          .append(figure.source())
          .append(" |\n");
    }
    return s.toString();
  }
}
