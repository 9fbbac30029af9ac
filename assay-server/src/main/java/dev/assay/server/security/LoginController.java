package dev.assay.server.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (the form posts to Spring Security's /login). */
@Controller
public class LoginController {

  @GetMapping("/login")
  String login(
      @RequestParam(name = "error", required = false) String error,
      @RequestParam(name = "logout", required = false) String logout,
      Model model) {
    model.addAttribute("error", error != null);
    model.addAttribute("loggedOut", logout != null);
    return "login";
  }
}
