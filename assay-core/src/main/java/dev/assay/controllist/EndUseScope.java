package dev.assay.controllist;

import dev.assay.declaration.EndUse;

/** Which end uses a measure covers. */
public enum EndUseScope {
  /** Every end use, stated or not. */
  ANY,
  /** Military end users and military end uses only. */
  MILITARY;

  public boolean covers(EndUse endUse) {
    return this == ANY || endUse == EndUse.MILITARY;
  }
}
