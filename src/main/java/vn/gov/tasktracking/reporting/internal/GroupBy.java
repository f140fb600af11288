package vn.gov.tasktracking.reporting.internal;

/** What the rows of the statistics are. */
public enum GroupBy {
  UNIT("Đơn vị"),
  ISSUER("Người giao"),
  UNIT_KIND("Loại đơn vị");

  private final String label;

  GroupBy(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
