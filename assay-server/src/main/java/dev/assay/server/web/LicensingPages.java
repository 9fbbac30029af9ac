package dev.assay.server.web;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Party;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.license.Application;
import dev.assay.license.ApplicationItem;
import dev.assay.license.ApplicationState;
import dev.assay.license.DocumentKind;
import dev.assay.license.License;
import dev.assay.license.LicenseType;
import dev.assay.license.PauseKind;
import dev.assay.license.ReviewDesk;
import dev.assay.server.api.ApiException;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The licensing officer's pages (/licensing: inbox with the statutory clock, review, decision,
 * licenses) and the exporter's (/exporter: file and follow its own applications, see its own
 * licenses and declarations). The paths are guarded by role in SecurityConfig; an exporter is
 * further kept to its own unified social credit code here.
 */
@Controller
public class LicensingPages {
  private final LicensingDesk desk;

  public LicensingPages(LicensingDesk desk) {
    this.desk = desk;
  }

  static Optional<String> own(AssayUser user) {
    if (user.role() != Role.EXPORTER) {
      return Optional.empty();
    }
    // An exporter without a code sees nothing rather than everything.
    return Optional.of(user.exporterId().orElse("-"));
  }

  /** The inbox's figures and rows. */
  public record Inbox(
      List<ReviewDesk.Clocked> rows, long open, long overdue, long dueSoon, long waiting) {
    static Inbox of(List<ReviewDesk.Clocked> rows) {
      long open = rows.stream().filter(r -> !r.application().state().isFinal()).count();
      long overdue = rows.stream().filter(r -> r.clock().isOverdue()).count();
      long soon =
          rows.stream()
              .filter(
                  r ->
                      r.application().state() == ApplicationState.UNDER_REVIEW
                          && !r.clock().isOverdue()
                          && r.clock().workingDaysLeft() <= 5)
              .count();
      long waiting =
          rows.stream().filter(r -> r.application().state() == ApplicationState.SUBMITTED).count();
      return new Inbox(rows, open, overdue, soon, waiting);
    }
  }

  @GetMapping("/licensing/applications")
  String inbox(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    model.addAttribute("shell", new Shell(user, csrf, "Applications", "/licensing/applications"));
    model.addAttribute("inbox", Inbox.of(desk.inbox(Optional.empty())));
    model.addAttribute("base", "/licensing/applications");
    return "licensing/inbox";
  }

  @GetMapping("/exporter/applications")
  String exporterInbox(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    model.addAttribute("shell", new Shell(user, csrf, "My applications", "/exporter/applications"));
    model.addAttribute("inbox", Inbox.of(desk.inbox(own(user))));
    model.addAttribute("base", "/exporter/applications");
    return "licensing/inbox";
  }

  @GetMapping("/licensing/applications/{id}")
  String review(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @PathVariable("id") String id,
      Model model) {
    ReviewDesk.Clocked c = desk.application(id, user);
    model.addAttribute("shell", new Shell(user, csrf, id, "/licensing/applications"));
    model.addAttribute("c", c);
    model.addAttribute("flags", desk.flags(c.application()));
    model.addAttribute("determinations", desk.determinations(c.application()));
    model.addAttribute("officer", true);
    return "licensing/application";
  }

  @GetMapping("/exporter/applications/{id}")
  String follow(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @PathVariable("id") String id,
      Model model) {
    ReviewDesk.Clocked c = desk.application(id, user);
    model.addAttribute("shell", new Shell(user, csrf, id, "/exporter/applications"));
    model.addAttribute("c", c);
    // The exporter sees the determination of its items (what needs a license), not the
    // authority's restricted-party results.
    model.addAttribute("flags", List.of());
    model.addAttribute("determinations", desk.determinations(c.application()));
    model.addAttribute("officer", false);
    return "licensing/application";
  }

  @PostMapping("/licensing/applications/{id}/decide")
  String decide(
      @AuthenticationPrincipal AssayUser user,
      @PathVariable("id") String id,
      @RequestParam("to") ApplicationState to,
      @RequestParam(name = "reason", defaultValue = "") String reason,
      RedirectAttributes flash) {
    if (reason.isBlank()) {
      flash.addFlashAttribute("error", "Give the reason for the decision.");
    } else {
      try {
        desk.transition(id, to, reason.strip(), user);
        flash.addFlashAttribute("message", "Application " + id + ": " + Fmt.words(to) + ".");
      } catch (ApiException e) {
        flash.addFlashAttribute("error", CasePages.describe(e));
      }
    }
    return "redirect:/licensing/applications/" + id;
  }

  @PostMapping("/licensing/applications/{id}/pause")
  String pause(
      @AuthenticationPrincipal AssayUser user,
      @PathVariable("id") String id,
      @RequestParam("kind") PauseKind kind,
      @RequestParam(name = "reason", defaultValue = "") String reason,
      RedirectAttributes flash) {
    desk.pause(id, kind, reason.strip(), user);
    flash.addFlashAttribute("message", "Clock stopped for " + Fmt.words(kind) + ".");
    return "redirect:/licensing/applications/" + id;
  }

  @PostMapping("/licensing/applications/{id}/resume")
  String resume(
      @AuthenticationPrincipal AssayUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "reason", defaultValue = "") String reason,
      RedirectAttributes flash) {
    desk.resume(id, reason.strip(), user);
    flash.addFlashAttribute("message", "Clock running again.");
    return "redirect:/licensing/applications/" + id;
  }

  @PostMapping("/exporter/applications/{id}/withdraw")
  String withdraw(
      @AuthenticationPrincipal AssayUser user,
      @PathVariable("id") String id,
      RedirectAttributes flash) {
    desk.transition(id, ApplicationState.WITHDRAWN, "withdrawn by the exporter", user);
    flash.addFlashAttribute("message", "Application " + id + " withdrawn.");
    return "redirect:/exporter/applications/" + id;
  }

  @GetMapping("/exporter/applications/new")
  String newApplication(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    model.addAttribute(
        "shell", new Shell(user, csrf, "New application", "/exporter/applications/new"));
    model.addAttribute("error", null);
    return "exporter/new";
  }

  @PostMapping("/exporter/applications")
  String file(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam("exporterName") String exporterName,
      @RequestParam("hsCode") String hsCode,
      @RequestParam("description") String description,
      @RequestParam("quantity") String quantity,
      @RequestParam("unit") String unit,
      @RequestParam("valueUsd") String valueUsd,
      @RequestParam("consignee") String consignee,
      @RequestParam("consigneeCountry") String consigneeCountry,
      @RequestParam(name = "consigneeAddress", defaultValue = "") String consigneeAddress,
      @RequestParam(name = "endUser", defaultValue = "") String endUser,
      @RequestParam(name = "endUserCountry", defaultValue = "") String endUserCountry,
      @RequestParam("endUse") String endUse,
      @RequestParam("endUseCategory") EndUse endUseCategory,
      @RequestParam("destination") String destination,
      Model model,
      RedirectAttributes flash) {
    String code =
        user.exporterId()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "no company"));
    Application draft;
    try {
      CountryCode dest = CountryCode.parse(destination.strip().toUpperCase(Locale.ROOT));
      Party consigneeParty =
          new Party(
              consignee.strip(),
              CountryCode.parse(consigneeCountry.strip().toUpperCase(Locale.ROOT)),
              consigneeAddress.strip());
      Party endUserParty =
          endUser.isBlank()
              ? consigneeParty
              : new Party(
                  endUser.strip(),
                  CountryCode.parse(
                      (endUserCountry.isBlank() ? destination : endUserCountry)
                          .strip()
                          .toUpperCase(Locale.ROOT)),
                  "");
      ApplicationItem item =
          new ApplicationItem(
              1,
              Optional.empty(),
              HsCode.parse(hsCode.strip()),
              description.strip(),
              new BigDecimal(quantity.strip()),
              unit.strip(),
              new BigDecimal(valueUsd.strip()));
      draft =
          Application.draft(
              "APP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT),
              new Exporter(UnifiedSocialCreditCode.parse(code), exporterName.strip()),
              LicenseType.SINGLE,
              List.of(item),
              consigneeParty,
              endUserParty,
              endUse.strip(),
              endUseCategory,
              dest,
              DocumentKind.requiredFor(LicenseType.SINGLE),
              Instant.now());
    } catch (RuntimeException e) {
      // A field the core refuses (HS code, country, number): the form again, with the reason.
      model.addAttribute(
          "shell", new Shell(user, csrf, "New application", "/exporter/applications/new"));
      model.addAttribute("error", e.getMessage());
      return "exporter/new";
    }
    Application filed = desk.file(draft, user);
    flash.addFlashAttribute("message", "Application " + filed.id() + " filed and submitted.");
    return "redirect:/exporter/applications/" + filed.id();
  }

  @GetMapping("/licensing/licenses")
  String licenses(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    model.addAttribute("shell", new Shell(user, csrf, "Licenses", "/licensing/licenses"));
    model.addAttribute("licenses", desk.licenses(Optional.empty()));
    model.addAttribute("repo", desk.licenseRepository());
    return "licensing/licenses";
  }

  @GetMapping("/licensing/licenses/{no}")
  String license(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @PathVariable("no") String no,
      Model model) {
    License license =
        desk.licenseRepository()
            .find(no)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no license " + no));
    model.addAttribute("shell", new Shell(user, csrf, no, "/licensing/licenses"));
    model.addAttribute("license", license);
    model.addAttribute("balances", desk.licenseRepository().balances(no));
    model.addAttribute("drawdowns", desk.licenseRepository().drawdowns(no));
    model.addAttribute("history", desk.licenseRepository().history(no));
    return "licensing/license";
  }
}
