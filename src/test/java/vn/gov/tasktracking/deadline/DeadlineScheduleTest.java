package vn.gov.tasktracking.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.deadline.internal.DeadlineSchedule;
import vn.gov.tasktracking.deadline.internal.ReminderEvent;
import vn.gov.tasktracking.deadline.internal.ReminderKind;
import vn.gov.tasktracking.deadline.internal.ReminderPolicy;
import vn.gov.tasktracking.system.VietnamTime;

class DeadlineScheduleTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.withShippedExceptions();
  private final DeadlineSchedule schedule = new DeadlineSchedule(calendar);
  private final ReminderPolicy ordinary = new ReminderPolicy(List.of(3, 0), 5, 10, true);
  private final ReminderPolicy keyTask = new ReminderPolicy(List.of(7, 3, 0), 5, 10, true);

  @Test
  void remindsAcrossTheCompensatoryDayOffAfterGioTo2026() {
    // Giỗ Tổ 2026 falls on Sunday 26/04; Monday 27/04 is the day off in lieu.
    List<ReminderEvent> events = events(LocalDate.of(2026, 4, 28), ordinary, 3);
    assertThat(events)
        .extracting(ReminderEvent::kind)
        .containsExactly(
            ReminderKind.BEFORE_DEADLINE, ReminderKind.BEFORE_DEADLINE, ReminderKind.MARK_OVERDUE);
    assertThat(events.get(0).at()).isEqualTo(at(2026, 4, 22, 8));
    assertThat(events.get(1).at()).isEqualTo(at(2026, 4, 28, 8));
    assertThat(events.get(2).at()).isEqualTo(at(2026, 4, 29, 0));
  }

  @Test
  void keyTasksAreAlsoRemindedSevenWorkingDaysBefore() {
    assertThat(events(LocalDate.of(2026, 3, 20), keyTask, 2))
        .extracting(ReminderEvent::at)
        .containsExactly(at(2026, 3, 11, 8), at(2026, 3, 17, 8));
  }

  @Test
  void deadlineOnASundayIsRemindedOnTheFridayBeforeAndOverdueNoticeComesMonday() {
    List<ReminderEvent> events = events(LocalDate.of(2026, 3, 22), ordinary, 4);
    assertThat(events)
        .extracting(ReminderEvent::at)
        .containsExactly(
            at(2026, 3, 17, 8), at(2026, 3, 20, 8), at(2026, 3, 23, 0), at(2026, 3, 23, 8));
  }

  @Test
  void overdueRemindersRepeatEveryFiveWorkingDaysAndEscalationComesAfterTen() {
    List<ReminderEvent> events = events(LocalDate.of(2026, 3, 20), ordinary, 8);
    assertThat(events.subList(3, 8))
        .extracting(ReminderEvent::kind)
        .containsExactly(
            ReminderKind.OVERDUE_NOTICE,
            ReminderKind.OVERDUE_REPEAT,
            ReminderKind.ESCALATION,
            ReminderKind.OVERDUE_REPEAT,
            ReminderKind.OVERDUE_REPEAT);
    assertThat(events.subList(3, 8))
        .extracting(ReminderEvent::at)
        .containsExactly(
            at(2026, 3, 23, 8),
            at(2026, 3, 30, 8),
            at(2026, 4, 3, 8),
            at(2026, 4, 6, 8),
            at(2026, 4, 13, 8));
  }

  @Test
  void noReminderFallsOnANonWorkingDay() {
    for (LocalDate deadline = LocalDate.of(2026, 1, 5);
        deadline.isBefore(LocalDate.of(2026, 12, 20));
        deadline = deadline.plusDays(3)) {
      for (ReminderEvent e : events(deadline, keyTask, 9)) {
        if (e.kind() != ReminderKind.MARK_OVERDUE) {
          assertThat(calendar.isWorkingDay(calendar.dateOf(e.at())))
              .as(deadline + " " + e)
              .isTrue();
        }
      }
    }
  }

  private List<ReminderEvent> events(LocalDate deadline, ReminderPolicy policy, int count) {
    List<ReminderEvent> events = new ArrayList<>();
    Instant after = Instant.parse("2020-01-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      ReminderEvent next = schedule.next(deadline, policy, after).orElseThrow();
      events.add(next);
      after = next.at();
    }
    return events;
  }

  private static Instant at(int year, int month, int day, int hour) {
    return LocalDate.of(year, month, day).atTime(hour, 0).atZone(VietnamTime.ZONE).toInstant();
  }
}
