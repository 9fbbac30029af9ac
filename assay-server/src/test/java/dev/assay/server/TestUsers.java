package dev.assay.server;

import dev.assay.server.security.AssayUser;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import java.util.Set;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users of each role for tests, made once in the shared database. */
public final class TestUsers {
  public static final String PASSWORD = "test password 123";
  public static final String EXPORTER_USCC = "91431300MA4L2K7P3P";
  public static final String OTHER_USCC = "91450100MA5L7C8H9M";

  private TestUsers() {}

  public static AssayUser ensure(UserStore users, String name, Role role) {
    if (!users.exists(name)) {
      users.create(
          name,
          PASSWORD,
          role,
          role == Role.RISK_OFFICER ? Set.of("4900", "5316") : Set.of(),
          role == Role.EXPORTER ? EXPORTER_USCC : null);
    }
    return users.find(name).orElseThrow().withoutPassword();
  }

  /** The example declarations shipped in examples/ (NDJSON lines). */
  public static java.util.List<String> exampleDeclarations() throws java.io.IOException {
    return java.nio.file.Files.readAllLines(
        java.nio.file.Path.of("../examples/declarations.ndjson"));
  }

  /** Signs the request in as a user of the role (a session-authenticated browser, say). */
  public static RequestPostProcessor as(UserStore users, Role role) {
    AssayUser user = ensure(users, "test-" + role.name().toLowerCase(), role);
    return SecurityMockMvcRequestPostProcessors.user(user);
  }
}
