package dev.assay.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} requests to the API. The authentication lives
 * for the request only (no session is made), and a wrong token is refused at once with 401 rather
 * than falling back to anything else. Tokens open the API only, never pages.
 */
public class ApiTokenFilter extends OncePerRequestFilter {
  private final ApiTokens tokens;
  private final ProblemResponses problems;

  public ApiTokenFilter(ApiTokens tokens, ProblemResponses problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  /** Whether a request presents a bearer token (and so is exempt from CSRF: no cookie rides it). */
  public static boolean hasBearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBearer(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      problems.write(
          request, response, 401, "Unauthorized", "API tokens open the API (/api/...) only");
      return;
    }
    String secret = request.getHeader("Authorization").substring(7).trim();
    Optional<AssayUser> user = tokens.authenticate(secret);
    if (user.isEmpty()) {
      problems.write(request, response, 401, "Unauthorized", "unknown, revoked or expired token");
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            user.get(), null, user.get().getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
