package dev.assay.simulator.smuggling;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.GoodsLine;
import dev.assay.license.License;
import dev.assay.simulator.Draws;
import dev.assay.simulator.GroundTruth;
import dev.assay.simulator.Typology;
import dev.assay.simulator.license.LicenseBook;
import dev.assay.simulator.population.OverseasParty;
import dev.assay.simulator.trade.MineralShipment;
import dev.assay.simulator.trade.Shipping;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Exports without a license, or beyond one. Without: truthfully declared controlled goods with no
 * license (released by automated clearance, caught on audit: the Ningbo magnets "Dy 3%", the 533 kg
 * of Dy-NdFeB to Vietnam, fact base 4.2-4.3), sometimes citing a number no authority issued.
 * Beyond: a genuine license cited for a shipment it does not cover: expired, drawn down already,
 * issued for another consignee or another destination. The licenses involved are in the license
 * file, so only a check against it catches these.
 */
final class LicenseViolations {
  private final SmugglingContext context;
  private int invented = 900_000;

  LicenseViolations(SmugglingContext context) {
    this.context = context;
  }

  Injected unlicensed(MineralShipment s, long serial, Draws draws) {
    var label = SmugglingContext.label(Typology.UNLICENSED_EXPORT);
    GoodsLine truthful = context.mineralTrade().truthfulLine(s, Optional.empty(), draws);
    String variant;
    GoodsLine line;
    if (s.product().key().equals("ndfeb-dy") && draws.chance(0.5)) {
      // The content as a chemist writes it: "Dy 3%", which a list of mineral names misses.
      variant = "content_by_symbol";
      line =
          withDescription(
              truthful,
              draws.pick(
                  new String[] {
                    "NdFeB magnets Dy 3%", "钕铁硼磁钢 Dy3%", "NdFeB magnet blocks, Dy 2.5%"
                  }));
    } else if (draws.chance(0.25)) {
      variant = "invented_license_number";
      String number =
          String.format(
              Locale.ROOT,
              "%02d%s%06d",
              s.date().getYear() % 100,
              context.mineralTrade().request(s).familyCode(),
              invented += draws.between(1, 50));
      line = withLicense(truthful, Optional.of(number));
    } else {
      variant = "no_license";
      line = truthful;
    }
    return new Injected(
        context.mineralTrade().declare(s, serial, line, false, label, draws),
        GroundTruth.violation(
            Typology.UNLICENSED_EXPORT,
            variant,
            SmugglingContext.really(s) + "; license required, none held"));
  }

  Injected beyondLicense(MineralShipment s, long serial, Draws draws) {
    var label = SmugglingContext.label(Typology.BEYOND_LICENSE);
    LicenseBook book = context.mineralTrade().licenses();
    LicenseBook.Request request = context.mineralTrade().request(s);
    LocalDate date = s.date();
    int kind = draws.below(4);
    long sinceEffective = date.toEpochDay() - s.measureEffective().toEpochDay();
    if (kind == 0 && sinceEffective < 30) {
      kind = 1; // no license could have expired yet under a measure this young
    }
    String variant;
    String note;
    License license;
    switch (kind) {
      case 0 -> {
        variant = "expired";
        LocalDate until =
            date.minusDays(draws.between(5, (int) Math.min(120, sinceEffective - 10)));
        LocalDate issued = until.minusYears(1).plusDays(1);
        if (issued.isBefore(s.measureEffective())) {
          issued = s.measureEffective();
        }
        license = book.issueFor(request, issued, until, draws);
        note = "license " + license.number() + " expired " + until;
      }
      case 1 -> {
        variant = "quantity_exceeded";
        double licensed = Math.floor(s.netKg() * draws.uniform(0.3, 0.8));
        LicenseBook.Request smaller =
            new LicenseBook.Request(
                request.exporter(),
                request.consigneeName(),
                request.consigneeCountry(),
                request.endUserName(),
                request.endUserCountry(),
                request.endUse(),
                request.destination(),
                request.familyCode(),
                request.controlCode(),
                request.hsCode(),
                request.description(),
                Math.max(1, licensed),
                Shipping.round2(request.valueUsd() * licensed / s.netKg()),
                request.notBefore());
        license =
            book.issueFor(
                smaller, issuedBefore(s, draws), date.plusMonths(draws.between(3, 12)), draws);
        note =
            String.format(
                Locale.ROOT,
                "license %s covers %.0f kg, shipment %.0f kg",
                license.number(),
                licensed,
                s.netKg());
      }
      case 2 -> {
        variant = "other_consignee";
        List<OverseasParty> others =
            context.population().mineralBuyers(s.family(), s.destination());
        OverseasParty licensed =
            others.stream().filter(o -> !o.equals(s.consignee())).findFirst().orElse(s.consignee());
        var other =
            context.mineralTrade().request(s, licensed.party(), licensed.party(), s.destination());
        license =
            book.issueFor(
                other, issuedBefore(s, draws), date.plusMonths(draws.between(3, 12)), draws);
        note =
            "license "
                + license.number()
                + " is for "
                + licensed.name()
                + ", goods went to "
                + s.consignee().name();
      }
      default -> {
        variant = "other_destination";
        CountryCode licensedTo =
            s.destination().equals(CountryCode.JAPAN) ? new CountryCode("KR") : CountryCode.JAPAN;
        OverseasParty licensed =
            draws.pick(context.population().mineralBuyers(s.family(), licensedTo));
        var other =
            context.mineralTrade().request(s, licensed.party(), licensed.party(), licensedTo);
        license =
            book.issueFor(
                other, issuedBefore(s, draws), date.plusMonths(draws.between(3, 12)), draws);
        note =
            "license "
                + license.number()
                + " is for "
                + licensedTo
                + ", goods went to "
                + s.destination();
      }
    }
    GoodsLine line = context.mineralTrade().truthfulLine(s, Optional.of(license.number()), draws);
    return new Injected(
        context.mineralTrade().declare(s, serial, line, true, label, draws),
        GroundTruth.violation(Typology.BEYOND_LICENSE, variant, note));
  }

  private static LocalDate issuedBefore(MineralShipment s, Draws draws) {
    LocalDate issued = s.date().minusDays(draws.between(10, 200));
    return issued.isBefore(s.measureEffective()) ? s.measureEffective() : issued;
  }

  private static GoodsLine withDescription(GoodsLine line, String description) {
    return new GoodsLine(
        line.lineNo(),
        line.hsCode(),
        description,
        line.quantity(),
        line.unit(),
        line.netWeightKg(),
        line.valueUsd(),
        line.licenseNo());
  }

  private static GoodsLine withLicense(GoodsLine line, Optional<String> license) {
    return new GoodsLine(
        line.lineNo(),
        line.hsCode(),
        line.description(),
        line.quantity(),
        line.unit(),
        line.netWeightKg(),
        line.valueUsd(),
        license);
  }
}
