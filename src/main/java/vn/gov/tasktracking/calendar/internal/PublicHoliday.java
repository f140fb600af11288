package vn.gov.tasktracking.calendar.internal;

import java.time.LocalDate;

/** One day of a public holiday, with the Vietnamese name shown to users. */
public record PublicHoliday(LocalDate date, HolidayKind kind, String name) {}
