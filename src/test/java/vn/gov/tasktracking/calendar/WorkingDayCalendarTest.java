package vn.gov.tasktracking.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.calendar.internal.CalendarDataException;
import vn.gov.tasktracking.calendar.internal.CalendarExceptions;
import vn.gov.tasktracking.calendar.internal.HolidayKind;
import vn.gov.tasktracking.calendar.internal.PublicHoliday;
import vn.gov.tasktracking.calendar.internal.PublicHolidays;
import vn.gov.tasktracking.calendar.internal.VietnameseLunarCalendar;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.withShippedExceptions();

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Nested
  class WorkingDays {

    @Test
    void weekdaysWorkAndWeekendsRest() {
      assertThat(calendar.isWorkingDay(date(2025, 3, 14))).isTrue();
      assertThat(calendar.isWorkingDay(date(2025, 3, 15))).isFalse();
      assertThat(calendar.dayOffReason(date(2025, 3, 16))).contains("Nghỉ cuối tuần (Chủ nhật)");
    }

    @Test
    void theAnnouncedTetBreakIsOffFromFirstToLastDay() {
      for (LocalDate day = date(2025, 1, 25);
          !day.isAfter(date(2025, 2, 2));
          day = day.plusDays(1)) {
        assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
      }
      assertThat(calendar.isWorkingDay(date(2025, 1, 24))).isTrue();
      assertThat(calendar.isWorkingDay(date(2025, 2, 3))).isTrue();
      assertThat(calendar.dayOffReason(date(2025, 1, 27)))
          .contains("Tết Nguyên đán (28 tháng Chạp)");
    }

    @Test
    void aSwappedSaturdayIsAWorkingDayAndItsWeekdayIsOff() {
      assertThat(calendar.isWorkingDay(date(2025, 4, 26))).isTrue();
      assertThat(calendar.isWorkingDay(date(2025, 5, 2))).isFalse();
      assertThat(calendar.isWorkingDay(date(2026, 1, 10))).isTrue();
      assertThat(calendar.isWorkingDay(date(2026, 1, 2))).isFalse();
    }

    @Test
    void theDayNextToNationalDayIsOffWhenAnnounced() {
      assertThat(calendar.isWorkingDay(date(2024, 9, 3))).isFalse();
      assertThat(calendar.isWorkingDay(date(2025, 9, 1))).isFalse();
      assertThat(calendar.dayOffReason(date(2025, 9, 2))).contains("Quốc khánh (2/9)");
    }

    @Test
    void aHolidayOnASundayGivesTheNextWorkingDayOffWithOrWithoutANotice() {
      assertThat(calendar.dayOffReason(date(2026, 4, 26)))
          .contains("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
      assertThat(calendar.dayOffReason(date(2026, 4, 27)))
          .contains("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) rơi vào Chủ nhật 26/04/2026");

      WorkingDayCalendar withoutData =
          new WorkingDayCalendar(new PublicHolidays(new VietnameseLunarCalendar()), List.of());
      assertThat(withoutData.dayOffReason(date(2026, 4, 27)))
          .hasValueSatisfying(
              reason ->
                  assertThat(reason).contains("Nghỉ bù Giỗ Tổ Hùng Vương", "Điều 111 khoản 3"));
      assertThat(withoutData.isWorkingDay(date(2026, 4, 28))).isTrue();
    }

    @Test
    void yearsWithoutDataUseTheComputedHolidays() {
      // 2030: Tết on Saturday 2/2; the computed eve and four days are 1/2–5/2.
      assertThat(calendar.holidaysOf(2030))
          .extracting(PublicHoliday::date)
          .contains(date(2030, 2, 1), date(2030, 2, 5));
      assertThat(calendar.isWorkingDay(date(2030, 2, 4))).isFalse();
      // Mùng 1 and 2 fall on Saturday and Sunday: two compensatory days (Labour Code art. 111(3)).
      assertThat(calendar.isWorkingDay(date(2030, 2, 6))).isFalse();
      assertThat(calendar.isWorkingDay(date(2030, 2, 7))).isFalse();
      assertThat(calendar.isWorkingDay(date(2030, 2, 8))).isTrue();
    }
  }

  @Nested
  class Deadlines {

    @Test
    void countingStartsTheDayAfterAssignment() {
      // Assigned Monday 10/3/2025: 5 working days end on Monday 17/3.
      assertThat(calendar.addWorkingDays(date(2025, 3, 10), 1)).isEqualTo(date(2025, 3, 11));
      assertThat(calendar.addWorkingDays(date(2025, 3, 10), 5)).isEqualTo(date(2025, 3, 17));
    }

    @Test
    void aDeadlineAcrossTetSkipsTheWholeBreak() {
      assertThat(calendar.addWorkingDays(date(2025, 1, 24), 3)).isEqualTo(date(2025, 2, 5));
      assertThat(calendar.addWorkingDays(date(2024, 2, 7), 1)).isEqualTo(date(2024, 2, 15));
      assertThat(calendar.addWorkingDays(date(2026, 2, 13), 1)).isEqualTo(date(2026, 2, 23));
    }

    @Test
    void aDeadlineAcrossACompensatoryDaySkipsIt() {
      // Fri 24/4/2026 → Sat, Sun (Giỗ Tổ), Mon 27/4 (nghỉ bù) → Tue 28/4.
      assertThat(calendar.addWorkingDays(date(2026, 4, 24), 1)).isEqualTo(date(2026, 4, 28));
      // …then 30/4 and 1/5 (Thursday, Friday) and the weekend.
      assertThat(calendar.addWorkingDays(date(2026, 4, 24), 3)).isEqualTo(date(2026, 5, 4));
    }

    @Test
    void aSwappedSaturdayCountsAsAWorkingDay() {
      assertThat(calendar.addWorkingDays(date(2025, 4, 25), 1)).isEqualTo(date(2025, 4, 26));
      // Mon 28, Tue 29 count; 30/4, 1/5, 2/5 (swapped off), 3–4/5 do not.
      assertThat(calendar.addWorkingDays(date(2025, 4, 25), 4)).isEqualTo(date(2025, 5, 5));
    }

    @Test
    void aDeadlineWhoseLastDayIsASundayMovesToMonday() {
      LocalDate sunday = date(2025, 10, 5);
      assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);

      assertThat(calendar.nextWorkingDayOnOrAfter(sunday)).isEqualTo(date(2025, 10, 6));
      assertThat(calendar.addCalendarDays(date(2025, 9, 20), 15)).isEqualTo(date(2025, 10, 6));
      assertThat(calendar.nextWorkingDayOnOrAfter(date(2025, 10, 7))).isEqualTo(date(2025, 10, 7));
    }

    @Test
    void aDeadlineFallingInTheTetBreakMovesToTheFirstDayBack() {
      assertThat(calendar.addCalendarDays(date(2026, 2, 1), 15)).isEqualTo(date(2026, 2, 23));
    }

    @Test
    void zeroWorkingDaysMeansTheSameDayOrTheNextWorkingDay() {
      assertThat(calendar.addWorkingDays(date(2025, 3, 14), 0)).isEqualTo(date(2025, 3, 14));
      assertThat(calendar.addWorkingDays(date(2025, 3, 15), 0)).isEqualTo(date(2025, 3, 17));
    }

    @Test
    void refusesANegativeCount() {
      assertThatThrownBy(() -> calendar.addWorkingDays(date(2025, 3, 14), -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Số ngày không được âm (nhận được -1).");
    }
  }

  @Nested
  class Reminders {

    @Test
    void threeWorkingDaysBeforeADeadlineAfterTetReachesBackBeforeTheBreak() {
      assertThat(calendar.subtractWorkingDays(date(2025, 2, 5), 3)).isEqualTo(date(2025, 1, 24));
    }

    @Test
    void threeWorkingDaysBeforeAMondayIsTheWednesdayBefore() {
      assertThat(calendar.subtractWorkingDays(date(2025, 3, 17), 3)).isEqualTo(date(2025, 3, 12));
      assertThat(calendar.subtractWorkingDays(date(2025, 3, 17), 0)).isEqualTo(date(2025, 3, 17));
    }

    @Test
    void theFirstWorkingDayAfterADeadlineBeforeTetIsOneWorkingDayOverdue() {
      assertThat(calendar.workingDaysBetween(date(2025, 1, 24), date(2025, 2, 2))).isZero();
      assertThat(calendar.workingDaysBetween(date(2025, 1, 24), date(2025, 2, 3))).isEqualTo(1);
      assertThat(calendar.workingDaysBetween(date(2025, 2, 3), date(2025, 1, 24))).isEqualTo(-1);
    }

    @Test
    void countingBackAndForthAgreesOnEveryDayOf2024To2027() {
      for (LocalDate day = date(2024, 1, 1);
          day.isBefore(date(2027, 12, 1));
          day = day.plusDays(1)) {
        for (int n : new int[] {1, 3, 5, 7, 10}) {
          LocalDate deadline = calendar.addWorkingDays(day, n);
          assertThat(calendar.isWorkingDay(deadline)).as("deadline of %s + %d", day, n).isTrue();
          assertThat(calendar.workingDaysBetween(day, deadline))
              .as("between %s and %s", day, deadline)
              .isEqualTo(n);
          if (calendar.isWorkingDay(day)) {
            assertThat(calendar.subtractWorkingDays(deadline, n))
                .as("%s − %d", deadline, n)
                .isEqualTo(day);
          }
        }
      }
    }
  }

  @Nested
  class TimeInVietnam {

    @Test
    void aDeadlineDayEndsAtMidnightInVietnamWhateverTheJvmTimeZone() {
      TimeZone original = TimeZone.getDefault();
      try {
        Instant expected = Instant.parse("2025-03-14T17:00:00Z");
        for (String zone :
            new String[] {"UTC", "America/Los_Angeles", "Asia/Tokyo", "Asia/Ho_Chi_Minh"}) {
          TimeZone.setDefault(TimeZone.getTimeZone(zone));
          assertThat(calendar.endOfDay(date(2025, 3, 14))).as("in %s", zone).isEqualTo(expected);
        }
      } finally {
        TimeZone.setDefault(original);
      }
    }

    @Test
    void todayIsTheDateInVietnam() {
      Clock lateEveningInUtc = Clock.fixed(Instant.parse("2025-03-14T18:30:00Z"), ZoneId.of("UTC"));
      Clock justBeforeMidnightInHanoi =
          Clock.fixed(Instant.parse("2025-03-14T16:59:59Z"), ZoneId.of("America/New_York"));

      assertThat(calendar.today(lateEveningInUtc)).isEqualTo(date(2025, 3, 15));
      assertThat(calendar.today(justBeforeMidnightInHanoi)).isEqualTo(date(2025, 3, 14));
      assertThat(calendar.dateOf(calendar.endOfDay(date(2025, 3, 14))))
          .isEqualTo(date(2025, 3, 15));
    }
  }

  @Nested
  class AdministratorEdits {

    @Test
    void anEditTakesEffectAtOnce() {
      assertThat(calendar.isWorkingDay(date(2027, 2, 12))).isTrue();

      calendar.replaceExceptions(
          CalendarExceptions.builder(2027)
              .tetSpan(
                  date(2027, 2, 4), date(2027, 2, 14), "Nghỉ Tết Đinh Mùi (giả định cho phép thử)")
              .extraDayOff(date(2027, 5, 3), "Nghỉ bù 1/5")
              .build());

      assertThat(calendar.isWorkingDay(date(2027, 2, 12))).isFalse();
      assertThat(calendar.addWorkingDays(date(2027, 2, 3), 1)).isEqualTo(date(2027, 2, 15));
      assertThat(calendar.exceptionsOf(2027).tetSpan()).isPresent();
    }

    @Test
    void aBadEditIsRefusedNamingTheEntryAndTheCalendarInForceStaysUnchanged() {
      CalendarExceptions before = calendar.exceptionsOf(2025);
      CalendarExceptions bad =
          CalendarExceptions.builder(2025)
              .tetSpan(date(2025, 2, 3), date(2025, 2, 9), "Nhập nhầm tuần")
              .extraDayOff(date(2025, 4, 30), "Nhập trùng ngày lễ")
              .build();

      assertThatThrownBy(() -> calendar.replaceExceptions(bad))
          .isInstanceOfSatisfying(
              CalendarDataException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly(
                          "Năm 2025, kỳ nghỉ Tết Nguyên đán từ thứ Hai 03/02/2025 đến Chủ nhật 09/02/2025:"
                              + " không chứa mùng 1 Tết (thứ Tư 29/01/2025).",
                          "Năm 2025, ngày nghỉ thêm thứ Tư 30/04/2025 («Nhập trùng ngày lễ»):"
                              + " đã là ngày nghỉ lễ (Ngày Chiến thắng (30/4))."));

      assertThat(calendar.exceptionsOf(2025)).isEqualTo(before);
      assertThat(calendar.isWorkingDay(date(2025, 1, 27))).isFalse();
      assertThat(calendar.isWorkingDay(date(2025, 2, 3))).isTrue();
    }

    @Test
    void clearingAYearFallsBackToTheComputedHolidays() {
      calendar.replaceExceptions(CalendarExceptions.none(2025));

      assertThat(calendar.isWorkingDay(date(2025, 1, 27))).isTrue();
      assertThat(calendar.isWorkingDay(date(2025, 4, 26))).isFalse();
    }

    @Test
    void readersDuringEditsSeeEitherTheOldOrTheNewYearNeverAMix() throws Exception {
      CalendarExceptions early =
          CalendarExceptions.builder(2027)
              .tetSpan(date(2027, 2, 4), date(2027, 2, 10), "Phương án A")
              .swappedWorkingDay(date(2027, 2, 20), "Làm bù A")
              .build();
      CalendarExceptions late =
          CalendarExceptions.builder(2027)
              .tetSpan(date(2027, 2, 5), date(2027, 2, 14), "Phương án B")
              .build();
      calendar.replaceExceptions(late);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread editor =
          new Thread(
              () -> {
                for (int i = 0; i < 2_000; i++) {
                  calendar.replaceExceptions(i % 2 == 0 ? early : late);
                }
              });
      editor.start();
      while (editor.isAlive()) {
        CalendarExceptions seen = calendar.exceptionsOf(2027);
        if (!seen.equals(early) && !seen.equals(late)) {
          failure.set(new AssertionError("mixed exceptions: " + seen));
        }
        List<PublicHoliday> holidays = calendar.holidaysOf(2027);
        long tetDays =
            holidays.stream().filter(h -> h.kind() == HolidayKind.LUNAR_NEW_YEAR).count();
        if (tetDays != 7 && tetDays != 10) {
          failure.set(new AssertionError("Tết of " + tetDays + " days"));
        }
      }
      editor.join();
      assertThat(failure.get()).isNull();
      assertThat(calendar.exceptionsOf(2027)).isEqualTo(late);
    }

    @Test
    void refusesTheSameYearTwiceWhenBuilt() {
      assertThatThrownBy(
              () ->
                  new WorkingDayCalendar(
                      new PublicHolidays(new VietnameseLunarCalendar()),
                      List.of(CalendarExceptions.none(2025), CalendarExceptions.none(2025))))
          .isInstanceOf(CalendarDataException.class)
          .hasMessage("Năm 2025 được khai báo ngoại lệ hai lần.");
    }
  }
}
