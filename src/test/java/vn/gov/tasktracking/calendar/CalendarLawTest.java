package vn.gov.tasktracking.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.calendar.internal.CalendarExceptions;
import vn.gov.tasktracking.calendar.internal.PublicHolidays;
import vn.gov.tasktracking.calendar.internal.VietnameseLunarCalendar;
import vn.gov.tasktracking.deadline.internal.DeadlineSchedule;
import vn.gov.tasktracking.deadline.internal.ReminderEvent;
import vn.gov.tasktracking.deadline.internal.ReminderKind;
import vn.gov.tasktracking.deadline.internal.ReminderPolicy;
import vn.gov.tasktracking.system.VietnamTime;

/**
 * The days off the law gives for 2024–2031: Labour Code 2019 art. 112(1) holidays, the second day
 * of National Day, art. 111(3) compensatory days; with the shipped notices and without any; and
 * deadlines on a day off under Civil Code art. 148. Every weekday off of each year is listed, so a
 * day too many or too few fails.
 */
class CalendarLawTest {

  private final WorkingDayCalendar withoutNotices =
      new WorkingDayCalendar(new PublicHolidays(new VietnameseLunarCalendar()), List.of());
  private final WorkingDayCalendar shipped = WorkingDayCalendar.withShippedExceptions();

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** The weekdays (Monday to Friday) off of a year. */
  private static List<LocalDate> weekdaysOff(WorkingDayCalendar calendar, int year) {
    List<LocalDate> off = new ArrayList<>();
    for (LocalDate day = date(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() < 6 && !calendar.isWorkingDay(day)) {
        off.add(day);
      }
    }
    return off;
  }

  private static List<LocalDate> days(int year, String monthDays) {
    List<LocalDate> days = new ArrayList<>();
    for (String md : monthDays.split(" ")) {
      String[] parts = md.split("/");
      days.add(date(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[0])));
    }
    return days;
  }

  /**
   * What the law gives without any notice, by hand from the Labour Code: 1/1, Tết (eve and mùng
   * 1–4), Giỗ Tổ, 30/4, 1/5, 2/9 and its neighbour (1/9 when 2/9 is Tuesday, Friday or Saturday,
   * else 3/9), and the next working day for each of them on a Saturday or Sunday.
   */
  private static final Map<Integer, String> LAW_WITHOUT_NOTICE =
      new TreeMap<>(
          Map.of(
              // Tết Sat 10/2: eve Fri 9/2, Mon 12, Tue 13, compensatory Wed 14, Thu 15; 2/9 Mon,
              // neighbour Tue 3/9.
              2024, "1/1 9/2 12/2 13/2 14/2 15/2 18/4 30/4 1/5 2/9 3/9",
              // Tết Wed 29/1: eve Tue 28/1 to Fri 31/1, mùng 4 Sat 1/2 → Mon 3/2; 2/9 Tue,
              // neighbour Mon 1/9.
              2025, "1/1 28/1 29/1 30/1 31/1 3/2 7/4 30/4 1/5 1/9 2/9",
              // Tết Tue 17/2: Mon 16/2 to Fri 20/2; Giỗ Tổ Sun 26/4 → Mon 27/4; 2/9 Wed, neighbour
              // Thu 3/9.
              2026, "1/1 16/2 17/2 18/2 19/2 20/2 27/4 30/4 1/5 2/9 3/9",
              // Tết Sat 6/2: eve Fri 5/2, Mon 8, Tue 9, compensatory Wed 10, Thu 11; 1/5 Sat → Mon
              // 3/5; 2/9 Thu, Fri 3/9.
              2027, "1/1 5/2 8/2 9/2 10/2 11/2 16/4 30/4 3/5 2/9 3/9",
              // 1/1 Sat → Mon 3/1; Tết Wed 26/1, mùng 4 Sat 29/1 → Mon 31/1; 30/4 Sun, 1/5 Mon →
              // Tue 2/5;
              // 2/9 Sat: neighbour Fri 1/9, compensatory Mon 4/9.
              2028, "3/1 25/1 26/1 27/1 28/1 31/1 4/4 1/5 2/5 1/9 4/9",
              // Tết Tue 13/2: Mon 12/2 to Fri 16/2; 2/9 Sun: neighbour Mon 3/9, compensatory Tue
              // 4/9.
              2029, "1/1 12/2 13/2 14/2 15/2 16/2 23/4 30/4 1/5 3/9 4/9",
              // Tết Sat 2/2: eve Fri 1/2, Mon 4, Tue 5, compensatory Wed 6, Thu 7; 2/9 Mon,
              // neighbour Tue 3/9.
              2030, "1/1 1/2 4/2 5/2 6/2 7/2 12/4 30/4 1/5 2/9 3/9",
              // Tết Thu 23/1: eve Wed 22/1, Thu, Fri, mùng 3–4 Sat 25, Sun 26 → Mon 27, Tue 28; 2/9
              // Tue, Mon 1/9.
              2031, "1/1 22/1 23/1 24/1 27/1 28/1 1/4 30/4 1/5 1/9 2/9"));

  @Nested
  class WithoutAnyNotice {

    @Test
    void everyYear2024To2031HasExactlyTheWeekdaysOffTheLawGives() {
      LAW_WITHOUT_NOTICE.forEach(
          (year, expected) ->
              assertThat(weekdaysOff(withoutNotices, year))
                  .as("%d", year)
                  .containsExactlyElementsOf(days(year, expected)));
    }

    @Test
    void in2028NewYearVictoryDayAndNationalDayOnAWeekendEachGiveAWeekdayOff() {
      assertThat(withoutNotices.dayOffReason(date(2028, 1, 3)))
          .hasValueSatisfying(
              reason ->
                  assertThat(reason)
                      .contains(
                          "Nghỉ bù Tết Dương lịch", "thứ Bảy 01/01/2028", "Điều 111 khoản 3"));
      assertThat(withoutNotices.dayOffReason(date(2028, 5, 2)))
          .hasValueSatisfying(
              reason ->
                  assertThat(reason)
                      .contains("Nghỉ bù Ngày Chiến thắng (30/4)", "Chủ nhật 30/04/2028"));
      assertThat(withoutNotices.dayOffReason(date(2028, 9, 1)))
          .hasValueSatisfying(
              reason -> assertThat(reason).contains("ngày liền kề 2/9", "Điều 112 khoản 1"));
      assertThat(withoutNotices.dayOffReason(date(2028, 9, 4)))
          .hasValueSatisfying(
              reason ->
                  assertThat(reason).contains("Nghỉ bù Quốc khánh (2/9)", "thứ Bảy 02/09/2028"));
      assertThat(withoutNotices.isWorkingDay(date(2028, 9, 5))).isTrue();
    }

    @Test
    void tet2030And2031OnAWeekendGiveTwoCompensatoryDays() {
      assertThat(weekdaysOff(withoutNotices, 2030).stream().filter(d -> d.getMonthValue() <= 2))
          .containsExactly(
              date(2030, 1, 1),
              date(2030, 2, 1),
              date(2030, 2, 4),
              date(2030, 2, 5),
              date(2030, 2, 6),
              date(2030, 2, 7));
      assertThat(weekdaysOff(withoutNotices, 2031).stream().filter(d -> d.getMonthValue() <= 2))
          .containsExactly(
              date(2031, 1, 1),
              date(2031, 1, 22),
              date(2031, 1, 23),
              date(2031, 1, 24),
              date(2031, 1, 27),
              date(2031, 1, 28));
    }

    @Test
    void theSecondDayOfNationalDayJoinsAWeekendElseIsThe3rd() {
      for (int year = 2024; year <= 2060; year++) {
        LocalDate nationalDay = date(year, 9, 2);
        DayOfWeek weekday = nationalDay.getDayOfWeek();
        LocalDate expected =
            switch (weekday) {
              case TUESDAY, FRIDAY, SATURDAY -> date(year, 9, 1);
              default -> date(year, 9, 3);
            };
        assertThat(withoutNotices.isWorkingDay(expected)).as("%s", expected).isFalse();
        assertThat(expected.getDayOfWeek().getValue()).as("a weekday, %s", expected).isLessThan(6);
        LocalDate other = expected.getDayOfMonth() == 1 ? date(year, 9, 3) : date(year, 9, 1);
        boolean otherIsCompensatory = other.getDayOfMonth() == 3 && weekday == DayOfWeek.SUNDAY;
        if (other.getDayOfWeek().getValue() < 6 && !otherIsCompensatory) {
          assertThat(withoutNotices.isWorkingDay(other)).as("%s", other).isTrue();
        }
      }
    }

    @Test
    void tenWorkingDaysFromFriday28August2026EndOn15September() {
      assertThat(withoutNotices.addWorkingDays(date(2026, 8, 28), 10)).isEqualTo(date(2026, 9, 15));
    }
  }

  @Nested
  class WithTheShippedNotices {

    @Test
    void theAnnouncedYearsFollowTheirNoticesAndTheOthersTheLaw() {
      assertThat(weekdaysOff(shipped, 2024))
          .containsExactlyElementsOf(
              days(2024, "1/1 8/2 9/2 12/2 13/2 14/2 18/4 29/4 30/4 1/5 2/9 3/9"));
      assertThat(weekdaysOff(shipped, 2025))
          .containsExactlyElementsOf(
              days(2025, "1/1 27/1 28/1 29/1 30/1 31/1 7/4 30/4 1/5 2/5 1/9 2/9"));
      // 2026 National Day notice: off Sat 29/8 to Wed 2/9, Mon 31/8 swapped with Sat 22/8.
      assertThat(weekdaysOff(shipped, 2026))
          .containsExactlyElementsOf(
              days(2026, "1/1 2/1 16/2 17/2 18/2 19/2 20/2 27/4 30/4 1/5 31/8 1/9 2/9"));
      assertThat(shipped.isWorkingDay(date(2026, 8, 22))).isTrue();
      assertThat(shipped.isWorkingDay(date(2026, 9, 3))).isTrue();
      for (int year = 2027; year <= 2031; year++) {
        assertThat(weekdaysOff(shipped, year))
            .as("%d", year)
            .containsExactlyElementsOf(days(year, LAW_WITHOUT_NOTICE.get(year)));
      }
    }

    @Test
    void anAnnouncedYearReplacesTheDefaultsAndEmptyExceptionsBringThemBack() {
      WorkingDayCalendar calendar = WorkingDayCalendar.withShippedExceptions();
      calendar.replaceExceptions(
          CalendarExceptions.builder(2028)
              .extraDayOff(
                  date(2028, 9, 1), "Ngày liền kề Quốc khánh (thông báo giả định cho phép thử)")
              .build());
      assertThat(calendar.isWorkingDay(date(2028, 9, 1))).isFalse();
      assertThat(calendar.isWorkingDay(date(2028, 1, 3))).isTrue();
      assertThat(calendar.isWorkingDay(date(2028, 9, 4))).isTrue();

      calendar.replaceExceptions(CalendarExceptions.none(2028));
      assertThat(weekdaysOff(calendar, 2028))
          .containsExactlyElementsOf(days(2028, LAW_WITHOUT_NOTICE.get(2028)));
    }

    @Test
    void tenWorkingDaysFromFriday28August2026EndOn16SeptemberUnderThe2026Notice() {
      // The notice adds Monday 31/8 (swapped) to the break; the law alone gives 15/09.
      assertThat(shipped.addWorkingDays(date(2026, 8, 28), 10)).isEqualTo(date(2026, 9, 16));
    }
  }

  @Nested
  class DeadlinesOnADayOff {

    @Test
    void aDeadlineOnNationalDayOrASundayIsDueAtTheEndOfTheNextWorkingDay() {
      Deadline nationalDay = shipped.deadline(date(2026, 9, 2));
      assertThat(nationalDay.due()).isEqualTo(date(2026, 9, 3));
      assertThat(nationalDay.text())
          .isEqualTo("hạn theo văn bản 02/09/2026, tính đến hết 03/09/2026 theo Điều 148 BLDS");
      assertThat(shipped.deadline(date(2026, 9, 6)).due()).isEqualTo(date(2026, 9, 7));
      assertThat(withoutNotices.deadline(date(2026, 9, 2)).due()).isEqualTo(date(2026, 9, 4));
      assertThat(withoutNotices.deadline(date(2028, 4, 30)).due()).isEqualTo(date(2028, 5, 3));
    }

    @Test
    void aDeadlineOnAWorkingDayStaysAndIsShownOnce() {
      Deadline deadline = shipped.deadline(date(2026, 9, 3));
      assertThat(deadline.moved()).isFalse();
      assertThat(deadline.text()).isEqualTo("03/09/2026");
    }

    @Test
    void remindersNeverFallOnADayOffOfTheCalendarInForceAfterAnEdit() {
      WorkingDayCalendar calendar = WorkingDayCalendar.withShippedExceptions();
      DeadlineSchedule schedule = new DeadlineSchedule(calendar);
      ReminderPolicy policy = new ReminderPolicy(List.of(7, 3, 0), 2, 6, true);
      LocalDate deadline = date(2027, 9, 8);
      // An administrator enters a notice for 2027 after the task was registered: 6/9 and 7/9 off.
      calendar.replaceExceptions(
          CalendarExceptions.builder(2027)
              .extraDayOff(date(2027, 9, 3), "Ngày liền kề Quốc khánh (giả định cho phép thử)")
              .extraDayOff(date(2027, 9, 6), "Nghỉ hoán đổi (giả định cho phép thử)")
              .extraDayOff(date(2027, 9, 7), "Nghỉ hoán đổi (giả định cho phép thử)")
              .build());
      Instant after = date(2027, 8, 1).atStartOfDay(VietnamTime.ZONE).toInstant();
      for (int i = 0; i < 12; i++) {
        ReminderEvent event = schedule.next(deadline, policy, after).orElseThrow();
        if (event.kind() != ReminderKind.MARK_OVERDUE) {
          assertThat(calendar.isWorkingDay(calendar.dateOf(event.at()))).as("%s", event).isTrue();
        }
        after = event.at();
      }
    }
  }
}
