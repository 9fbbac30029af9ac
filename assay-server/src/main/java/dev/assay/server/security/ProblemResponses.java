package dev.assay.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 9457 problem+json bodies from the security filters, which run before Spring MVC's
 * exception handling (so its ProblemDetail support cannot answer for them).
 */
@Component
public class ProblemResponses {

  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":"
                + quoted(title)
                + ",\"status\":"
                + status
                + ",\"detail\":"
                + quoted(detail)
                + ",\"instance\":"
                + quoted(request.getRequestURI())
                + "}");
  }

  static String quoted(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
