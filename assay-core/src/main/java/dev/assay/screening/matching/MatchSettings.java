package dev.assay.screening.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The matcher's policy settings, shipped in {@code screening/matching/matching.yaml}: the review
 * and block thresholds, how much agreement or disagreement on country, birth year and identifiers
 * moves a score, and how many candidates the index hands to the scorer.
 */
public record MatchSettings(
    MatchThresholds thresholds,
    double countryAgrees,
    double countryDiffers,
    double birthYearAgrees,
    double birthYearDiffers,
    double identifierDiffers,
    int candidates) {

  public MatchSettings {
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be at least 1");
    }
  }

  public static MatchSettings bundled() {
    try (InputStream in =
        MatchSettings.class.getResourceAsStream("/screening/matching/matching.yaml")) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      JsonNode t = root.path("thresholds");
      JsonNode a = root.path("adjustments");
      return new MatchSettings(
          new MatchThresholds(t.path("review").asDouble(), t.path("block").asDouble()),
          a.path("country_agrees").asDouble(),
          a.path("country_differs").asDouble(),
          a.path("birth_year_agrees").asDouble(),
          a.path("birth_year_differs").asDouble(),
          a.path("identifier_differs").asDouble(),
          root.path("candidates").asInt(24));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public MatchSettings withThresholds(MatchThresholds thresholds) {
    return new MatchSettings(
        thresholds,
        countryAgrees,
        countryDiffers,
        birthYearAgrees,
        birthYearDiffers,
        identifierDiffers,
        candidates);
  }
}
