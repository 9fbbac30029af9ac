package dev.assay.intelligence.extraterritorial;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the extraterritorial determination needs beyond the control list, from the shipped {@code
 * intelligence/extraterritorial-no61.yaml}: the de minimis share, which minerals count as listed
 * rare-earth content, the technologies, and the rules with the clause each is recorded as.
 */
public record ExtraterritorialRules(
    String measure,
    LocalDate asOfFacts,
    double deMinimisShare,
    String deMinimisConfidence,
    Set<String> contentMinerals,
    String contentConfidence,
    Set<String> technologies,
    List<Rule> rules,
    Set<String> presumptionOfDenialEndUses,
    List<String> sources) {

  public record Rule(String id, String text, String clause, String clauseConfidence) {}

  private static final String RESOURCE = "intelligence/extraterritorial-no61.yaml";

  public static ExtraterritorialRules bundled() {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in =
        ExtraterritorialRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return yaml.readValue(in, ExtraterritorialRules.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  public Rule rule(String id) {
    return rules.stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no rule " + id + " in " + RESOURCE));
  }
}
