package dev.assay.simulator.trade;

import dev.assay.controllist.Verdict;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.TransportMode;
import dev.assay.simulator.population.ExporterProfile;
import dev.assay.simulator.population.OverseasParty;
import dev.assay.simulator.reference.MineralProduct;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A shipment of a mineral product as the trade plans it, before it is declared: who ships what to
 * whom, how much it weighs and is worth on the day, and what the control list says it needs. The
 * legitimate trade declares it as it is; a smuggling typology changes how it is declared.
 *
 * @param verdict what the control list requires for it on the date
 * @param controlCode the dual-use control code of the controlled item, where known
 * @param measureEffective when the measure requiring a license took effect (licenses are issued no
 *     earlier)
 */
public record MineralShipment(
    String family,
    LocalDate date,
    ExporterProfile exporter,
    MineralProduct product,
    OverseasParty consignee,
    OverseasParty endUser,
    CountryCode destination,
    double netKg,
    double marketValueUsd,
    TransportMode mode,
    Verdict verdict,
    Optional<String> controlCode,
    LocalDate measureEffective) {

  public boolean needsLicense() {
    return verdict == Verdict.LICENSE_REQUIRED;
  }

  public boolean controlled() {
    return verdict.compareTo(Verdict.LICENSE_REQUIRED) >= 0;
  }

  public MineralShipment withParties(
      OverseasParty consignee, OverseasParty endUser, CountryCode destination) {
    return new MineralShipment(
        family,
        date,
        exporter,
        product,
        consignee,
        endUser,
        destination,
        netKg,
        marketValueUsd,
        mode,
        verdict,
        controlCode,
        measureEffective);
  }

  public MineralShipment withWeight(double kg) {
    return new MineralShipment(
        family,
        date,
        exporter,
        product,
        consignee,
        endUser,
        destination,
        kg,
        marketValueUsd * kg / netKg,
        mode,
        verdict,
        controlCode,
        measureEffective);
  }

  public MineralShipment withValue(double usd) {
    return new MineralShipment(
        family,
        date,
        exporter,
        product,
        consignee,
        endUser,
        destination,
        netKg,
        usd,
        mode,
        verdict,
        controlCode,
        measureEffective);
  }

  /** The same shipment with the list's answer for another destination. */
  public MineralShipment withVerdict(
      Verdict newVerdict, Optional<String> code, LocalDate effective) {
    return new MineralShipment(
        family,
        date,
        exporter,
        product,
        consignee,
        endUser,
        destination,
        netKg,
        marketValueUsd,
        mode,
        newVerdict,
        code,
        effective);
  }

  public MineralShipment withDate(LocalDate newDate) {
    return new MineralShipment(
        family,
        newDate,
        exporter,
        product,
        consignee,
        endUser,
        destination,
        netKg,
        marketValueUsd,
        mode,
        verdict,
        controlCode,
        measureEffective);
  }

  public MineralShipment withMode(TransportMode newMode) {
    return new MineralShipment(
        family,
        date,
        exporter,
        product,
        consignee,
        endUser,
        destination,
        netKg,
        marketValueUsd,
        newMode,
        verdict,
        controlCode,
        measureEffective);
  }
}
