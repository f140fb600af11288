package vn.gov.tasktracking.assignment.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.TaskOfProcess;

/** "Ghi nhận hoàn thành": completed on the date of the accepted submission. */
@Component("completeTaskDelegate")
class CompleteTaskDelegate implements JavaDelegate {

  private final AssignmentService assignment;
  private final TaskOfProcess taskOfProcess;

  CompleteTaskDelegate(AssignmentService assignment, TaskOfProcess taskOfProcess) {
    this.assignment = assignment;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignment.complete(taskOfProcess.id(execution));
  }
}
