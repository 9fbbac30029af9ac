package dev.assay.ml.evaluation;

import java.util.List;
import java.util.Locale;

/** Renders evaluation results as a plain-text table, one line per window and ranking. */
public final class EvaluationTable {
  private EvaluationTable() {}

  public static String render(List<WindowResult> windows, String baselineName) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-10s %-23s %-9s %7s %5s %6s | %-17s | %-17s | %-17s | %-17s%n",
            "window",
            "test period",
            "ranking",
            "rows",
            "pos",
            "AUC",
            "P@1%  R@1%  $@1%",
            "P@2%  R@2%  $@2%",
            "P@5%  R@5%  $@5%",
            "P@10% R@10% $@10%"));
    for (WindowResult w : windows) {
      line(b, w, "model", w.model());
      if (w.baseline() != null) {
        line(b, w, baselineName, w.baseline());
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, WindowResult w, String name, RankingMetrics m) {
    b.append(
        String.format(
            Locale.ROOT,
            "%-10s %-23s %-9s %7d %5d %6.3f",
            w.name(),
            w.testFrom() + ".." + w.testTo(),
            name.length() > 9 ? name.substring(0, 9) : name,
            m.rows(),
            m.positives(),
            m.auc()));
    for (RankingMetrics.AtShare a : m.atShares()) {
      b.append(
          String.format(
              Locale.ROOT,
              " | %5.3f %5.3f %5s",
              a.precision(),
              a.recall(),
              Double.isNaN(a.revenueShare())
                  ? "-"
                  : String.format(Locale.ROOT, "%5.3f", a.revenueShare())));
    }
    b.append('\n');
  }
}
