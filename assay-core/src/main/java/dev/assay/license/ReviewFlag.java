package dev.assay.license;

import dev.assay.controllist.Verdict;
import dev.assay.declaration.HsCode;

/**
 * Something the reviewer of an application must see before deciding, with the basis it rests on.
 */
public sealed interface ReviewFlag {

  /** What to tell the reviewer. */
  String message();

  /** The announcement or list the flag rests on. */
  String basis();

  /**
   * An item the control list puts under a presumption of denial (or prohibits) for this
   * destination, end user or end use, such as antimony to the United States under MOFCOM 2024 No.
   * 46.
   */
  record DenialMeasure(int itemNo, HsCode hsCode, Verdict verdict, String message, String basis)
      implements ReviewFlag {}

  /** The consignee or end user matches a restricted-party list entry. */
  record RestrictedParty(String role, String name, RestrictedPartyScreen.Hit hit)
      implements ReviewFlag {
    public String message() {
      return "the " + role + " " + name + " matches " + hit.listedName() + " on the " + hit.list();
    }

    public String basis() {
      return hit.basis();
    }
  }
}
