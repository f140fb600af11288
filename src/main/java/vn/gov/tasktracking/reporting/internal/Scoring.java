package vn.gov.tasktracking.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.gov.tasktracking.reporting.Tally;

/**
 * The score of a unit (or issuer, or kind of unit), 0–100 with one decimal:
 *
 * <pre>score = 100 × (on time + completed without deadline + lateWeight × completed late
 *                   + overdueWeight × open overdue) / (on time + completed without deadline
 *                   + completed late + open overdue)</pre>
 *
 * i.e. over the tasks that are due at the reference date (completed, or open past their deadline);
 * tasks still within their deadline or without one are not judged yet. Defaults: late 0.5, overdue
 * 0. The score falls in a band of {@link ReportingSettings#bands()}.
 */
public final class Scoring {

  private Scoring() {}

  public static Double score(Tally t, ReportingSettings settings) {
    long due = t.completedOnTime + t.completedNoDeadline + t.completedLate + t.openOverdue;
    if (due == 0) {
      return null;
    }
    double earned =
        t.completedOnTime
            + t.completedNoDeadline
            + settings.lateWeight() * t.completedLate
            + settings.overdueWeight() * t.openOverdue;
    return BigDecimal.valueOf(100 * earned)
        .divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** part / whole in percent with one decimal, null when whole is 0. */
  public static Double percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(100L * part)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
