package dev.assay.risk.evidence;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.EndUse;
import dev.assay.declaration.Exporter;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.Label;
import dev.assay.declaration.Outcome;
import dev.assay.declaration.Party;
import dev.assay.declaration.Transport;
import dev.assay.declaration.TransportMode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import dev.assay.risk.Finding;
import dev.assay.risk.FindingCode;
import dev.assay.risk.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

final class EvidenceFixtures {
  static final Exporter EXPORTER =
      new Exporter(UnifiedSocialCreditCode.withCheckCharacter("91430100MA4L12345"), "Hunan Metals");

  private EvidenceFixtures() {}

  static Finding finding(FindingCode code, Severity severity, Map<String, Object> evidence) {
    return new Finding(code, severity, OptionalInt.of(1), code + " test", evidence, "test basis");
  }

  static Declaration declaration(String id, LocalDate date, String destination, String hs) {
    return declaration(id, date, destination, hs, null, Optional.empty());
  }

  static Declaration declaration(
      String id,
      LocalDate date,
      String destination,
      String hs,
      String description,
      Optional<Outcome> label) {
    CountryCode to = new CountryCode(destination);
    return new Declaration(
        id,
        date,
        "5300",
        EXPORTER,
        new Party("Buyer", to, "1 Road"),
        new Party("Buyer", to, "1 Road"),
        to,
        List.of(),
        new Transport(TransportMode.SEA, 1, 1050),
        EndUse.UNSPECIFIED,
        List.of(
            new GoodsLine(
                1,
                new HsCode(hs),
                description == null ? "goods" : description,
                1000,
                "KG",
                1000,
                30000,
                Optional.empty())),
        label.map(o -> new Label(o, Optional.empty())));
  }
}
