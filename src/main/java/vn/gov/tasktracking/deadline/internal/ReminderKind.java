package vn.gov.tasktracking.deadline.internal;

/** What happens at a moment of a task's deadline schedule. */
public enum ReminderKind {
  /**
   * Some working days before the deadline, or on the deadline day, 08:00: the officer and focal
   * point are reminded.
   */
  BEFORE_DEADLINE,
  /** 24:00 of the deadline day: the register marks the task overdue; nobody is told at night. */
  MARK_OVERDUE,
  /** First working day after the deadline, 08:00: unit head and Office told, explanation asked. */
  OVERDUE_NOTICE,
  /** Every few working days while overdue, 08:00. */
  OVERDUE_REPEAT,
  /**
   * Some working days overdue, 08:00: the issuer is told and the unit flagged for the working
   * group.
   */
  ESCALATION
}
