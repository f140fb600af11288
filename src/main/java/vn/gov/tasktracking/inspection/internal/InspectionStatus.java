package vn.gov.tasktracking.inspection.internal;

/**
 * Where an inspection stands; CONCLUDED closes the record, whatever its petitions and requirements.
 */
public enum InspectionStatus {
  PLANNED("Chờ Tổ trưởng duyệt kế hoạch"),
  AWAITING_REPORT("Chờ đơn vị báo cáo"),
  VISIT("Kiểm tra, ghi nhận phát hiện"),
  CONCLUDED("Đã kết luận");

  private final String label;

  InspectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
