package dev.assay.license;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statutory review clock: the commerce authority decides within 45 working days of accepting an
 * application (Dual-Use Regulations Art. 17); identification, expert consultation and on-site
 * verification are not counted (Art. 18).
 *
 * <p>How it counts: acceptance is the application's move to {@link ApplicationState#UNDER_REVIEW};
 * the day of acceptance is not counted (a period starts on the next day, as Chinese administrative
 * law reckons periods), every later working day is, except days on which a review stops the clock:
 * from the day the review starts up to, not including, the day it ends. Days are China Standard
 * Time days.
 */
public final class StatutoryClock {
  /** The statutory limit (Dual-Use Regulations Art. 17). */
  public static final int REVIEW_WORKING_DAYS = 45;

  /** The zone in which the authority's days are counted. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** Guards the search for a due date against a calendar with no working days at all. */
  private static final int MAX_SEARCH_DAYS = 3 * 366;

  private final WorkingDayCalendar calendar;
  private final int limit;

  public StatutoryClock(WorkingDayCalendar calendar) {
    this(calendar, REVIEW_WORKING_DAYS);
  }

  /** A clock with another limit, such as the 20 working days for a change of non-key elements. */
  public StatutoryClock(WorkingDayCalendar calendar, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the limit is at least one working day");
    }
    this.calendar = calendar;
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }

  private record Pause(PauseKind kind, LocalDate from, LocalDate until) {
    boolean stops(LocalDate day) {
      return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
  }

  /** The clock of an application as it stands at the end of a day. */
  public ClockReading read(Application application, LocalDate today) {
    LocalDate acceptedOn = null;
    LocalDate stoppedOn = null;
    List<Pause> pauses = new ArrayList<>();
    Pause running = null;
    for (ApplicationEvent event : application.events()) {
      LocalDate day = event.at().atZone(CHINA).toLocalDate();
      switch (event) {
        case ApplicationEvent.StateChanged change -> {
          if (change.to() == ApplicationState.UNDER_REVIEW) {
            acceptedOn = day;
          } else if (change.to().isFinal()) {
            stoppedOn = day;
          }
        }
        case ApplicationEvent.ReviewPaused pause -> running = new Pause(pause.kind(), day, null);
        case ApplicationEvent.ReviewResumed resume -> {
          if (running != null) {
            pauses.add(new Pause(running.kind(), running.from(), day));
            running = null;
          }
        }
      }
    }
    if (acceptedOn == null) {
      return new ClockReading(
          stoppedOn == null ? ClockReading.Status.NOT_STARTED : ClockReading.Status.STOPPED,
          Optional.empty(),
          0,
          limit,
          Optional.empty(),
          Optional.empty(),
          true);
    }
    if (running != null) {
      // A decision ends any review still running; otherwise it runs to this day and beyond.
      pauses.add(new Pause(running.kind(), running.from(), stoppedOn));
    }
    LocalDate end = stoppedOn != null && stoppedOn.isBefore(today) ? stoppedOn : today;
    boolean sure = true;
    int counted = 0;
    for (LocalDate d = acceptedOn.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      sure &= calendar.isSure(d);
      if (counts(d, pauses)) {
        counted++;
      }
    }
    Optional<PauseKind> pausedBy =
        stoppedOn == null && running != null && !today.isBefore(running.from())
            ? Optional.of(running.kind())
            : Optional.empty();
    Optional<LocalDate> dueOn = Optional.empty();
    if (pausedBy.isEmpty()) {
      int n = 0;
      LocalDate d = acceptedOn;
      for (int i = 0; i < MAX_SEARCH_DAYS && n < limit; i++) {
        d = d.plusDays(1);
        if (d.isAfter(end)) {
          sure &= calendar.isSure(d);
        }
        if (counts(d, pauses)) {
          n++;
        }
      }
      dueOn = n == limit ? Optional.of(d) : Optional.empty();
    }
    boolean late = counted > limit || dueOn.map(due -> due.isBefore(end)).orElse(false);
    ClockReading.Status status;
    if (stoppedOn != null) {
      status = late ? ClockReading.Status.STOPPED_LATE : ClockReading.Status.STOPPED;
    } else if (late) {
      status = ClockReading.Status.OVERDUE;
    } else {
      status = pausedBy.isPresent() ? ClockReading.Status.PAUSED : ClockReading.Status.RUNNING;
    }
    return new ClockReading(
        status, Optional.of(acceptedOn), counted, limit - counted, dueOn, pausedBy, sure);
  }

  private boolean counts(LocalDate day, List<Pause> pauses) {
    if (!calendar.isWorkingDay(day)) {
      return false;
    }
    for (Pause pause : pauses) {
      if (pause.stops(day)) {
        return false;
      }
    }
    return true;
  }
}
