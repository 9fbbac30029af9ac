package dev.assay.license;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Licenses held in memory: those of a license file given to {@code assay screen --licenses}, and
 * tests. Drawdowns live as long as the repository, so that a file of declarations that together
 * overdraw a license is caught. One lock guards everything; screening draws are short.
 */
public final class InMemoryLicenseRepository implements LicenseRepository {
  private final Clock clock;
  private final Map<String, License> licenses = new TreeMap<>();
  private final Map<String, List<LicenseChange>> histories = new HashMap<>();
  private final Map<String, List<Drawdown>> drawdowns = new HashMap<>();
  private final Map<LineKey, Drawdown> byLine = new HashMap<>();

  private record LineKey(String declarationId, int lineNo) {}

  public InMemoryLicenseRepository() {
    this(Clock.systemUTC());
  }

  public InMemoryLicenseRepository(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Added add(License license, LicenseChange issued) {
    License stored = licenses.get(license.number());
    if (stored != null) {
      if (stored.equals(license)) {
        return Added.UNCHANGED;
      }
      throw new LicensingException(
          "license "
              + license.number()
              + " is already stored with other terms; amend, suspend or revoke it instead");
    }
    licenses.put(license.number(), license);
    histories.computeIfAbsent(license.number(), n -> new ArrayList<>()).add(issued);
    return Added.ADDED;
  }

  @Override
  public synchronized Optional<License> find(String licenseNo) {
    return Optional.ofNullable(licenses.get(licenseNo));
  }

  @Override
  public synchronized List<License> list() {
    return List.copyOf(licenses.values());
  }

  @Override
  public synchronized License update(
      String licenseNo, UnaryOperator<License> change, LicenseChange entry) {
    License stored = licenses.get(licenseNo);
    if (stored == null) {
      throw new LicensingException("no license " + licenseNo);
    }
    License changed = change.apply(stored);
    if (!changed.number().equals(licenseNo)) {
      throw new IllegalArgumentException("a change cannot renumber a license");
    }
    licenses.put(licenseNo, changed);
    histories.get(licenseNo).add(entry);
    return changed;
  }

  @Override
  public synchronized List<LicenseChange> history(String licenseNo) {
    return List.copyOf(histories.getOrDefault(licenseNo, List.of()));
  }

  @Override
  public synchronized DrawdownOutcome draw(DrawdownRequest request) {
    DrawdownOutcome outcome = check(request);
    if (outcome instanceof DrawdownOutcome.Drawn drawn) {
      drawdowns.computeIfAbsent(request.licenseNo(), n -> new ArrayList<>()).add(drawn.drawdown());
      byLine.put(new LineKey(request.declarationId(), request.lineNo()), drawn.drawdown());
    }
    return outcome;
  }

  @Override
  public synchronized DrawdownOutcome check(DrawdownRequest request) {
    License license = licenses.get(request.licenseNo());
    if (license == null) {
      return new DrawdownOutcome.Refused(new LicenseViolation.UnknownLicense(request.licenseNo()));
    }
    return DrawdownRules.decide(
        license,
        drawdowns(request.licenseNo()),
        Optional.ofNullable(byLine.get(new LineKey(request.declarationId(), request.lineNo()))),
        request,
        clock.instant());
  }

  @Override
  public synchronized List<Drawdown> drawdowns(String licenseNo) {
    return List.copyOf(drawdowns.getOrDefault(licenseNo, List.of()));
  }
}
