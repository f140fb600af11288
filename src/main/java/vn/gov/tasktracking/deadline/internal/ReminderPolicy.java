package vn.gov.tasktracking.deadline.internal;

import java.util.List;

/**
 * How a task is reminded and escalated, as the decision {@code reminder-policy} in
 * processes/reminder-policy.dmn gives it for the task.
 *
 * @param remindDaysBefore working days before the deadline to remind, 0 = the deadline day
 * @param overdueRepeatDays while overdue, remind again every this many working days
 * @param escalateAfterDays working days overdue after which the issuer is told and the unit flagged
 * @param askExplanation whether an overdue task asks its unit for a written explanation
 */
public record ReminderPolicy(
    List<Integer> remindDaysBefore,
    int overdueRepeatDays,
    int escalateAfterDays,
    boolean askExplanation) {

  public ReminderPolicy {
    remindDaysBefore = List.copyOf(remindDaysBefore);
    if (overdueRepeatDays < 1
        || escalateAfterDays < 1
        || remindDaysBefore.stream().anyMatch(d -> d < 0)) {
      throw new IllegalArgumentException(
          "reminder policy needs positive day counts: "
              + remindDaysBefore
              + ", "
              + overdueRepeatDays
              + ", "
              + escalateAfterDays);
    }
  }

  /** Reads "7,3,0" as the decision table writes the days before the deadline. */
  public static List<Integer> days(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(commaSeparated.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(Integer::valueOf)
        .toList();
  }
}
