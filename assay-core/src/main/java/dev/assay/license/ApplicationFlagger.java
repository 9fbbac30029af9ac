package dev.assay.license;

import dev.assay.controllist.AppliedMeasure;
import dev.assay.controllist.ControlList;
import dev.assay.controllist.Determination;
import dev.assay.controllist.DeterminationQuery;
import dev.assay.controllist.Verdict;
import dev.assay.declaration.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags to the reviewer what weighs against an application: items under a presumption of denial or
 * a ban for its destination, end user or end use (read from the control list as of the day asked),
 * and parties on a restricted-party list.
 */
public final class ApplicationFlagger {
  private final ControlList controlList;
  private final RestrictedPartyScreen parties;

  public ApplicationFlagger(ControlList controlList, RestrictedPartyScreen parties) {
    this.controlList = controlList;
    this.parties = parties;
  }

  public List<ReviewFlag> flags(Application application, LocalDate asOf) {
    List<ReviewFlag> flags = new ArrayList<>();
    for (ApplicationItem item : application.items()) {
      Determination determination =
          controlList.determine(
              new DeterminationQuery(
                  item.hsCode(),
                  item.description(),
                  application.destination(),
                  application.endUser().country(),
                  application.endUseCategory(),
                  asOf));
      if (determination.verdict().compareTo(Verdict.PRESUMPTION_OF_DENIAL) >= 0) {
        AppliedMeasure decisive = determination.decisive().orElseThrow();
        String what =
            determination.verdict() == Verdict.PROHIBITED
                ? "export prohibited"
                : "presumption of denial: in principle no license is granted";
        flags.add(
            new ReviewFlag.DenialMeasure(
                item.itemNo(),
                item.hsCode(),
                determination.verdict(),
                "item "
                    + item.itemNo()
                    + " ("
                    + item.hsCode()
                    + "): "
                    + what
                    + " for "
                    + application.destination().displayName()
                    + " as of "
                    + asOf,
                decisive.basis()));
      }
    }
    screen("consignee", application.consignee(), flags);
    screen("end user", application.endUser(), flags);
    return flags;
  }

  private void screen(String role, Party party, List<ReviewFlag> flags) {
    for (RestrictedPartyScreen.Hit hit : parties.screen(party.name(), party.country())) {
      flags.add(new ReviewFlag.RestrictedParty(role, party.name(), hit));
    }
  }
}
