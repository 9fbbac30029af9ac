package dev.assay.server.web;

import dev.assay.controllist.ControlList;
import dev.assay.controllist.ListAge;
import dev.assay.controllist.StaleWarning;
import dev.assay.server.service.ScreeningEngine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What every page says when the control list in force may be out of date (issue 14): a suspension
 * that ran out with no follow-up recorded, so Assay treats the measure as back in force, or an
 * announcement newer than the data's age limit that may be missing. The same warnings as {@code
 * assay controllist --check}, {@code determine} and the {@code screen} summary.
 */
@Component
public class StaleNotices {
  private final ScreeningEngine engine;
  private final Clock clock;

  @Autowired
  public StaleNotices(ScreeningEngine engine) {
    this(engine, Clock.systemDefaultZone());
  }

  StaleNotices(ScreeningEngine engine, Clock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  /** The notices for today, against the list in force now (announcements approved included). */
  public List<String> today() {
    return of(engine.controlList(), LocalDate.now(clock));
  }

  /** The warnings of a control list on a day, as one sentence each. */
  public static List<String> of(ControlList list, LocalDate day) {
    ListAge age = list.age();
    List<String> notices = new ArrayList<>();
    for (ListAge.Lapse lapse : age.unfollowedLapses(day)) {
      notices.add(age.warning(lapse).message());
    }
    age.dataAge(day).map(StaleWarning::message).ifPresent(notices::add);
    return List.copyOf(notices);
  }
}
