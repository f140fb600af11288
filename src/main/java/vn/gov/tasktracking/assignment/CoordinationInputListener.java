package vn.gov.tasktracking.assignment;

import static vn.gov.tasktracking.assignment.ProcessVariables.COORDINATING_UNIT;
import static vn.gov.tasktracking.assignment.ProcessVariables.COORDINATION_INPUT;
import static vn.gov.tasktracking.assignment.ProcessVariables.COORDINATION_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Góp ý phối hợp" completed: the input is kept with the task and shown to the lead officer. */
@Component("coordinationInputListener")
class CoordinationInputListener implements TaskListener {

  private final AssignmentService assignment;

  CoordinationInputListener(AssignmentService assignment) {
    this.assignment = assignment;
  }

  @Override
  public void notify(DelegateTask task) {
    String summary =
        assignment.recordCoordination(
            ProcessVariables.taskId(task),
            (String) task.getVariable(COORDINATING_UNIT),
            (String) task.getVariable(COORDINATION_INPUT));
    task.getExecution().getProcessInstance().setVariable(COORDINATION_SUMMARY, summary);
  }
}
