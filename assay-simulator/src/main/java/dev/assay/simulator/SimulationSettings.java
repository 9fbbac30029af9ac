package dev.assay.simulator;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that decides a simulated run. The same settings give the same declarations, byte for
 * byte.
 *
 * @param declarations how many declarations to generate
 * @param seed the seed of every random draw
 * @param from first declaration date
 * @param to last declaration date (inclusive)
 * @param exporters ordinary exporters in the population (mineral traders come on top)
 * @param mineralShare share of declarations that are controlled-mineral shipments in an average
 *     month; far above reality (well under 0.1%) so that the files hold enough of them to learn
 *     from; the monthly flows of each family scale it up and down
 * @param inspection the inspection policy for observed labels, if those are wanted
 */
public record SimulationSettings(
    long declarations,
    long seed,
    LocalDate from,
    LocalDate to,
    Difficulty difficulty,
    TypologyRates rates,
    int exporters,
    double mineralShare,
    Optional<InspectionPolicy> inspection,
    java.util.OptionalInt variant) {

  public SimulationSettings(
      long declarations,
      long seed,
      LocalDate from,
      LocalDate to,
      Difficulty difficulty,
      TypologyRates rates,
      int exporters,
      double mineralShare,
      Optional<InspectionPolicy> inspection) {
    this(
        declarations,
        seed,
        from,
        to,
        difficulty,
        rates,
        exporters,
        mineralShare,
        inspection,
        java.util.OptionalInt.empty());
  }

  /** The typology parameters: the variant's where one is set, else the difficulty's. */
  public TypologyParameters parameters() {
    return variant.isPresent()
        ? TypologyParameters.variant(variant.getAsInt())
        : difficulty.parameters();
  }

  /** These settings with the typologies of variant {@code k} (see {@link TypologyParameters}). */
  public SimulationSettings withVariant(int k) {
    TypologyParameters.variant(k);
    return new SimulationSettings(
        declarations,
        seed,
        from,
        to,
        difficulty,
        rates,
        exporters,
        mineralShare,
        inspection,
        java.util.OptionalInt.of(k));
  }

  public SimulationSettings {
    variant = variant == null ? java.util.OptionalInt.empty() : variant;
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(difficulty, "difficulty");
    Objects.requireNonNull(rates, "rates");
    inspection = inspection == null ? Optional.empty() : inspection;
    if (declarations < 0) {
      throw new IllegalArgumentException("declarations must not be negative");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the period ends (" + to + ") before it starts (" + from + ")");
    }
    if (exporters < 10 || exporters > 200_000) {
      throw new IllegalArgumentException(
          "exporters must be between 10 and 200,000, got " + exporters);
    }
    if (!(mineralShare >= 0 && mineralShare <= 0.5)) {
      throw new IllegalArgumentException("mineral share must be in [0, 0.5], got " + mineralShare);
    }
  }

  /** 100,000 declarations over 2024-2025, seed 1, default difficulty and rates. */
  public static SimulationSettings defaults() {
    return new SimulationSettings(
        100_000,
        1,
        LocalDate.of(2024, 1, 1),
        LocalDate.of(2025, 12, 31),
        Difficulty.DEFAULT,
        TypologyRates.defaults(),
        3000,
        0.04,
        Optional.empty());
  }

  public SimulationSettings withDeclarations(long n) {
    return new SimulationSettings(
        n, seed, from, to, difficulty, rates, exporters, mineralShare, inspection, variant);
  }

  public SimulationSettings withSeed(long s) {
    return new SimulationSettings(
        declarations, s, from, to, difficulty, rates, exporters, mineralShare, inspection, variant);
  }

  public SimulationSettings withPeriod(LocalDate start, LocalDate end) {
    return new SimulationSettings(
        declarations,
        seed,
        start,
        end,
        difficulty,
        rates,
        exporters,
        mineralShare,
        inspection,
        variant);
  }

  public SimulationSettings withDifficulty(Difficulty d) {
    return new SimulationSettings(
        declarations, seed, from, to, d, rates, exporters, mineralShare, inspection, variant);
  }

  public SimulationSettings withRates(TypologyRates r) {
    return new SimulationSettings(
        declarations, seed, from, to, difficulty, r, exporters, mineralShare, inspection, variant);
  }

  public SimulationSettings withExporters(int n) {
    return new SimulationSettings(
        declarations, seed, from, to, difficulty, rates, n, mineralShare, inspection, variant);
  }

  public SimulationSettings withMineralShare(double share) {
    return new SimulationSettings(
        declarations, seed, from, to, difficulty, rates, exporters, share, inspection, variant);
  }

  public SimulationSettings withInspection(InspectionPolicy policy) {
    return new SimulationSettings(
        declarations,
        seed,
        from,
        to,
        difficulty,
        rates,
        exporters,
        mineralShare,
        Optional.ofNullable(policy),
        variant);
  }
}
