package dev.assay.license;

import dev.assay.declaration.CountryCode;
import java.util.List;

/**
 * Looks a party up in the restricted-party lists (the export control list of ECL Art. 18, the watch
 * list of DUR Art. 26, and whatever lists party screening loads). Party screening implements it;
 * licensing only asks. {@link #NONE} is used until a screen is plugged in.
 */
@FunctionalInterface
public interface RestrictedPartyScreen {

  /** A screen that knows no restricted parties. */
  RestrictedPartyScreen NONE = (name, country) -> List.of();

  /** The listed entries a party matches, best match first; empty when it matches none. */
  List<Hit> screen(String name, CountryCode country);

  /**
   * One list entry a party matched.
   *
   * @param listedName the name as the list gives it
   * @param list the list, such as {@code MOFCOM export control list}
   * @param basis the announcement that put the party on the list (number and year)
   * @param score how close the match is, from 0 to 1
   */
  record Hit(String listedName, String list, String basis, double score) {}
}
