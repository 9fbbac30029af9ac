package dev.assay.server.web;

import dev.assay.server.security.AssayUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in (a placeholder: the pages' owner replaces it). */
@Controller
public class HomeController {

  @GetMapping("/")
  String home(@AuthenticationPrincipal AssayUser user, Model model) {
    model.addAttribute("user", user);
    return "home";
  }
}
