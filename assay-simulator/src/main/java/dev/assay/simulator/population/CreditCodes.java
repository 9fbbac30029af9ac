package dev.assay.simulator.population;

import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.simulator.Draws;
import java.util.HashSet;
import java.util.Set;

/**
 * Makes unique, valid unified social credit codes (GB 32100-2015) for enterprises: registration
 * authority 9 (market regulation), type 1 (enterprise), the city's administrative division, a
 * nine-character organisation code with its own GB 11714 check character, and the overall check
 * character. New registrations since 2015 carry organisation codes starting "MA", older ones eight
 * digits, as on real licences.
 */
final class CreditCodes {
  /** Code characters usable in an organisation code body: digits and letters but I, O, Z, S, V. */
  private static final String BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private final Set<String> issued = new HashSet<>();

  UnifiedSocialCreditCode next(String division, Draws draws) {
    while (true) {
      String body = draws.chance(0.7) ? "MA" + chars(draws, 6) : digits(draws, 8);
      char check = organisationCheck(body);
      if (check == 0) {
        continue;
      }
      String first17 = "91" + division + body + check;
      UnifiedSocialCreditCode code = UnifiedSocialCreditCode.withCheckCharacter(first17);
      if (issued.add(code.value())) {
        return code;
      }
    }
  }

  private static String chars(Draws draws, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(BODY.charAt(draws.below(BODY.length())));
    }
    return s.toString();
  }

  private static String digits(Draws draws, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + draws.below(10)));
    }
    return s.toString();
  }

  /**
   * The GB 11714-1997 check character of an eight-character organisation code body: digits count
   * their value, letters 10 (A) to 35 (Z). Returns 0 where the check would be a character the
   * credit code alphabet cannot hold, so the caller draws again.
   */
  static char organisationCheck(String body) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += value * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    if (check == 10) {
      return 'X';
    }
    return check == 11 ? '0' : (char) ('0' + check);
  }
}
