package vn.gov.tasktracking.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;

/**
 * The public holidays of a year that follow from Labour Code 2019 art. 112: 1/1, Tết, Giỗ Tổ Hùng
 * Vương (10/3 lunar), 30/4, 1/5 and 2/9. What the state decides each year (the Tết span, the day
 * next to 2/9, compensatory and swapped days) comes from {@link CalendarExceptions}; only the Tết
 * span replaces part of this list, the rest is added by {@link WorkingDayCalendar}. For a year
 * nobody announced, {@link #daysOffWithoutNotice(int)} gives what the law gives anyway: the second
 * day of National Day and the compensatory days.
 */
public final class PublicHolidays {

  private final VietnameseLunarCalendar lunarCalendar;

  public PublicHolidays(VietnameseLunarCalendar lunarCalendar) {
    this.lunarCalendar = Objects.requireNonNull(lunarCalendar, "lunarCalendar");
  }

  public VietnameseLunarCalendar lunarCalendar() {
    return lunarCalendar;
  }

  /**
   * The holidays computable without a notice; Tết defaults to lunar new year's eve and the first
   * four days of the year (5 days), the law's count, until the year's notice fixes the span.
   */
  public List<PublicHoliday> computed(int year) {
    return holidays(year, defaultTetDays(year));
  }

  /** The holidays of the year, with the Tết span of {@code exceptions} when it has one. */
  public List<PublicHoliday> forYear(int year, CalendarExceptions exceptions) {
    if (exceptions.year() != year) {
      throw new IllegalArgumentException(
          "Ngoại lệ của năm " + exceptions.year() + " không dùng được cho năm " + year + ".");
    }
    check(exceptions);
    return holidays(
        year,
        exceptions
            .tetSpan()
            .map(CalendarExceptions.TetSpan::days)
            .orElseGet(() -> defaultTetDays(year)));
  }

  /**
   * Refuses exceptions that contradict the holidays: a Tết span without lunar new year's day, an
   * extra day off that is already a holiday, a swapped working day on a holiday.
   *
   * @throws CalendarDataException naming each such entry
   */
  public void check(CalendarExceptions exceptions) {
    int year = exceptions.year();
    String prefix = "Năm " + year + ", ";
    List<String> problems = new ArrayList<>();
    LocalDate newYear = lunarCalendar.lunarNewYear(year);
    exceptions
        .tetSpan()
        .ifPresent(
            span -> {
              if (!span.contains(newYear)) {
                problems.add(
                    prefix
                        + span.label()
                        + ": không chứa mùng 1 Tết ("
                        + VietnameseText.dateWithWeekday(newYear)
                        + ").");
              }
            });
    List<PublicHoliday> holidays =
        holidays(
            year,
            exceptions
                .tetSpan()
                .map(CalendarExceptions.TetSpan::days)
                .orElseGet(() -> defaultTetDays(year)));
    for (CalendarExceptions.Entry entry : exceptions.extraDaysOff()) {
      holidayOn(holidays, entry.date())
          .ifPresent(
              holiday ->
                  problems.add(
                      prefix
                          + "ngày nghỉ thêm "
                          + CalendarExceptions.describe(entry)
                          + ": đã là ngày nghỉ lễ ("
                          + holiday.name()
                          + ")."));
    }
    for (CalendarExceptions.Entry entry : exceptions.swappedWorkingDays()) {
      holidayOn(holidays, entry.date())
          .ifPresent(
              holiday ->
                  problems.add(
                      prefix
                          + "ngày làm bù "
                          + CalendarExceptions.describe(entry)
                          + ": trùng ngày nghỉ lễ ("
                          + holiday.name()
                          + "), không thể làm bù vào ngày lễ."));
    }
    if (!problems.isEmpty()) {
      throw new CalendarDataException(problems);
    }
  }

  /**
   * The days off the Labour Code gives in a year without any notice, in date order: the second day
   * of National Day (art. 112(1)) and a compensatory day (art. 111(3)) for each holiday, the second
   * day of National Day included, that falls on a Saturday or Sunday.
   *
   * <p>The law leaves the second day of National Day to the state ("01 ngày liền kề trước hoặc
   * sau"); the default is the weekday that joins the break to a weekend: 1/9 when 2/9 is a Tuesday,
   * Friday or Saturday, else 3/9 (so 3/9 when 2/9 is a Wednesday and neither joins). A compensatory
   * day is the first weekday after the holiday that is no holiday and no other compensatory day (a
   * Tết on a weekend gives as many such days as it has weekend days).
   */
  public List<PublicHoliday> daysOffWithoutNotice(int year) {
    LocalDate nationalDay = LocalDate.of(year, 9, 2);
    LocalDate secondDay =
        switch (nationalDay.getDayOfWeek()) {
          case TUESDAY, FRIDAY, SATURDAY -> nationalDay.minusDays(1);
          default -> nationalDay.plusDays(1);
        };
    PublicHoliday second =
        new PublicHoliday(
            secondDay,
            HolidayKind.NATIONAL_DAY,
            "Quốc khánh: ngày liền kề 2/9 (Điều 112 khoản 1 Bộ luật Lao động 2019, ngày mặc định khi chưa có thông báo)");
    List<PublicHoliday> holidays = new ArrayList<>(computed(year));
    holidays.add(second);
    holidays.sort(Comparator.comparing(PublicHoliday::date));
    Set<LocalDate> off = new HashSet<>();
    holidays.forEach(holiday -> off.add(holiday.date()));
    List<PublicHoliday> result = new ArrayList<>(List.of(second));
    for (PublicHoliday holiday : holidays) {
      if (!CalendarExceptions.isWeekend(holiday.date())) {
        continue;
      }
      LocalDate day = holiday.date().plusDays(1);
      while (CalendarExceptions.isWeekend(day) || off.contains(day)) {
        day = day.plusDays(1);
      }
      off.add(day);
      result.add(
          new PublicHoliday(
              day,
              holiday.kind(),
              "Nghỉ bù "
                  + holiday.name()
                  + " trùng "
                  + VietnameseText.dateWithWeekday(holiday.date())
                  + " (Điều 111 khoản 3 Bộ luật Lao động 2019)"));
    }
    result.sort(Comparator.comparing(PublicHoliday::date));
    return List.copyOf(result);
  }

  /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month (never a leap month). */
  public LocalDate hungKingsCommemoration(int year) {
    return lunarCalendar.toSolar(year, 3, 10, false);
  }

  /** Lunar new year's eve (29th or 30th of the 12th month) and the 1st to 4th of the 1st month. */
  public List<LocalDate> defaultTetDays(int year) {
    LocalDate newYear = lunarCalendar.lunarNewYear(year);
    return newYear.minusDays(1).datesUntil(newYear.plusDays(4)).toList();
  }

  private List<PublicHoliday> holidays(int year, List<LocalDate> tetDays) {
    List<PublicHoliday> holidays = new ArrayList<>();
    holidays.add(
        new PublicHoliday(LocalDate.of(year, 1, 1), HolidayKind.NEW_YEAR, "Tết Dương lịch"));
    for (LocalDate day : tetDays) {
      holidays.add(
          new PublicHoliday(
              day, HolidayKind.LUNAR_NEW_YEAR, "Tết Nguyên đán (" + lunarDayName(day) + ")"));
    }
    holidays.add(
        new PublicHoliday(
            hungKingsCommemoration(year),
            HolidayKind.HUNG_KINGS_COMMEMORATION,
            "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
    holidays.add(
        new PublicHoliday(
            LocalDate.of(year, 4, 30), HolidayKind.VICTORY_DAY, "Ngày Chiến thắng (30/4)"));
    holidays.add(
        new PublicHoliday(
            LocalDate.of(year, 5, 1),
            HolidayKind.INTERNATIONAL_LABOUR_DAY,
            "Ngày Quốc tế Lao động (1/5)"));
    holidays.add(
        new PublicHoliday(LocalDate.of(year, 9, 2), HolidayKind.NATIONAL_DAY, "Quốc khánh (2/9)"));
    holidays.sort(Comparator.comparing(PublicHoliday::date));
    return List.copyOf(holidays);
  }

  /** "30 tháng Chạp", "mùng 1 tháng Giêng": how Tết days are named. */
  private String lunarDayName(LocalDate day) {
    LunarDate lunar = lunarCalendar.toLunar(day);
    String dayName = lunar.day() <= 10 ? "mùng " + lunar.day() : Integer.toString(lunar.day());
    String monthName =
        switch (lunar.month()) {
          case 1 -> "tháng Giêng";
          case 12 -> "tháng Chạp";
          default -> "tháng " + lunar.month() + (lunar.leapMonth() ? " nhuận" : "");
        };
    return dayName + " " + monthName;
  }

  private static Optional<PublicHoliday> holidayOn(List<PublicHoliday> holidays, LocalDate date) {
    return holidays.stream().filter(holiday -> holiday.date().equals(date)).findFirst();
  }
}
