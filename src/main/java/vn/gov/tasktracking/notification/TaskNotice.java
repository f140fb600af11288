package vn.gov.tasktracking.notification;

import java.time.LocalDate;

/**
 * What a notification about a task says: the values its templates fill in.
 *
 * @param unitName the lead unit's name
 * @param deadline the current deadline, or null when the task has none
 * @param detail what this notification adds: a reason, a comment, an input, a result; or null
 * @param camundaTaskId the Tasklist task the recipient should open, when the caller knows it;
 *     otherwise the link points at the task in the register
 */
public record TaskNotice(
    String registerNumber,
    String content,
    String unitName,
    String directiveNumber,
    String issuerName,
    LocalDate deadline,
    String detail,
    String camundaTaskId) {

  public TaskNotice withDetail(String newDetail) {
    return new TaskNotice(
        registerNumber,
        content,
        unitName,
        directiveNumber,
        issuerName,
        deadline,
        newDetail,
        camundaTaskId);
  }

  public TaskNotice withCamundaTaskId(String taskId) {
    return new TaskNotice(
        registerNumber, content, unitName, directiveNumber, issuerName, deadline, detail, taskId);
  }
}
