package dev.assay.server.security;

import java.security.SecureRandom;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A database without users gets one administrator, whose generated password is printed once on the
 * console (and stored only as a hash): no default password exists to be left unchanged, and none is
 * written anywhere in the repository. The demo makes its own users instead.
 */
@Component
@Order(10)
public class FirstAdmin implements ApplicationRunner {
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserStore users;
  private final boolean demo;

  public FirstAdmin(UserStore users, @Value("${assay.demo:false}") boolean demo) {
    this.users = users;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (demo || !users.all().isEmpty()) {
      return;
    }
    String password = newPassword();
    users.create("admin", password, Role.ADMIN, Set.of(), null);
    System.out.println(
        "assay serve: created the first user: admin / "
            + password
            + "  (shown once; stored only as a hash)");
  }

  /** A random password of 16 characters from an alphabet without look-alikes (~92 bits). */
  public static String newPassword() {
    StringBuilder out = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
