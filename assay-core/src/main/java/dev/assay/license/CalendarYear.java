package dev.assay.license;

import dev.assay.controllist.Confidence;

/** One year of the working-day calendar, with the notice it rests on and how sure that is. */
public record CalendarYear(int year, String source, Confidence confidence) {}
