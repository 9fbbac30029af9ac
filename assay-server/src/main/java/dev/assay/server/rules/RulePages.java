package dev.assay.server.rules;

import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import dev.assay.server.api.ApiException;
import dev.assay.server.security.AssayUser;
import dev.assay.server.web.Shell;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The analysts' rules page (under /analyst: analysts and administrators): the rules in force, the
 * drafts waiting for a second person, a form to draft one, and the history. A refused request
 * re-renders the page with the status and the field at fault, keeping what was typed.
 */
@Controller
public class RulePages {
  private final AnalystRules rules;

  public RulePages(AnalystRules rules) {
    this.rules = rules;
  }

  /** The page's content. */
  public record View(
      List<AnalystRules.StoredRule> active,
      List<AnalystRules.StoredRule> drafts,
      List<AnalystRules.StoredRule> history,
      AnalystRules.Draft form,
      String error,
      String errorField,
      String me,
      List<FindingCode> findings,
      List<Severity> severities) {}

  static final AnalystRules.Draft EMPTY =
      new AnalystRules.Draft(
          "",
          "",
          "declaration.controlled_lines > 0 && declaration.transport_mode == 'POST'",
          FindingCode.CONCEALMENT.name(),
          Severity.MEDIUM.name(),
          "",
          "",
          "");

  @GetMapping("/analyst/rules")
  String page(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    return render(user, csrf, model, EMPTY, null);
  }

  @PostMapping("/analyst/rules")
  String draft(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @ModelAttribute AnalystRules.Draft form,
      HttpServletResponse response,
      Model model) {
    try {
      AnalystRules.StoredRule r = rules.draft(user.getUsername(), form);
      return "redirect:/analyst/rules#rule-" + r.version();
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(user, csrf, model, form, e);
    }
  }

  @PostMapping("/analyst/rules/{version}/{step}")
  String step(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @PathVariable("version") long version,
      @PathVariable("step") String step,
      HttpServletResponse response,
      Model model) {
    try {
      switch (step) {
        case "activate" -> rules.activate(user.getUsername(), version);
        case "deactivate" -> rules.deactivate(user.getUsername(), version);
        case "reject" -> rules.reject(user.getUsername(), version);
        default -> throw ApiException.notFound("step " + step);
      }
      return "redirect:/analyst/rules#rule-" + version;
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(user, csrf, model, EMPTY, e);
    }
  }

  private String render(
      AssayUser user, CsrfToken csrf, Model model, AnalystRules.Draft form, ApiException e) {
    List<AnalystRules.StoredRule> all = rules.list();
    String field = e == null || e.errors().isEmpty() ? null : e.errors().getFirst().field();
    String error =
        e == null
            ? null
            : e.errors().isEmpty()
                ? e.getMessage()
                : "field " + field + ": " + e.errors().getFirst().reason();
    model.addAttribute("shell", new Shell(user, csrf, "Rules", "/analyst/rules"));
    model.addAttribute(
        "view",
        new View(
            all.stream().filter(r -> r.status().equals("ACTIVE")).toList(),
            all.stream().filter(r -> r.status().equals("DRAFT")).toList(),
            all.stream()
                .filter(r -> !r.status().equals("ACTIVE") && !r.status().equals("DRAFT"))
                .toList(),
            form,
            error,
            field,
            user.getUsername(),
            List.of(FindingCode.values()),
            List.of(Severity.values())));
    return "analyst/rules";
  }
}
