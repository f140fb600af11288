package vn.gov.tasktracking.reporting.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.gov.tasktracking.system.VietnamTime;

/** Dates as people in Vietnam write them: 15/10/2017. */
final class VietnameseDates {

  private static final DateTimeFormatter FORMAT = VietnamTime.DATE;

  private VietnameseDates() {}

  static String format(LocalDate date) {
    return date == null ? "" : FORMAT.format(date);
  }
}
