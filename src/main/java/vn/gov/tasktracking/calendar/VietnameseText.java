package vn.gov.tasktracking.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.gov.tasktracking.system.VietnamTime;

/** Dates and weekdays the way Vietnamese messages write them. */
final class VietnameseText {

    private static final DateTimeFormatter DATE = VietnamTime.DATE;

    private VietnameseText() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "thứ Hai 29/04/2024": the weekday helps an administrator see a swapped day at a glance. */
    static String dateWithWeekday(LocalDate date) {
        return weekday(date.getDayOfWeek()) + " " + date(date);
    }

    static String weekday(DayOfWeek day) {
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
