package vn.gov.tasktracking.reporting.internal;

/** The standard reporting periods (Decree 138/2016): one parameter away. */
public enum PeriodKind {
  MONTH(1),
  QUARTER(3),
  HALF_YEAR(6),
  YEAR(12);

  private final int months;

  PeriodKind(int months) {
    this.months = months;
  }

  /** How many of these periods a year has. */
  int perYear() {
    return 12 / months;
  }

  int months() {
    return months;
  }
}
