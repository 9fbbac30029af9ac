package dev.assay.simulator;

/**
 * The inspection policy under which observed labels are written: customs inspects {@code
 * inspectedShare} of declarations, a {@code randomShare} of those picked at random (the control
 * sample) and the rest targeted by a risk profile. Only inspected declarations get an outcome.
 */
public record InspectionPolicy(double inspectedShare, double randomShare) {
  public InspectionPolicy {
    if (!(inspectedShare > 0 && inspectedShare <= 1)) {
      throw new IllegalArgumentException(
          "inspected share must be in (0, 1], got " + inspectedShare);
    }
    if (!(randomShare >= 0 && randomShare <= 1)) {
      throw new IllegalArgumentException("random share must be in [0, 1], got " + randomShare);
    }
  }
}
