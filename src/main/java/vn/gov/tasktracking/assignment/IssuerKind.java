package vn.gov.tasktracking.assignment;

/** Who gives a directive: the committee as a body, its Chairman, or a named Vice-Chairman. */
public enum IssuerKind {
  COMMITTEE("UBND tỉnh"),
  CHAIRMAN("Chủ tịch UBND tỉnh"),
  VICE_CHAIRMAN("Phó Chủ tịch UBND tỉnh");

  private final String label;

  IssuerKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
