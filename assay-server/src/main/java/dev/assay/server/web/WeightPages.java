package dev.assay.server.web;

import dev.assay.server.security.AssayUser;
import dev.assay.server.service.LearnedWeights;
import dev.assay.server.service.ScreeningEngine;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The weights in force, read-only: per finding code × severity the shipped prior, the weight the
 * engine learned from the inspection outcomes recorded on cases (posterior mean) and its 90%
 * credible interval, and the outcomes behind it; the sub-signals that outcomes reached under it;
 * the analysts' rules. The same figures as {@code GET /api/v1/weights} and {@code assay weights}.
 */
@Controller
public class WeightPages {
  private final ScreeningEngine engine;

  public WeightPages(ScreeningEngine engine) {
    this.engine = engine;
  }

  @GetMapping("/analyst/weights")
  String weights(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    LearnedWeights weights =
        LearnedWeights.of(
            engine.weights(), LearnedWeights.DEFAULT_CREDIBILITY, engine.outcomesLearned());
    model.addAttribute("shell", new Shell(user, csrf, "Weights", "/analyst/weights"));
    model.addAttribute("weights", weights);
    return "analyst/weights";
  }
}
