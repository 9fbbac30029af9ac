package dev.assay.server.api;

import dev.assay.server.security.AssayUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class CurrentUser {
  private CurrentUser() {}

  public static AssayUser get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof AssayUser user) {
      return user;
    }
    throw new IllegalStateException("no signed-in user (the security rules should have refused)");
  }
}
