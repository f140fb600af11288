package vn.gov.tasktracking.reporting;

import vn.gov.tasktracking.assignment.StatusClass;
import vn.gov.tasktracking.reporting.internal.ReportingSettings;
import vn.gov.tasktracking.reporting.internal.ReportingSettings.Band;
import vn.gov.tasktracking.reporting.internal.Scoring;

/** Counts being added up for one row of the statistics. */
public final class Tally {

  public long completedOnTime;
  long completedBeforeDeadline;
  public long completedLate;
  public long completedNoDeadline;
  long openWithinDeadline;
  long dueSoon;
  public long openOverdue;
  long openNoDeadline;
  long withdrawn;
  long extended;
  long updatedOpen;

  /**
   * Adds {@code n} tasks (negative: takes them away) of a class; the flags say whether they were
   * completed before the deadline day, are due soon, were extended, had a recent progress update.
   */
  void add(
      StatusClass statusClass,
      boolean beforeDeadline,
      boolean soon,
      boolean wasExtended,
      boolean updated,
      long n) {
    if (statusClass == StatusClass.WITHDRAWN) {
      withdrawn += n;
      return;
    }
    if (wasExtended) {
      extended += n;
    }
    switch (statusClass) {
      case COMPLETED_ON_TIME -> {
        completedOnTime += n;
        if (beforeDeadline) {
          completedBeforeDeadline += n;
        }
      }
      case COMPLETED_LATE -> completedLate += n;
      case COMPLETED_NO_DEADLINE -> completedNoDeadline += n;
      case OPEN_WITHIN_DEADLINE -> {
        openWithinDeadline += n;
        if (soon) {
          dueSoon += n;
        }
      }
      case OPEN_OVERDUE -> openOverdue += n;
      case OPEN_NO_DEADLINE -> openNoDeadline += n;
      default -> throw new IllegalArgumentException(statusClass.name());
    }
    if (updated && statusClass.name().startsWith("OPEN_")) {
      updatedOpen += n;
    }
  }

  /** Adds closed tasks as the tally of closed tasks counts them. */
  void addClosed(
      long onTime,
      long beforeDeadline,
      long late,
      long noDeadline,
      long withdrawnTasks,
      long extendedTasks) {
    completedOnTime += onTime;
    completedBeforeDeadline += beforeDeadline;
    completedLate += late;
    completedNoDeadline += noDeadline;
    withdrawn += withdrawnTasks;
    extended += extendedTasks;
  }

  void add(Tally other) {
    completedOnTime += other.completedOnTime;
    completedBeforeDeadline += other.completedBeforeDeadline;
    completedLate += other.completedLate;
    completedNoDeadline += other.completedNoDeadline;
    openWithinDeadline += other.openWithinDeadline;
    dueSoon += other.dueSoon;
    openOverdue += other.openOverdue;
    openNoDeadline += other.openNoDeadline;
    withdrawn += other.withdrawn;
    extended += other.extended;
    updatedOpen += other.updatedOpen;
  }

  long assigned() {
    return completedOnTime
        + completedLate
        + completedNoDeadline
        + openWithinDeadline
        + openOverdue
        + openNoDeadline;
  }

  boolean isEmpty() {
    return assigned() == 0 && withdrawn == 0;
  }

  Figures figures(String key, String name, ReportingSettings settings) {
    long assigned = assigned();
    long completed = completedOnTime + completedLate + completedNoDeadline;
    long open = openWithinDeadline + openOverdue + openNoDeadline;
    Double score = Scoring.score(this, settings);
    Band band = settings.bandOf(score);
    return new Figures(
        key,
        name,
        assigned,
        completedOnTime,
        completedBeforeDeadline,
        completedLate,
        completedNoDeadline,
        openWithinDeadline,
        dueSoon,
        openOverdue,
        openNoDeadline,
        withdrawn,
        extended,
        updatedOpen,
        Scoring.percent(completed, assigned),
        Scoring.percent(completedOnTime, completedOnTime + completedLate),
        Scoring.percent(completedLate + openOverdue, assigned),
        Scoring.percent(updatedOpen, open),
        score,
        band == null ? null : band.code(),
        band == null ? null : band.label(),
        null);
  }
}
