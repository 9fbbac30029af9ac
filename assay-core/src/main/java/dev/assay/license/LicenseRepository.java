package dev.assay.license;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where licenses, their history and their drawdowns are kept. Every method is atomic: a license is
 * stored whole or not at all, a change and its history entry go together, and a drawdown is decided
 * and recorded under a lock on its license, so two lines drawing the last of an item at the same
 * moment cannot both succeed. Implementations apply {@link DrawdownRules}.
 */
public interface LicenseRepository {

  /** What {@link #add} did. */
  enum Added {
    /** The license is new and is now stored, with its history entry. */
    ADDED,
    /** The same license, with the same terms, was already stored: nothing changed. */
    UNCHANGED
  }

  /**
   * Stores a newly issued (or imported) license with the history entry that records it.
   *
   * @throws LicensingException when a license of that number is stored with other terms: a change
   *     to a stored license is an amendment, suspension or revocation, never a silent overwrite
   */
  Added add(License license, LicenseChange issued);

  Optional<License> find(String licenseNo);

  /** Every license, by number. */
  List<License> list();

  /**
   * Changes a stored license and records the change, atomically.
   *
   * @param change turns the stored license into the changed one; may throw {@link
   *     LicensingException} to refuse
   * @return the license as changed
   * @throws LicensingException when there is no such license or the change is refused
   */
  License update(String licenseNo, UnaryOperator<License> change, LicenseChange entry);

  /** The license's history, oldest first. */
  List<LicenseChange> history(String licenseNo);

  /** Decides a drawdown and, when it is drawn, records it. */
  DrawdownOutcome draw(DrawdownRequest request);

  /** What {@link #draw} would answer now, recording nothing. */
  DrawdownOutcome check(DrawdownRequest request);

  /** The drawdowns on a license, in the order they were recorded. */
  List<Drawdown> drawdowns(String licenseNo);

  /** Each item's balance: limits, drawn and left. Empty when there is no such license. */
  default List<ItemBalance> balances(String licenseNo) {
    return find(licenseNo)
        .map(
            license -> {
              List<Drawdown> drawn = drawdowns(licenseNo);
              return license.items().stream().map(item -> ItemBalance.of(item, drawn)).toList();
            })
        .orElse(List.of());
  }
}
