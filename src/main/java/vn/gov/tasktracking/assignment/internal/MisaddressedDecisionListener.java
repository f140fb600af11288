package vn.gov.tasktracking.assignment.internal;

import static vn.gov.tasktracking.assignment.ProcessVariables.LEAD_UNIT;
import static vn.gov.tasktracking.assignment.ProcessVariables.MISADDRESSED_DECISION;
import static vn.gov.tasktracking.assignment.ProcessVariables.NEW_LEAD_UNIT;
import static vn.gov.tasktracking.assignment.ProcessVariables.UNIT_OFFICERS;
import static vn.gov.tasktracking.assignment.ProcessVariables.WITHDRAWN_BY;
import static vn.gov.tasktracking.assignment.ProcessVariables.WITHDRAW_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.TaskOfProcess;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.InvalidInputException;

/**
 * "Xử lý nhiệm vụ bị trả lại" completed: the Office gives the task to another unit or withdraws it.
 */
@Component("misaddressedDecisionListener")
class MisaddressedDecisionListener implements TaskListener {

  static final String REASSIGN = "REASSIGN";
  static final String WITHDRAW = "WITHDRAW";

  private final AssignmentService assignment;
  private final CurrentUser currentUser;
  private final TaskOfProcess taskOfProcess;

  MisaddressedDecisionListener(
      AssignmentService assignment, CurrentUser currentUser, TaskOfProcess taskOfProcess) {
    this.assignment = assignment;
    this.currentUser = currentUser;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(MISADDRESSED_DECISION);
    if (REASSIGN.equals(decision)) {
      String unit = (String) task.getVariable(NEW_LEAD_UNIT);
      task.setVariable(UNIT_OFFICERS, Spin.JSON(assignment.reassign(taskOfProcess.id(task), unit)));
      task.setVariable(LEAD_UNIT, unit);
    } else if (WITHDRAW.equals(decision)) {
      String reason = (String) task.getVariable(WITHDRAW_REASON);
      if (reason == null || reason.isBlank()) {
        throw InvalidInputException.of(WITHDRAW_REASON, "Cần nêu lý do rút nhiệm vụ.");
      }
      task.setVariable(WITHDRAWN_BY, currentUser.username());
    } else {
      throw InvalidInputException.of(
          MISADDRESSED_DECISION, "Cần chọn giao đơn vị khác hoặc rút nhiệm vụ.");
    }
  }
}
