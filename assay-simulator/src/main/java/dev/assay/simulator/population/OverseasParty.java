package dev.assay.simulator.population;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Party;

/**
 * An overseas company of the population, as consignee or end user.
 *
 * @param role what it is in the simulation (the data never says so; the ground truth does)
 * @param network the id of the network it belongs to (shared address or owner), or 0
 * @param brand the distinctive word of its name, shared by the companies of one owner
 */
public record OverseasParty(Party party, Role role, int network, String brand) {

  /** What a party is, known only to the simulator. */
  public enum Role {
    /** An ordinary buyer of ordinary goods. */
    BUYER,
    /** A genuine industrial buyer or user of a mineral family. */
    MINERAL_BUYER,
    /** A front company in a hub country that passes goods on to a restricted destination. */
    FRONT,
    /** The real customer behind a front, in the restricted destination. */
    AFFILIATE
  }

  public String name() {
    return party.name();
  }

  public CountryCode country() {
    return party.country();
  }
}
