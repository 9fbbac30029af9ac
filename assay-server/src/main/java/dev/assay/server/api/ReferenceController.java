package dev.assay.server.api;

import dev.assay.controllist.Measure;
import dev.assay.rules.Rule;
import dev.assay.rules.RuleBook;
import dev.assay.rules.RuleFileException;
import dev.assay.server.service.ScreeningEngine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The reference data screening runs on: the control list's measures and the analysts' rules. */
@RestController
@Tag(name = "Reference data")
public class ReferenceController {
  private final ScreeningEngine engine;
  private final String rulesFile;

  public ReferenceController(ScreeningEngine engine, @Value("${assay.rules:}") String rulesFile) {
    this.engine = engine;
    this.rulesFile = rulesFile;
  }

  /** The control list version and its measures. */
  public record Measures(String version, List<Measure> measures) {}

  @Operation(summary = "The control list's measures (announcements, dates, items, suspensions)")
  @GetMapping("/api/v1/measures")
  public Measures measures() {
    return new Measures(engine.controlList().version(), engine.controlList().measures());
  }

  @GetMapping("/api/v1/measures/{id}")
  public Measure measure(@PathVariable String id) {
    return engine
        .controlList()
        .measure(id)
        .orElseThrow(() -> ApiException.notFound("measure " + id));
  }

  /** The analysts' rule file in force, if the server was started with one (assay.rules). */
  public record Rules(String source, List<Rule> rules) {}

  @Operation(summary = "The analysts' rules (CEL) the server was started with, if any")
  @GetMapping("/api/v1/rules")
  public Rules rules() {
    if (rulesFile.isBlank()) {
      return new Rules("", List.of());
    }
    try {
      RuleBook book = RuleBook.load(Path.of(rulesFile));
      return new Rules(book.source(), book.rules());
    } catch (RuleFileException e) {
      throw ApiException.badField("assay.rules", e.getMessage());
    }
  }
}
