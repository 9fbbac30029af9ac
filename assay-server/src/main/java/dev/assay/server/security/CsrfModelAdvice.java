package dev.assay.server.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the CSRF token into every page's model as {@code csrf}, so a jte template declares {@code
 * @param org.springframework.security.web.csrf.CsrfToken csrf} and writes the hidden field (or
 * the htmx header) with it.
 */
@ControllerAdvice
public class CsrfModelAdvice {

  @ModelAttribute("csrf")
  CsrfToken csrf(HttpServletRequest request) {
    return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
  }
}
