package dev.assay.license;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The licensing officer's worklist: which applications under review are past the statutory limit,
 * and which fall due soon.
 */
public final class ReviewDesk {
  private final StatutoryClock clock;

  public ReviewDesk(StatutoryClock clock) {
    this.clock = clock;
  }

  /** An application with its clock read on the day asked. */
  public record Clocked(Application application, ClockReading clock) {}

  /** Every application with its clock, in the order given. */
  public List<Clocked> clocked(Collection<Application> applications, LocalDate today) {
    return applications.stream().map(a -> new Clocked(a, clock.read(a, today))).toList();
  }

  /** Applications past the limit and not yet decided, the longest overdue first. */
  public List<Clocked> overdue(Collection<Application> applications, LocalDate today) {
    return clocked(applications, today).stream()
        .filter(c -> c.clock().isOverdue())
        .sorted(Comparator.comparingInt(c -> c.clock().workingDaysLeft()))
        .toList();
  }

  /**
   * Applications whose clock runs and that fall due within the given number of working days, the
   * soonest first.
   */
  public List<Clocked> dueWithin(
      Collection<Application> applications, LocalDate today, int workingDays) {
    return clocked(applications, today).stream()
        .filter(c -> c.clock().status() == ClockReading.Status.RUNNING)
        .filter(c -> c.clock().workingDaysLeft() <= workingDays)
        .sorted(Comparator.comparingInt(c -> c.clock().workingDaysLeft()))
        .toList();
  }
}
