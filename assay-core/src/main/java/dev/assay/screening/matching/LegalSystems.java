package dev.assay.screening.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The legal system of each legal-form class ({@code legal-form-systems.txt}): two forms of
 * different kinds under one law name two companies more surely than a form translated from another
 * system does.
 */
final class LegalSystems {
  private static final Map<String, String> SYSTEM = read();

  private LegalSystems() {}

  private static Map<String, String> read() {
    Map<String, String> system = new HashMap<>();
    for (String line : Vocabulary.lines("legal-form-systems.txt")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException(
            "legal-form-systems.txt: expected 'SYSTEM: CLASS CLASS ...': " + line);
      }
      for (String id : line.substring(colon + 1).strip().split("\\s+")) {
        if (system.put(id, line.substring(0, colon).strip()) != null) {
          throw new IllegalStateException("legal-form-systems.txt: class in two systems: " + id);
        }
      }
    }
    return Map.copyOf(system);
  }

  /** Whether a form of one name and a form of the other belong to one legal system. */
  static boolean sameSystem(List<Vocabulary.LegalForm> a, List<Vocabulary.LegalForm> b) {
    for (Vocabulary.LegalForm x : a) {
      String s = SYSTEM.get(x.id());
      if (s == null) {
        continue;
      }
      for (Vocabulary.LegalForm y : b) {
        if (s.equals(SYSTEM.get(y.id()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The system of a class, or null: for the test that every class named exists. */
  static String of(String id) {
    return SYSTEM.get(id);
  }
}
