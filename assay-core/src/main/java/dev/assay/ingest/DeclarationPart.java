package dev.assay.ingest;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.Label;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The validated declaration-level fields of a declaration, waiting for its goods lines. */
record DeclarationPart(
    LocalDate declaredAt,
    String customsOffice,
    Exporter exporter,
    Party consignee,
    Party endUser,
    CountryCode destination,
    List<CountryCode> transitCountries,
    Transport transport,
    EndUse endUse,
    Optional<Label> label) {

  Declaration complete(String id, List<GoodsLine> lines) {
    return new Declaration(
        id,
        declaredAt,
        customsOffice,
        exporter,
        consignee,
        endUser,
        destination,
        transitCountries,
        transport,
        endUse,
        lines,
        label);
  }
}
