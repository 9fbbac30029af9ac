package dev.assay.server.web;

import dev.assay.server.api.ApiException;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import dev.assay.server.service.AssessmentService;
import dev.assay.server.service.CaseService;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk officer's cases: opened from an alert, assigned, annotated, with the attachments'
 * metadata, the inspection outcome and the referral. Every step goes through the case service
 * (which checks the office, validates and audits); a refusal comes back to the page as a message.
 */
@Controller
public class CasePages {
  private final CaseService cases;
  private final AssessmentService assessments;
  private final RiskQueries queries;
  private final RiskPages risk;
  private final UserStore users;

  public CasePages(
      CaseService cases,
      AssessmentService assessments,
      RiskQueries queries,
      RiskPages risk,
      UserStore users) {
    this.cases = cases;
    this.assessments = assessments;
    this.queries = queries;
    this.risk = risk;
    this.users = users;
  }

  /** Runs a step; a refusal becomes the page's error message instead of an error page. */
  private static void step(RedirectAttributes flash, String done, Runnable action) {
    try {
      action.run();
      flash.addFlashAttribute("message", done);
    } catch (ApiException e) {
      flash.addFlashAttribute("error", describe(e));
    }
  }

  static String describe(ApiException e) {
    StringBuilder b = new StringBuilder(e.getMessage() == null ? "refused" : e.getMessage());
    for (ApiException.FieldError f : e.errors()) {
      b.append(" — ").append(f.field()).append(": ").append(f.reason());
    }
    return b.toString();
  }

  @GetMapping("/risk/cases")
  String list(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam(name = "status", defaultValue = "") String status,
      Model model) {
    model.addAttribute("shell", new Shell(user, csrf, "Cases", "/risk/cases"));
    model.addAttribute("cases", queries.cases(RiskPages.scope(user), status));
    model.addAttribute("status", status);
    return "risk/cases";
  }

  @PostMapping("/risk/declarations/{id}/case")
  String open(
      @AuthenticationPrincipal AssayUser user,
      @PathVariable("id") String declarationId,
      RedirectAttributes flash) {
    try {
      CaseService.CaseFile c = cases.open(declarationId, user);
      flash.addFlashAttribute("message", "Case #" + c.id() + " opened.");
      return "redirect:/risk/cases/" + c.id();
    } catch (ApiException e) {
      flash.addFlashAttribute("error", describe(e));
      return "redirect:/risk/declarations/" + declarationId;
    }
  }

  @PostMapping("/risk/declarations/{id}/decide")
  String decide(
      @AuthenticationPrincipal AssayUser user,
      @PathVariable("id") String declarationId,
      @RequestParam("to") String to,
      @RequestParam(name = "reason", defaultValue = "") String reason,
      RedirectAttributes flash) {
    step(
        flash,
        "Declaration " + declarationId + " " + to.toLowerCase(java.util.Locale.ROOT) + ".",
        () -> assessments.decide(declarationId, to, reason, user));
    return "redirect:/risk/declarations/" + declarationId;
  }

  /** The case page's content. */
  public record CaseView(
      CaseService.CaseFile file,
      DeclarationView declaration,
      List<CaseService.Note> notes,
      List<CaseService.Attachment> attachments,
      List<String> officers) {

    public boolean open() {
      return "OPEN".equals(file.status());
    }

    public boolean referable() {
      return "CLOSED".equals(file.status()) && !"CLEAN".equals(file.outcome());
    }
  }

  @GetMapping("/risk/cases/{id}")
  String show(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @PathVariable("id") long id,
      Model model) {
    CaseService.CaseFile c = cases.get(id, user);
    RiskQueries.Stored stored = queries.find(c.declarationId()).orElseThrow();
    List<String> officers =
        users.all().stream()
            .filter(u -> u.role() == Role.RISK_OFFICER && u.offices().contains(c.customsOffice()))
            .map(AssayUser::getUsername)
            .toList();
    model.addAttribute("shell", new Shell(user, csrf, "Case #" + id, "/risk/cases"));
    model.addAttribute(
        "view",
        new CaseView(
            c, risk.view(stored), cases.notes(id, user), cases.attachments(id, user), officers));
    return "risk/case";
  }

  @PostMapping("/risk/cases/{id}/assign")
  String assign(
      @AuthenticationPrincipal AssayUser user,
      @PathVariable("id") long id,
      @RequestParam("assignee") String assignee,
      RedirectAttributes flash) {
    step(flash, "Assigned to " + assignee + ".", () -> cases.assign(id, assignee, user));
    return "redirect:/risk/cases/" + id;
  }

  @PostMapping("/risk/cases/{id}/notes")
  String note(
      @AuthenticationPrincipal AssayUser user,
      @PathVariable("id") long id,
      @RequestParam("body") String body,
      RedirectAttributes flash) {
    step(flash, "Note added.", () -> cases.note(id, body, user));
    return "redirect:/risk/cases/" + id;
  }

  /**
   * An attachment: the file is read to take its size and SHA-256 and then dropped; only the
   * metadata is kept (the file itself belongs in the records system).
   */
  @PostMapping("/risk/cases/{id}/attachments")
  String attach(
      @AuthenticationPrincipal AssayUser user,
      @PathVariable("id") long id,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes flash) {
    String sha256;
    try (InputStream in = file.getInputStream()) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      sha256 = HexFormat.of().formatHex(digest.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      flash.addFlashAttribute("error", "The file could not be read: " + e.getMessage());
      return "redirect:/risk/cases/" + id;
    }
    Supplier<String> type =
        () -> file.getContentType() == null ? "application/octet-stream" : file.getContentType();
    step(
        flash,
        "Attachment " + file.getOriginalFilename() + " recorded.",
        () ->
            cases.attach(id, file.getOriginalFilename(), type.get(), file.getSize(), sha256, user));
    return "redirect:/risk/cases/" + id;
  }

  @PostMapping("/risk/cases/{id}/outcome")
  String outcome(
      @AuthenticationPrincipal AssayUser user,
      @PathVariable("id") long id,
      @RequestParam("outcome") String outcome,
      @RequestParam(name = "typology", defaultValue = "") String typology,
      @RequestParam(name = "quantity", defaultValue = "") String quantity,
      @RequestParam(name = "unit", defaultValue = "") String unit,
      @RequestParam(name = "valueUsd", defaultValue = "") String valueUsd,
      @RequestParam(name = "note", defaultValue = "") String note,
      RedirectAttributes flash) {
    BigDecimal q;
    BigDecimal v;
    try {
      q = quantity.isBlank() ? null : new BigDecimal(quantity.strip());
      v = valueUsd.isBlank() ? null : new BigDecimal(valueUsd.strip());
    } catch (NumberFormatException e) {
      flash.addFlashAttribute("error", "Quantity and value must be numbers.");
      return "redirect:/risk/cases/" + id;
    }
    step(
        flash,
        "Outcome " + outcome + " recorded; the case is closed and the engine learns from it.",
        () ->
            cases.recordOutcome(
                id,
                new CaseService.OutcomeRequest(
                    outcome,
                    typology.isBlank() ? null : typology.strip(),
                    q,
                    unit.isBlank() ? null : unit.strip(),
                    v,
                    note.isBlank() ? null : note.strip()),
                user));
    return "redirect:/risk/cases/" + id;
  }

  @PostMapping("/risk/cases/{id}/referral")
  String refer(
      @AuthenticationPrincipal AssayUser user,
      @PathVariable("id") long id,
      RedirectAttributes flash) {
    step(
        flash,
        "Referred to the anti-smuggling police; the referral document is ready.",
        () -> cases.refer(id, user));
    return "redirect:/risk/cases/" + id;
  }
}
