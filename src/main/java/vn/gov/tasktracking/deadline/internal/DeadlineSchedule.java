package vn.gov.tasktracking.deadline.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.system.VietnamTime;

/**
 * When a task with a deadline is reminded, marked overdue and escalated, under a policy and the
 * working-day calendar in force. Every message goes out at 08:00 of a working day; the overdue mark
 * comes at 24:00 of the deadline day, whatever day that is.
 */
@Component
public class DeadlineSchedule {

  /** The start of the working day, when reminders go out. */
  public static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

  private final WorkingDayCalendar calendar;

  public DeadlineSchedule(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** The first event strictly after {@code after}; empty only when the policy has nothing more. */
  public Optional<ReminderEvent> next(LocalDate deadline, ReminderPolicy policy, Instant after) {
    List<ReminderEvent> candidates = new ArrayList<>();
    LocalDate lastWorkingDay = deadline;
    while (!calendar.isWorkingDay(lastWorkingDay)) {
      lastWorkingDay = lastWorkingDay.minusDays(1);
    }
    for (int days : policy.remindDaysBefore()) {
      candidates.add(
          new ReminderEvent(
              ReminderKind.BEFORE_DEADLINE,
              at(calendar.subtractWorkingDays(lastWorkingDay, days)),
              days));
    }
    candidates.add(new ReminderEvent(ReminderKind.MARK_OVERDUE, calendar.endOfDay(deadline), 0));
    candidates.add(
        new ReminderEvent(
            ReminderKind.OVERDUE_NOTICE, at(calendar.addWorkingDays(deadline, 1)), 1));
    candidates.add(
        new ReminderEvent(
            ReminderKind.ESCALATION,
            at(calendar.addWorkingDays(deadline, policy.escalateAfterDays())),
            policy.escalateAfterDays()));
    Optional<ReminderEvent> fixed =
        candidates.stream()
            .filter(e -> e.at().isAfter(after))
            .min(Comparator.comparing(ReminderEvent::at));
    // Repeats go on while the task stays open: find the first one after the moment asked about.
    int overdueDays = 1 + policy.overdueRepeatDays();
    LocalDate repeatDay = calendar.addWorkingDays(deadline, overdueDays);
    while (!at(repeatDay).isAfter(after)) {
      overdueDays += policy.overdueRepeatDays();
      repeatDay = calendar.addWorkingDays(repeatDay, policy.overdueRepeatDays());
    }
    if (overdueDays == policy.escalateAfterDays()) {
      overdueDays += policy.overdueRepeatDays();
      repeatDay = calendar.addWorkingDays(repeatDay, policy.overdueRepeatDays());
    }
    ReminderEvent repeat =
        new ReminderEvent(ReminderKind.OVERDUE_REPEAT, at(repeatDay), overdueDays);
    return Optional.of(fixed.filter(f -> !f.at().isAfter(repeat.at())).orElse(repeat));
  }

  /** 08:00 of a working day in Vietnam. */
  private Instant at(LocalDate day) {
    return day.atTime(REMINDER_TIME).atZone(VietnamTime.ZONE).toInstant();
  }
}
