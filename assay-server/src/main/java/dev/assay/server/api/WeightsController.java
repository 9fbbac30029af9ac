package dev.assay.server.api;

import dev.assay.server.service.LearnedWeights;
import dev.assay.server.service.ScreeningEngine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The learned weights of soft evidence the engine screens with (analysts and administrators), as
 * {@code assay weights} shows a weights file: the same estimates from the core.
 */
@RestController
@Tag(name = "Weights")
public class WeightsController {
  private final ScreeningEngine engine;

  public WeightsController(ScreeningEngine engine) {
    this.engine = engine;
  }

  @Operation(
      summary = "The learned weights of soft evidence, with their uncertainty",
      description =
          "Per finding code x severity (family) and per sub-signal under it, and per analyst rule:"
              + " the prior (the shipped weight of risk/scoring.yaml; a sub-signal's prior is its"
              + " family's mean), the posterior mean the engine scores with, its central credible"
              + " interval (low, high), the inspection outcomes behind it (inspections;"
              + " randomInspections of them random picks) and their selection-corrected violation"
              + " share (observedRate, null without outcomes). Learned from the outcomes recorded"
              + " on cases, replayed at server start (docs/evidence.md, docs/server.md).")
  @GetMapping("/api/v1/weights")
  public LearnedWeights weights(
      @Parameter(description = "Width of the central credible interval, strictly between 0 and 1")
          @RequestParam(name = "credibility", required = false)
          Double credibility) {
    double c = credibility == null ? LearnedWeights.DEFAULT_CREDIBILITY : credibility;
    if (!(c > 0 && c < 1)) {
      throw ApiException.badField("credibility", "strictly between 0 and 1, got " + credibility);
    }
    return LearnedWeights.of(engine.weights(), c, engine.outcomesLearned());
  }
}
