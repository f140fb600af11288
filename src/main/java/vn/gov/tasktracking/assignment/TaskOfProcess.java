package vn.gov.tasktracking.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.internal.TaskRegister;

/**
 * The register row a step of {@code task-assignment} works on, found from the process instance
 * itself: its business key is the register number. Never from a variable: a person completing a
 * step may send variables, and a variable naming another task would let one unit write into another
 * unit's task (issue 12, H1).
 */
@Component
public class TaskOfProcess {

  private final TaskRegister register;

  TaskOfProcess(TaskRegister register) {
    this.register = register;
  }

  public ProcessTask of(DelegateTask task) {
    return of(task.getExecution());
  }

  public ProcessTask of(DelegateExecution execution) {
    String registerNumber = execution.getProcessBusinessKey();
    if (registerNumber == null) {
      throw new IllegalStateException(
          "process instance " + execution.getProcessInstanceId() + " has no register number");
    }
    return register
        .processTask(registerNumber)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no register row "
                        + registerNumber
                        + " for process instance "
                        + execution.getProcessInstanceId()));
  }

  public long id(DelegateTask task) {
    return of(task).id();
  }

  public long id(DelegateExecution execution) {
    return of(execution).id();
  }
}
