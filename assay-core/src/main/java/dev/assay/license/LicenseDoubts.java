package dev.assay.license;

import dev.assay.declaration.CountryCode;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import dev.assay.declaration.Party;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What can be said about a cited license number where no register is at hand to look it up: its
 * form, the year it says it was issued, whether another exporter cited it before (a license is
 * granted to one exporter, ECL Art. 19), and whether the declaration's own parties fit one license
 * (one destination, its consignee and end user there). Each is a question for a documentary check
 * (ask for the license certificate and the end-user certificate, confirm the number with the
 * issuing authority), never a finding that the license does not exist: only the register can say
 * that ({@link LicenseViolation.UnknownLicense}). Remembers the holders of at most {@code
 * maxRemembered} numbers, the least recently cited forgotten first. Thread-safe.
 */
public final class LicenseDoubts {
  /** The longest validity of any license, in years (a general license, {@link LicenseType}). */
  private static final int MAX_YEARS = LicenseType.GENERAL.maxYears();

  /**
   * One doubt about a cited license.
   *
   * @param kind stable upper-case name for the finding's evidence
   * @param party true for a doubt about the parties (the declaration's own), false for one about
   *     the number
   */
  public record Doubt(String kind, boolean party, String reason, Map<String, Object> evidence) {
    public Doubt {
      evidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
  }

  private final LicenseNumbers numbers;
  private final Map<String, String> holders;

  public LicenseDoubts(LicenseNumbers numbers, int maxRemembered) {
    if (maxRemembered < 1) {
      throw new IllegalArgumentException("maxRemembered must be positive: " + maxRemembered);
    }
    this.numbers = numbers;
    this.holders =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > maxRemembered;
          }
        };
  }

  /**
   * The shipped formats, remembering the holders of up to 50,000 numbers (about 165 bytes each, 8
   * MB; 300,000 simulated declarations cite about 5,000): with the other learned state, well inside
   * the command line's default heap (docs/performance.md, "Learned state and its bounds").
   */
  public static LicenseDoubts bundled() {
    return new LicenseDoubts(LicenseNumbers.bundled(), 50_000);
  }

  /** The doubts about the number a line cites, in a stable order; empty if it cites none. */
  public synchronized List<Doubt> numberDoubts(Declaration d, GoodsLine line) {
    if (line.licenseNo().isEmpty()) {
      return List.of();
    }
    String number = line.licenseNo().get();
    List<Doubt> doubts = new java.util.ArrayList<>(1);
    Optional<LicenseNumbers.Reading> reading = numbers.read(number);
    if (reading.isEmpty()) {
      doubts.add(
          new Doubt(
              "MALFORMED_NUMBER",
              false,
              "the number fits no known license number format ("
                  + String.join(
                      ", ", numbers.formats().stream().map(LicenseNumbers.Format::name).toList())
                  + ")",
              ordered("known_formats", numbers.formats().size())));
    } else {
      OptionalInt year = reading.get().yearOfIssue();
      int declared = d.declaredAt().getYear();
      if (year.isPresent() && year.getAsInt() > declared) {
        doubts.add(
            new Doubt(
                "ISSUED_AFTER_DECLARATION",
                false,
                "the number says it was issued in "
                    + year.getAsInt()
                    + ", after the declaration ("
                    + d.declaredAt()
                    + ")",
                ordered(
                    "year_of_issue", year.getAsInt(), "format", reading.get().format().name())));
      } else if (year.isPresent() && year.getAsInt() < declared - MAX_YEARS) {
        doubts.add(
            new Doubt(
                "OLDER_THAN_ANY_LICENSE",
                false,
                "the number says it was issued in "
                    + year.getAsInt()
                    + "; no license is valid more than "
                    + MAX_YEARS
                    + " years",
                ordered(
                    "year_of_issue", year.getAsInt(), "format", reading.get().format().name())));
      }
    }
    String holder = holders.get(LicenseNumbers.normalize(number));
    String exporter = d.exporter().code().value();
    if (holder != null && !holder.equals(exporter)) {
      doubts.add(
          new Doubt(
              "CITED_BY_ANOTHER_EXPORTER",
              false,
              "exporter " + holder + " cited this number before; a license has one holder",
              ordered("earlier_exporter_id", holder)));
    }
    return doubts;
  }

  /**
   * The doubts about the parties a licensed line is declared with: one license names one consignee
   * and one end user for its destinations, so an end user or a consignee's address in another
   * country than the goods go to does not fit the license the number stands for, unless that
   * license was granted so, which only the register shows.
   */
  public static List<Doubt> partyDoubts(Declaration d) {
    List<Doubt> doubts = new java.util.ArrayList<>(1);
    CountryCode destination = d.destination();
    Party endUser = d.endUser();
    if (endUser != null && endUser.country() != null && !endUser.country().equals(destination)) {
      doubts.add(
          new Doubt(
              "END_USER_ELSEWHERE",
              true,
              "the end user is in " + endUser.country() + ", the goods go to " + destination,
              ordered(
                  "end_user_country",
                  endUser.country().value(),
                  "destination",
                  destination.value())));
    }
    Party consignee = d.consignee();
    if (consignee != null) {
      Optional<CountryCode> inAddress = AddressCountries.named(consignee.address());
      if (inAddress.isPresent()
          && !inAddress.get().equals(destination)
          && !inAddress.get().equals(consignee.country())) {
        doubts.add(
            new Doubt(
                "CONSIGNEE_ADDRESS_ELSEWHERE",
                true,
                "the consignee's address is in "
                    + inAddress.get()
                    + ", the consignee declared in "
                    + consignee.country()
                    + ", the goods go to "
                    + destination,
                ordered(
                    "consignee_address",
                    consignee.address(),
                    "address_country",
                    inAddress.get().value(),
                    "consignee_country",
                    String.valueOf(consignee.country()))));
      } else if (consignee.country() != null && !consignee.country().equals(destination)) {
        doubts.add(
            new Doubt(
                "CONSIGNEE_ELSEWHERE",
                true,
                "the consignee is in " + consignee.country() + ", the goods go to " + destination,
                ordered("consignee_country", consignee.country().value())));
      }
    }
    return doubts;
  }

  /**
   * Evidence in the order written: Map.of iterates in an order salted per JVM, and the same
   * declaration must give the same bytes in every run (ScreenDeterminismTest).
   */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** Remembers who cited the line's number, after the declaration was judged. */
  public synchronized void learn(Declaration d, GoodsLine line) {
    line.licenseNo()
        .ifPresent(
            n -> holders.putIfAbsent(LicenseNumbers.normalize(n), d.exporter().code().value()));
  }

  /** How many numbers are remembered (bounded). */
  public synchronized int remembered() {
    return holders.size();
  }
}
