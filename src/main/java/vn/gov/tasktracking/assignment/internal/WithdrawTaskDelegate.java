package vn.gov.tasktracking.assignment.internal;

import static vn.gov.tasktracking.assignment.ProcessVariables.WITHDRAWN_BY;
import static vn.gov.tasktracking.assignment.ProcessVariables.WITHDRAW_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.TaskOfProcess;

/** "Ghi nhận rút nhiệm vụ": the register says withdrawn, the unit is told. */
@Component("withdrawTaskDelegate")
class WithdrawTaskDelegate implements JavaDelegate {

  private final AssignmentService assignment;
  private final TaskOfProcess taskOfProcess;

  WithdrawTaskDelegate(AssignmentService assignment, TaskOfProcess taskOfProcess) {
    this.assignment = assignment;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignment.withdraw(
        taskOfProcess.id(execution),
        (String) execution.getVariable(WITHDRAW_REASON),
        (String) execution.getVariable(WITHDRAWN_BY));
  }
}
