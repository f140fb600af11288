package vn.gov.tasktracking.assignment.internal;

import static vn.gov.tasktracking.assignment.ProcessVariables.REVIEW_COMMENT;
import static vn.gov.tasktracking.assignment.ProcessVariables.REVIEW_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.TaskOfProcess;
import vn.gov.tasktracking.system.InvalidInputException;

/** "Văn phòng xem xét kết quả" completed: accepted, or returned to the officer with comments. */
@Component("officeDecisionListener")
class OfficeDecisionListener implements TaskListener {

  static final String ACCEPT = "ACCEPT";
  static final String RETURN = "RETURN";

  private final AssignmentService assignment;
  private final TaskOfProcess taskOfProcess;

  OfficeDecisionListener(AssignmentService assignment, TaskOfProcess taskOfProcess) {
    this.assignment = assignment;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(REVIEW_DECISION);
    if (!ACCEPT.equals(decision) && !RETURN.equals(decision)) {
      throw InvalidInputException.of(
          REVIEW_DECISION, "Cần chọn công nhận hoàn thành hoặc trả lại kết quả.");
    }
    assignment.officeDecision(
        taskOfProcess.id(task), ACCEPT.equals(decision), (String) task.getVariable(REVIEW_COMMENT));
  }
}
