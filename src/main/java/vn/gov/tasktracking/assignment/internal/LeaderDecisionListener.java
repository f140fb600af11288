package vn.gov.tasktracking.assignment.internal;

import static vn.gov.tasktracking.assignment.ProcessVariables.LEADER_COMMENT;
import static vn.gov.tasktracking.assignment.ProcessVariables.LEADER_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.TaskOfProcess;
import vn.gov.tasktracking.system.InvalidInputException;

/** "Lãnh đạo đơn vị duyệt kết quả" completed: signed off to the Office, or back to the officer. */
@Component("leaderDecisionListener")
class LeaderDecisionListener implements TaskListener {

  static final String APPROVE = "APPROVE";
  static final String RETURN = "RETURN";

  private final AssignmentService assignment;
  private final TaskOfProcess taskOfProcess;

  LeaderDecisionListener(AssignmentService assignment, TaskOfProcess taskOfProcess) {
    this.assignment = assignment;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(LEADER_DECISION);
    if (!APPROVE.equals(decision) && !RETURN.equals(decision)) {
      throw InvalidInputException.of(LEADER_DECISION, "Cần chọn duyệt hoặc trả lại kết quả.");
    }
    assignment.leaderDecision(
        taskOfProcess.id(task),
        APPROVE.equals(decision),
        (String) task.getVariable(LEADER_COMMENT));
  }
}
