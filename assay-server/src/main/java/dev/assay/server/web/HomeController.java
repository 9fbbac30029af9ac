package dev.assay.server.web;

import dev.assay.server.security.AssayUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: the sections of the user's role, with what each is for. */
@Controller
public class HomeController {

  @GetMapping("/")
  String home(@AuthenticationPrincipal AssayUser user, CsrfToken csrf, Model model) {
    model.addAttribute("shell", new Shell(user, csrf, "Home", "/"));
    return "home";
  }
}
