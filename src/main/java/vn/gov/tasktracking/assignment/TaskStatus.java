package vn.gov.tasktracking.assignment;

/** Where a task stands in its work, as the register records it. */
public enum TaskStatus {
  REGISTERED("Đã vào sổ"),
  WAITING_RECEIPT("Chờ đơn vị tiếp nhận"),
  MISADDRESSED("Đơn vị trả lại do giao không đúng"),
  IN_PROGRESS("Đang thực hiện"),
  LEADER_REVIEW("Chờ lãnh đạo đơn vị duyệt"),
  OFFICE_REVIEW("Chờ Văn phòng UBND tỉnh xem xét"),
  COMPLETED("Đã hoàn thành"),
  WITHDRAWN("Đã rút");

  private final String label;

  TaskStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isClosed() {
    return this == COMPLETED || this == WITHDRAWN;
  }
}
