package dev.assay.server.web;

import dev.assay.risk.FindingCode;
import dev.assay.risk.Scoring;
import dev.assay.risk.Severity;
import dev.assay.risk.evidence.EvidenceKinds;
import dev.assay.server.security.AssayUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The scoring weights in force, read-only: what one finding of each code and severity adds to a
 * declaration's score (the shipped scoring the server's engine runs with, as {@code assay weights}
 * shows its priors), and which codes can be legal certainties that decide the lane on their own.
 */
@Controller
public class WeightPages {

  /** One finding code's weights, one per severity, and whether it can be a legal certainty. */
  public record Row(String code, List<Double> weights, boolean canBeCertain) {}

  @GetMapping("/analyst/weights")
  String weights(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    Scoring scoring = Scoring.bundled();
    List<Row> rows = new ArrayList<>();
    for (FindingCode code : FindingCode.values()) {
      List<Double> weights = new ArrayList<>();
      for (Severity s : Severity.values()) {
        weights.add(scoring.weight(code, s));
      }
      rows.add(new Row(code.name(), weights, EvidenceKinds.canBeCertain(code)));
    }
    model.addAttribute("shell", new Shell(user, csrf, "Weights", "/analyst/weights"));
    model.addAttribute("severities", List.of(Severity.values()));
    model.addAttribute("rows", rows);
    model.addAttribute("modelWeight", scoring.modelWeight());
    return "analyst/weights";
  }
}
