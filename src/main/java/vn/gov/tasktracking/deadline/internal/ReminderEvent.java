package vn.gov.tasktracking.deadline.internal;

import java.time.Instant;

/** One moment of a task's deadline schedule; {@code workingDays} is the offset that produced it. */
public record ReminderEvent(ReminderKind kind, Instant at, int workingDays) {}
