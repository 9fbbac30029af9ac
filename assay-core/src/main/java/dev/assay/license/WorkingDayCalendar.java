package dev.assay.license;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assay.controllist.Confidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which days are working days, as the State Council's yearly holiday notices fix them: weekdays,
 * less public holidays, plus the weekend days worked in exchange (调休). Kept as data ({@code
 * licensing/working-days-cn.yaml}), each year with its source. A year the data does not cover is
 * counted with weekends only, and {@link #isSure} says so.
 */
public final class WorkingDayCalendar {
  static final String BUNDLED = "licensing/working-days-cn.yaml";

  private static volatile WorkingDayCalendar bundled;

  private final Map<Integer, CalendarYear> years;
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workingWeekends;

  private WorkingDayCalendar(
      Map<Integer, CalendarYear> years, Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
    this.years = Map.copyOf(years);
    this.holidays = Set.copyOf(holidays);
    this.workingWeekends = Set.copyOf(workingWeekends);
  }

  /** The calendar shipped with Assay. */
  public static WorkingDayCalendar bundled() {
    WorkingDayCalendar calendar = bundled;
    if (calendar == null) {
      try (InputStream in =
          WorkingDayCalendar.class.getClassLoader().getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException(BUNDLED + " is missing from the classpath");
        }
        calendar = parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bundled = calendar;
    }
    return calendar;
  }

  /**
   * Reads a calendar file.
   *
   * @throws IllegalArgumentException naming the file, year and field of the first problem
   */
  public static WorkingDayCalendar parse(String name, String yaml) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": not YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.path("years").isArray()) {
      throw new IllegalArgumentException(name + ": a list 'years' is required");
    }
    Map<Integer, CalendarYear> years = new HashMap<>();
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> working = new HashSet<>();
    for (JsonNode node : root.path("years")) {
      int year = node.path("year").asInt(0);
      String where = name + ", year " + (year == 0 ? node.path("year").asText() : year);
      if (year < 1949 || year > 2200) {
        throw new IllegalArgumentException(where + ": 'year' must be a year");
      }
      String source = node.path("source").asText("");
      if (source.isBlank()) {
        throw new IllegalArgumentException(where + ": every year cites its 'source'");
      }
      Confidence confidence;
      try {
        confidence =
            Confidence.valueOf(node.path("confidence").asText("").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            where + ": 'confidence' is one of confirmed, likely, unsure", e);
      }
      if (years.put(year, new CalendarYear(year, source, confidence)) != null) {
        throw new IllegalArgumentException(where + ": the year appears twice");
      }
      for (JsonNode holiday : node.path("holidays")) {
        LocalDate from = date(holiday.path("from"), where + ", holidays.from");
        LocalDate to = date(holiday.path("to"), where + ", holidays.to");
        if (to.isBefore(from) || to.isAfter(from.plusDays(14))) {
          throw new IllegalArgumentException(
              where + ", holiday " + from + ": 'to' is on or after 'from' and within two weeks");
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
          holidays.add(d);
        }
      }
      for (JsonNode day : node.path("working_weekends")) {
        LocalDate d = date(day, where + ", working_weekends");
        if (d.getYear() != year || !isWeekend(d)) {
          throw new IllegalArgumentException(
              where + ", working_weekends: " + d + " is not a Saturday or Sunday of " + year);
        }
        working.add(d);
      }
    }
    for (LocalDate d : working) {
      if (holidays.contains(d)) {
        throw new IllegalArgumentException(
            name + ": " + d + " is listed both as a holiday and as a working weekend day");
      }
    }
    return new WorkingDayCalendar(years, holidays, working);
  }

  private static LocalDate date(JsonNode node, String where) {
    try {
      return LocalDate.parse(node.asText(""));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": not an ISO date: '" + node.asText() + "'", e);
    }
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workingWeekends.contains(day)) {
      return true;
    }
    return !isWeekend(day) && !holidays.contains(day);
  }

  /** The year's entry, where the calendar has one. */
  public Optional<CalendarYear> year(int year) {
    return Optional.ofNullable(years.get(year));
  }

  /** Whether the day's year is in the data and not marked unsure. */
  public boolean isSure(LocalDate day) {
    CalendarYear year = years.get(day.getYear());
    return year != null && year.confidence() != Confidence.UNSURE;
  }
}
