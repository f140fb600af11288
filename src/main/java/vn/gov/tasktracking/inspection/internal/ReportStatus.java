package vn.gov.tasktracking.inspection.internal;

/** The unit's report as the record states it. */
public enum ReportStatus {
  PENDING("Chưa báo cáo"),
  ON_TIME("Báo cáo đúng hạn"),
  LATE("Báo cáo chậm"),
  MISSING("Không gửi báo cáo trước buổi kiểm tra");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
