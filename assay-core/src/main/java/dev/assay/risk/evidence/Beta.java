package dev.assay.risk.evidence;

/**
 * The Beta distribution's mean and quantiles, for the credible interval of a learned weight. The
 * regularized incomplete beta function by its continued fraction (Lentz's method), inverted by
 * bisection: a few microseconds, only ever called to show a weight, never while screening.
 */
public record Beta(double alpha, double beta) {

  public Beta {
    if (!(alpha > 0 && beta > 0)) {
      throw new IllegalArgumentException(
          "a Beta distribution needs alpha > 0 and beta > 0, got " + alpha + ", " + beta);
    }
  }

  public double mean() {
    return alpha / (alpha + beta);
  }

  /** The value below which the given share of the distribution lies. */
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("a quantile is between 0 and 1, got " + p);
    }
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 60; i++) {
      double mid = (lo + hi) / 2;
      if (cdf(mid) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** P(X ≤ x). */
  public double cdf(double x) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double lnFront =
        lnGamma(alpha + beta)
            - lnGamma(alpha)
            - lnGamma(beta)
            + alpha * Math.log(x)
            + beta * Math.log1p(-x);
    double front = Math.exp(lnFront);
    if (x < (alpha + 1) / (alpha + beta + 2)) {
      return front * fraction(alpha, beta, x) / alpha;
    }
    return 1 - front * fraction(beta, alpha, 1 - x) / beta;
  }

  private static double fraction(double a, double b, double x) {
    final double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = Math.abs(d) < tiny ? tiny : d;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 300; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-12) {
        break;
      }
    }
    return h;
  }

  /** ln Γ(x), Lanczos approximation (g = 7, n = 9), good to about 15 digits for x > 0. */
  static double lnGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
    }
    double[] g = {
      0.99999999999980993,
      676.5203681218851,
      -1259.1392167224028,
      771.32342877765313,
      -176.61502916214059,
      12.507343278686905,
      -0.13857109526572012,
      9.9843695780195716e-6,
      1.5056327351493116e-7
    };
    x -= 1;
    double a = g[0];
    double t = x + 7.5;
    for (int i = 1; i < 9; i++) {
      a += g[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
