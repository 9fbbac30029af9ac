package dev.assay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.controllist.Verdict;
import dev.assay.declaration.Declaration;
import dev.assay.declaration.GoodsLine;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The legitimate trade obeys the control list as of each declaration's date: a line that needs a
 * license cites one, nothing goes where the list bars it, and before a measure takes effect its
 * goods travel without a license.
 */
class ControlListConsistencyTest {
  private static final ControlList LIST = ControlList.bundled();

  @Test
  void everyCleanLineThatNeedsALicenseCitesOneAndNoneGoesWhereTheListBarsIt() {
    Generated run = Generated.by(Generated.standard());
    int licensed = 0;
    for (SimulatedDeclaration s : run.declarations) {
      if (s.truth().isViolation()) {
        continue;
      }
      Declaration d = s.declaration();
      for (GoodsLine line : d.lines()) {
        if (!LIST.isControlledCode(line.hsCode(), d.declaredAt())) {
          assertThat(line.licenseNo()).as(d.id()).isEmpty();
          continue;
        }
        Verdict verdict =
            LIST.determine(
                    new DeterminationQuery(
                        line.hsCode(),
                        line.description(),
                        d.destination(),
                        d.endUser() == null ? null : d.endUser().country(),
                        d.endUse(),
                        d.declaredAt()))
                .verdict();
        assertThat(verdict)
            .as("%s %s to %s on %s", d.id(), line.hsCode(), d.destination(), d.declaredAt())
            .isIn(
                Verdict.NOT_CONTROLLED, Verdict.DEPENDS_ON_SPECIFICATION, Verdict.LICENSE_REQUIRED);
        if (verdict == Verdict.LICENSE_REQUIRED) {
          assertThat(line.licenseNo()).isPresent();
        }
        if (line.licenseNo().isPresent()) {
          licensed++;
        }
      }
    }
    assertThat(licensed).isGreaterThan(200);
  }

  @Test
  void antimonyTravelsWithoutALicenseBeforeSeptember2024AndWithOneAfter() {
    Generated run = Generated.by(Generated.standard());
    LocalDate effective = LocalDate.of(2024, 9, 15);
    long before = 0;
    long after = 0;
    for (SimulatedDeclaration s : run.declarations) {
      GoodsLine line = s.declaration().lines().getFirst();
      if (s.truth().isViolation() || !line.hsCode().value().equals("8110101000")) {
        continue;
      }
      if (s.declaration().declaredAt().isBefore(effective)) {
        assertThat(line.licenseNo()).isEmpty();
        before++;
      } else {
        assertThat(line.licenseNo()).isPresent();
        after++;
      }
    }
    assertThat(before).isGreaterThan(20);
    assertThat(after).isGreaterThan(5);
  }
}
