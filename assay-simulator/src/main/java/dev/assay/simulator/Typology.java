package dev.assay.simulator;

import java.util.Locale;

/**
 * The evasion typologies the simulator injects, each modelled on real cases of fact base section 4
 * (docs/simulator.md has the catalogue). The label is what the {@code typology} column carries.
 */
public enum Typology {
  /** Controlled goods under a lookalike code or name, or with their controlled content left out. */
  MISREPRESENTATION(Scope.DECLARATION),
  /** Controlled goods declared far below their value. */
  VALUE_MANIPULATION(Scope.DECLARATION),
  /** Controlled goods undeclared inside an ordinary consignment: the weights do not add up. */
  CONCEALMENT(Scope.DECLARATION),
  /** Controlled goods hidden in the cargo with paperwork that adds up. */
  HIDDEN_GOODS(Scope.DECLARATION),
  /** Trade with a party on China's control or unreliable-entity list, under a name variant. */
  RESTRICTED_PARTY(Scope.DECLARATION),
  /** Export to a front company in a hub country that passes the goods on. */
  TRANSSHIPMENT(Scope.MINERAL_SHIPMENT),
  /** Controlled goods exported without a license. */
  UNLICENSED_EXPORT(Scope.MINERAL_SHIPMENT),
  /** A license cited but not covering the shipment: expired, exceeded, other party or place. */
  BEYOND_LICENSE(Scope.MINERAL_SHIPMENT),
  /** One consignment split into many small declarations. */
  SPLIT_SHIPMENT(Scope.MINERAL_SHIPMENT);

  /**
   * Where the simulator injects a typology: in place of any declaration, or by turning a
   * controlled-mineral shipment (which customs statistics count) into a violation.
   */
  public enum Scope {
    DECLARATION,
    MINERAL_SHIPMENT
  }

  private final Scope scope;

  Typology(Scope scope) {
    this.scope = scope;
  }

  public Scope scope() {
    return scope;
  }

  /** The label written in the {@code typology} column, such as {@code beyond_license}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The typology of a label, ignoring case and accepting '-' for '_'. */
  public static Typology fromLabel(String label) {
    return valueOf(label.strip().replace('-', '_').toUpperCase(Locale.ROOT));
  }
}
