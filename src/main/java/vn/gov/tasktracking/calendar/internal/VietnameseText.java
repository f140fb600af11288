package vn.gov.tasktracking.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.gov.tasktracking.system.VietnamTime;

/** Dates and weekdays the way Vietnamese messages write them. */
public final class VietnameseText {

  private static final DateTimeFormatter DATE = VietnamTime.DATE;

  private VietnameseText() {}

  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** "thứ Hai 29/04/2024": the weekday helps an administrator see a swapped day at a glance. */
  static String dateWithWeekday(LocalDate date) {
    return weekday(date.getDayOfWeek()) + " " + date(date);
  }

  public static String weekday(DayOfWeek day) {
    return switch (day) {
      case MONDAY -> "thứ Hai";
      case TUESDAY -> "thứ Ba";
      case WEDNESDAY -> "thứ Tư";
      case THURSDAY -> "thứ Năm";
      case FRIDAY -> "thứ Sáu";
      case SATURDAY -> "thứ Bảy";
      case SUNDAY -> "Chủ nhật";
    };
  }
}
