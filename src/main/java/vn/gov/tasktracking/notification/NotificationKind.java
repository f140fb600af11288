package vn.gov.tasktracking.notification;

import vn.gov.tasktracking.notification.internal.NotificationTemplates;

/**
 * What a notification tells; each kind has its Vietnamese texts in {@link NotificationTemplates}.
 * The recipients named here are the usual ones; the caller chooses them from the directory.
 */
public enum NotificationKind {
  /** To the lead unit's focal points and leaders. */
  NEW_TASK("Nhiệm vụ mới"),
  /** To the officer the unit named. */
  TASK_ASSIGNED("Được giao thực hiện nhiệm vụ"),
  /** To the Office: the lead unit says the task is not theirs. */
  TASK_RETURNED_BY_UNIT("Đơn vị trả lại nhiệm vụ"),
  /** To the officer: a coordinating unit's input. */
  COORDINATION_INPUT("Ý kiến phối hợp"),
  /** To the unit's leaders: a result waits for their sign-off. */
  RESULT_AWAITING_SIGNOFF("Kết quả chờ lãnh đạo duyệt"),
  /** To the Office: the unit reports its result. */
  RESULT_REPORTED("Đơn vị báo cáo kết quả"),
  /** To the officer. */
  RESULT_RETURNED_BY_LEADER("Lãnh đạo đơn vị trả lại kết quả"),
  /** To the officer. */
  RESULT_RETURNED_BY_OFFICE("Văn phòng UBND tỉnh trả lại kết quả"),
  /** To the unit's focal points and leaders: the Office accepted the result. */
  RESULT_ACCEPTED("Kết quả được công nhận"),
  /** To the unit's focal points, leaders and officer. */
  TASK_WITHDRAWN("Nhiệm vụ được rút"),
  /** To the officer and focal point, before the deadline and on the deadline day. */
  REMINDER("Nhắc hạn xử lý"),
  /** To the unit's leaders and the Office, after the deadline. */
  OVERDUE("Nhiệm vụ quá hạn"),
  /** To the issuer: a task is long overdue. */
  ESCALATION("Báo cáo nhiệm vụ quá hạn kéo dài"),
  /** To the unit: an explanation of the delay is due. */
  EXPLANATION_REQUESTED("Yêu cầu giải trình"),
  /** To the unit: the deadline moves. */
  EXTENSION_APPROVED("Đồng ý gia hạn"),
  /** To the unit: the deadline stays. */
  EXTENSION_REJECTED("Không đồng ý gia hạn"),
  /** To the inspected unit's leaders and focal points: the working group comes, a report is due. */
  INSPECTION_ANNOUNCED("Thông báo kiểm tra của Tổ công tác"),
  /** To the inspected unit's leaders and focal points, before the report is due. */
  INSPECTION_REPORT_REMINDER("Nhắc gửi báo cáo phục vụ kiểm tra"),
  /** To the Office and the unit: no report by its date. */
  INSPECTION_REPORT_LATE("Đơn vị chưa gửi báo cáo phục vụ kiểm tra"),
  /** To the inspected unit: the conclusion notice is issued. */
  INSPECTION_CONCLUDED("Thông báo kết luận kiểm tra"),
  /** To the inspected unit: the answer to one of its petitions. */
  PETITION_ANSWERED("Trả lời kiến nghị");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  /** Vietnamese name, as the inbox and the log show it. */
  public String label() {
    return label;
  }
}
