package vn.gov.tasktracking.assignment.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.TaskOfProcess;

/**
 * Used in the model as {@code ${unitList.of(execution)}}: the coordinating units of the task, the
 * collection of "Góp ý phối hợp", as the register holds them for the process's register number (its
 * business key), not from a variable.
 */
@Component("unitList")
public class UnitListExpression {

  private final TaskOfProcess taskOfProcess;
  private final AssignmentService assignment;

  UnitListExpression(TaskOfProcess taskOfProcess, AssignmentService assignment) {
    this.taskOfProcess = taskOfProcess;
    this.assignment = assignment;
  }

  public List<String> of(DelegateExecution execution) {
    return assignment.task(taskOfProcess.id(execution)).coordinatingUnits();
  }
}
