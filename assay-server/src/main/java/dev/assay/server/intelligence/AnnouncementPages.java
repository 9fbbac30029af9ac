package dev.assay.server.intelligence;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' page for control-list announcements under maker-checker (under /admin, so the
 * security configuration admits administrators only). A refusal re-renders the page with the status
 * and the field at fault rather than a bare error.
 */
@Controller
public class AnnouncementPages {
  private final Announcements announcements;

  public AnnouncementPages(Announcements announcements) {
    this.announcements = announcements;
  }

  /** The page's content; {@code error} is the field and reason of a refused request. */
  public record View(
      List<Announcements.Announcement> announcements,
      String error,
      String fileName,
      String yaml,
      String me) {}

  @GetMapping("/admin/announcements")
  String page(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    return render(user, csrf, model, null, "", "");
  }

  @PostMapping("/admin/announcements")
  String propose(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @RequestParam(name = "fileName", defaultValue = "") String fileName,
      @RequestParam(name = "yaml", defaultValue = "") String yaml,
      HttpServletResponse response,
      Model model) {
    try {
      Announcements.Announcement a = announcements.propose(user.getUsername(), fileName, yaml);
      return "redirect:/admin/announcements#announcement-" + a.id();
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(user, csrf, model, describe(e), fileName, yaml);
    }
  }

  @PostMapping("/admin/announcements/{id}/approve")
  String approve(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @PathVariable("id") long id,
      HttpServletResponse response,
      Model model) {
    try {
      announcements.approve(user.getUsername(), id);
      return "redirect:/admin/announcements#announcement-" + id;
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(user, csrf, model, describe(e), "", "");
    }
  }

  @PostMapping("/admin/announcements/{id}/reject")
  String reject(
      @AuthenticationPrincipal AssayUser user,
      CsrfToken csrf,
      @PathVariable("id") long id,
      HttpServletResponse response,
      Model model) {
    try {
      announcements.reject(user.getUsername(), id);
      return "redirect:/admin/announcements#announcement-" + id;
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(user, csrf, model, describe(e), "", "");
    }
  }

  private static String describe(ApiException e) {
    if (e.errors().isEmpty()) {
      return e.getMessage();
    }
    ApiException.FieldError f = e.errors().getFirst();
    return "field " + f.field() + ": " + f.reason();
  }

  private String render(
      AssayUser user, CsrfToken csrf, Model model, String error, String fileName, String yaml) {
    model.addAttribute(
        "shell", new Shell(user, csrf, "Control-list announcements", "/admin/announcements"));
    model.addAttribute(
        "view", new View(announcements.list(), error, fileName, yaml, user.getUsername()));
    return "intelligence/announcements";
  }
}
