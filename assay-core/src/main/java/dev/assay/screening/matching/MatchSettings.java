package dev.assay.screening.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    double legalFormDiffers,
    double birthYearNear,
    int candidates) {

  public MatchSettings {
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be at least 1");
    }
  }

  public static MatchSettings bundled() {
    try (InputStream in =
        MatchSettings.class.getResourceAsStream("/screening/matching/matching.yaml")) {
      Map<String, Double> v = numbers(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return new MatchSettings(
          new MatchThresholds(v.get("thresholds.review"), v.get("thresholds.block")),
          v.get("adjustments.country_agrees"),
          v.get("adjustments.country_differs"),
          v.get("adjustments.birth_year_agrees"),
          v.get("adjustments.birth_year_differs"),
          v.get("adjustments.identifier_differs"),
          v.get("adjustments.legal_form_differs"),
          v.get("adjustments.birth_year_near"),
          v.getOrDefault("candidates", 24.0).intValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NullPointerException e) {
      throw new IllegalStateException("matching.yaml: a setting is missing", e);
    }
  }

  /**
   * The numbers of a YAML file of plain {@code key: number} mappings, nested by indentation, as
   * dotted paths ("thresholds.review"). The settings file is that simple; reading it without a YAML
   * library keeps Jackson's YAML reader (a tenth of a second to load) out of {@code assay match}.
   */
  static Map<String, Double> numbers(String yaml) {
    Map<String, Double> out = new HashMap<>();
    List<String> path = new ArrayList<>();
    List<Integer> indents = new ArrayList<>();
    for (String raw : yaml.split("\n")) {
      String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
      if (line.isBlank()) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      while (!indents.isEmpty() && indents.getLast() >= indent) {
        indents.removeLast();
        path.removeLast();
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException("matching.yaml: not 'key: value': " + raw.strip());
      }
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (value.isEmpty()) {
        path.add(key);
        indents.add(indent);
        continue;
      }
      String full = path.isEmpty() ? key : String.join(".", path) + "." + key;
      try {
        out.put(full, Double.parseDouble(value));
      } catch (NumberFormatException e) {
        throw new IllegalStateException("matching.yaml: " + full + ": not a number: " + value, e);
      }
    }
    return out;
  }

  public MatchSettings withThresholds(MatchThresholds thresholds) {
    return new MatchSettings(
        thresholds,
        countryAgrees,
        countryDiffers,
        birthYearAgrees,
        birthYearDiffers,
        identifierDiffers,
        legalFormDiffers,
        birthYearNear,
        candidates);
  }
}
