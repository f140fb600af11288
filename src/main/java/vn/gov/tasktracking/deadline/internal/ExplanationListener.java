package vn.gov.tasktracking.deadline.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.ProcessVariables;
import vn.gov.tasktracking.assignment.TaskOfProcess;

/** "Giải trình việc chậm hạn" completed: the unit's explanation is kept with the task. */
@Component("explanationListener")
class ExplanationListener implements TaskListener {

  private final DeadlineWatch watch;
  private final TaskOfProcess taskOfProcess;

  ExplanationListener(DeadlineWatch watch, TaskOfProcess taskOfProcess) {
    this.watch = watch;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void notify(DelegateTask task) {
    watch.recordExplanation(
        taskOfProcess.id(task), (String) task.getVariable(ProcessVariables.EXPLANATION));
  }
}
