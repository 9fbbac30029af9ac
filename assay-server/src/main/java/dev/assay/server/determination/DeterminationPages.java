package dev.assay.server.determination;

import dev.assay.declaration.EndUse;
import dev.assay.server.api.ApiException;
import dev.assay.server.security.AssayUser;
import dev.assay.server.web.Shell;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The license check page: one form, the answer beside it. Served under the exporter's and the
 * licensing officer's prefixes, so the security configuration's per-role page rules admit exactly
 * those roles (and administrators on the licensing side). A GET form: asking changes nothing, and
 * the answer can be bookmarked or sent on.
 */
@Controller
public class DeterminationPages {
  private final Determinations determinations;

  public DeterminationPages(Determinations determinations) {
    this.determinations = determinations;
  }

  /** The page's content: the question, and the answer or the fields at fault once asked. */
  public record View(
      String action,
      Determinations.Question question,
      Determinations.Answer answer,
      List<ApiException.FieldError> errors,
      List<EndUse> endUses,
      LocalDate today) {
    public String error(String field) {
      return errors.stream()
          .filter(e -> e.field().equals(field))
          .map(ApiException.FieldError::reason)
          .findFirst()
          .orElse(null);
    }

    public String value(String text) {
      return text == null ? "" : text;
    }
  }

  @GetMapping({"/exporter/determine", "/licensing/determine"})
  String page(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam(name = "hsCode", required = false) String hsCode,
      @RequestParam(name = "description", required = false) String description,
      @RequestParam(name = "destination", required = false) String destination,
      @RequestParam(name = "endUserCountry", required = false) String endUserCountry,
      @RequestParam(name = "endUse", required = false) String endUse,
      @RequestParam(name = "quantity", required = false) String quantity,
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "valueUsd", required = false) String valueUsd,
      @RequestParam(name = "date", required = false) String date,
      jakarta.servlet.http.HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String action =
        request.getRequestURI().startsWith("/exporter/")
            ? "/exporter/determine"
            : "/licensing/determine";
    Determinations.Question q =
        new Determinations.Question(
            hsCode,
            description,
            destination,
            endUserCountry,
            endUse,
            quantity,
            unit,
            valueUsd,
            date);
    Determinations.Answer answer = null;
    List<ApiException.FieldError> errors = List.of();
    if (hsCode != null) {
      try {
        answer = determinations.determine(q, LocalDate.now());
      } catch (ApiException e) {
        response.setStatus(e.status().value());
        errors = e.errors();
      }
    }
    model.addAttribute("shell", new Shell(user, csrf, "License check", action));
    model.addAttribute(
        "view", new View(action, q, answer, errors, List.of(EndUse.values()), LocalDate.now()));
    return "determination/check";
  }
}
