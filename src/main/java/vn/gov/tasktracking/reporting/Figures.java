package vn.gov.tasktracking.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.gov.tasktracking.reporting.internal.Scoring;

/**
 * The figures of one row of the statistics (a unit, an issuer, a kind of unit) or of the total, as
 * the statistics API contract (docs/statistics-api.md, shared with the Cockpit dashboard) fixes
 * them. Counts are of tasks assigned in the period, at the reference date; withdrawn tasks are
 * counted apart and in nothing else. Percentages have one decimal and are null when their
 * denominator is 0.
 *
 * @param assigned every task of the period but the withdrawn ones: the sum of the six classes
 * @param completedBeforeDeadline completed before the deadline day, a part of completedOnTime
 * @param dueSoon open, deadline within 3 working days: a part of openWithinDeadline
 * @param extended tasks whose deadline was extended (current deadline differs from the original)
 * @param updatedOpen open tasks with a progress update in the 30 days up to the reference date
 * @param completionRate completed (the three completed classes) / assigned
 * @param onTimeRate completed on time / completed with a deadline (on time + late)
 * @param overdueShare (completed late + open overdue) / assigned
 * @param updateRate updatedOpen / open tasks
 * @param score see {@link Scoring}; null when no task is due yet
 * @param rank 1 for the best score; equal scores share a rank; none for the total
 */
public record Figures(
    String key,
    String name,
    long assigned,
    long completedOnTime,
    long completedBeforeDeadline,
    long completedLate,
    long completedNoDeadline,
    long openWithinDeadline,
    long dueSoon,
    long openOverdue,
    long openNoDeadline,
    long withdrawn,
    long extended,
    long updatedOpen,
    Double completionRate,
    Double onTimeRate,
    Double overdueShare,
    Double updateRate,
    Double score,
    String band,
    String bandLabel,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer rank) {

  public long completed() {
    return completedOnTime + completedLate + completedNoDeadline;
  }

  public long open() {
    return openWithinDeadline + openOverdue + openNoDeadline;
  }

  Figures withRank(Integer newRank) {
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
        completionRate,
        onTimeRate,
        overdueShare,
        updateRate,
        score,
        band,
        bandLabel,
        newRank);
  }
}
