package vn.gov.tasktracking.assignment.internal;

import static vn.gov.tasktracking.assignment.ProcessVariables.COORDINATION_SUMMARY;
import static vn.gov.tasktracking.assignment.ProcessVariables.OFFICER;
import static vn.gov.tasktracking.assignment.ProcessVariables.RECEIVE_DECISION;
import static vn.gov.tasktracking.assignment.ProcessVariables.RETURN_REASON;
import static vn.gov.tasktracking.assignment.ProcessVariables.UNIT_LEADERS;
import static vn.gov.tasktracking.assignment.ProcessVariables.UNIT_OPTIONS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.ProcessTask;
import vn.gov.tasktracking.assignment.TaskOfProcess;
import vn.gov.tasktracking.system.InvalidInputException;

/** "Tiếp nhận nhiệm vụ" completed: the unit accepted and named an officer, or returned the task. */
@Component("receiveDecisionListener")
class ReceiveDecisionListener implements TaskListener {

  static final String ACCEPT = "ACCEPT";
  static final String RETURN = "RETURN";

  private final AssignmentService assignment;
  private final TaskOfProcess taskOfProcess;

  ReceiveDecisionListener(AssignmentService assignment, TaskOfProcess taskOfProcess) {
    this.assignment = assignment;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void notify(DelegateTask task) {
    ProcessTask registered = taskOfProcess.of(task);
    long taskId = registered.id();
    Object decision = task.getVariable(RECEIVE_DECISION);
    if (ACCEPT.equals(decision)) {
      assignment.acceptByUnit(taskId, (String) task.getVariable(OFFICER));
      task.setVariable(UNIT_LEADERS, assignment.unitLeaders(registered.leadUnit()));
      task.setVariable(COORDINATION_SUMMARY, assignment.coordinationSummary(taskId));
    } else if (RETURN.equals(decision)) {
      assignment.returnAsMisaddressed(taskId, (String) task.getVariable(RETURN_REASON));
      task.setVariable(UNIT_OPTIONS, Spin.JSON(assignment.unitOptions(registered.leadUnit())));
    } else {
      throw InvalidInputException.of(RECEIVE_DECISION, "Cần chọn tiếp nhận hoặc trả lại nhiệm vụ.");
    }
  }
}
