package vn.gov.tasktracking.deadline.internal;

import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.TaskOfProcess;
import vn.gov.tasktracking.system.InvalidInputException;

/**
 * On every change of a step of task-assignment: a due date set by hand in Tasklist would leave the
 * reminder timers behind, so it is refused; the deadline moves only through an approved extension.
 */
@Component("dueDateGuard")
class DueDateGuard implements TaskListener {

  private final TaskOfProcess taskOfProcess;

  DueDateGuard(TaskOfProcess taskOfProcess) {
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void notify(DelegateTask task) {
    // An update that leaves the due date alone (the follow-up date each reminder moves, a claim)
    // cannot
    // set a wrong one: the register is read only when the due date is among the step's changes.
    if (task instanceof TaskEntity entity
        && !entity.getPropertyChanges().containsKey(TaskEntity.DUE_DATE)) {
      return;
    }
    // The register's current deadline, found by the process's register number: a variable could
    // have been
    // changed just before (issue 12, H3), the register moves only with an approved extension.
    Date deadline = AssignmentService.dueDate(taskOfProcess.of(task).deadline());
    if (!Objects.equals(
        task.getDueDate() == null ? null : task.getDueDate().getTime(),
        deadline == null ? null : deadline.getTime())) {
      throw InvalidInputException.of(
          "dueDate",
          "Hạn xử lý chỉ thay đổi qua đề nghị gia hạn được người giao chấp thuận; không sửa trực tiếp trong Tasklist.");
    }
  }
}
