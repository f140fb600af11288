package vn.gov.tasktracking.reporting;

/** The standard reporting periods (Decree 138/2016): one parameter away. */
public enum PeriodKind {
  MONTH("Tháng", 12, 1),
  QUARTER("Quý", 4, 3),
  HALF_YEAR("6 tháng", 2, 6),
  YEAR("Năm", 1, 12);

  private final String label;
  private final int count;
  private final int months;

  PeriodKind(String label, int count, int months) {
    this.label = label;
    this.count = count;
    this.months = months;
  }

  public String label() {
    return label;
  }

  /** How many of these periods a year has. */
  int perYear() {
    return count;
  }

  int months() {
    return months;
  }
}
