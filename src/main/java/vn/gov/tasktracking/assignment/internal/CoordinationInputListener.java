package vn.gov.tasktracking.assignment.internal;

import static vn.gov.tasktracking.assignment.ProcessVariables.COORDINATING_UNIT;
import static vn.gov.tasktracking.assignment.ProcessVariables.COORDINATION_INPUT;
import static vn.gov.tasktracking.assignment.ProcessVariables.COORDINATION_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.TaskOfProcess;

/** "Góp ý phối hợp" completed: the input is kept with the task and shown to the lead officer. */
@Component("coordinationInputListener")
class CoordinationInputListener implements TaskListener {

  private final AssignmentService assignment;
  private final TaskOfProcess taskOfProcess;

  CoordinationInputListener(AssignmentService assignment, TaskOfProcess taskOfProcess) {
    this.assignment = assignment;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void notify(DelegateTask task) {
    // The unit is the step's own element of the multi-instance, whose collection comes from the
    // register;
    // recordCoordination checks it is one of the register's coordinating units of this task.
    String summary =
        assignment.recordCoordination(
            taskOfProcess.id(task),
            (String) task.getExecution().getVariableLocal(COORDINATING_UNIT),
            (String) task.getVariable(COORDINATION_INPUT));
    task.getExecution().getProcessInstance().setVariable(COORDINATION_SUMMARY, summary);
  }
}
