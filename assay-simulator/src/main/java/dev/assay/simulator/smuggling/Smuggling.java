package dev.assay.simulator.smuggling;

import dev.assay.simulator.Draws;
import dev.assay.simulator.Typology;
import dev.assay.simulator.trade.MineralShipment;
import java.time.LocalDate;
import java.util.List;

/**
 * Injects the evasion typologies: turns a planned controlled-mineral shipment (or a declaration
 * slot) into a declaration that breaks the rules in the way the typology does, with its ground
 * truth. One entry point per kind of injection; each typology's look is in its own class.
 */
public final class Smuggling {
  private final Disguises disguises;
  private final Concealment concealment;
  private final PartyViolations parties;
  private final LicenseViolations licenses;
  private final SplitShipments splits;

  public Smuggling(SmugglingContext context) {
    this.disguises = new Disguises(context);
    this.concealment = new Concealment(context);
    this.parties = new PartyViolations(context);
    this.licenses = new LicenseViolations(context);
    this.splits = new SplitShipments(context);
  }

  /** Whether a restricted party is listed on the date (the typology is possible only then). */
  public boolean anyPartyListed(LocalDate date) {
    return parties.anyListed(date);
  }

  /**
   * A declaration of a typology of scope {@link Typology.Scope#DECLARATION}, smuggling the given
   * controlled shipment ({@code null} is allowed for restricted parties only: ordinary goods).
   */
  public Injected inject(
      Typology typology, LocalDate date, MineralShipment shipment, long serial, Draws draws) {
    return switch (typology) {
      case MISREPRESENTATION -> disguises.misrepresentation(shipment, serial, draws);
      case VALUE_MANIPULATION -> disguises.valueManipulation(shipment, serial, draws);
      case CONCEALMENT -> concealment.concealment(shipment, serial, draws);
      case HIDDEN_GOODS -> concealment.hiddenGoods(shipment, serial, draws);
      case RESTRICTED_PARTY -> parties.restrictedParty(date, shipment, serial, draws);
      case TRANSSHIPMENT -> parties.transshipment(shipment, serial, draws);
      case UNLICENSED_EXPORT -> licenses.unlicensed(shipment, serial, draws);
      case BEYOND_LICENSE -> licenses.beyondLicense(shipment, serial, draws);
      case SPLIT_SHIPMENT ->
          throw new IllegalArgumentException(
              "split shipments are planned with split(), then declared part by part");
    };
  }

  /** The parts of a split shipment, the first on the shipment's date, none after {@code last}. */
  public List<SplitPart> split(MineralShipment shipment, LocalDate last, Draws draws) {
    return splits.plan(shipment, last, draws);
  }

  public Injected declare(SplitPart part, long serial, Draws draws) {
    return splits.declare(part, serial, draws);
  }
}
