package vn.gov.tasktracking.assignment.internal;

import static vn.gov.tasktracking.assignment.ProcessVariables.PROGRESS_NOTE;
import static vn.gov.tasktracking.assignment.ProcessVariables.PROGRESS_PERCENT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.TaskOfProcess;

/**
 * A progress update completed: the update is recorded. The step "Cập nhật tiến độ" of instances
 * started before the officer had one step ({@code Task_ReportProgress}) calls it; {@link
 * WorkStepListener} calls it for "Thực hiện nhiệm vụ" when the officer chose progress. Keep it
 * while such instances run.
 */
@Component("progressReportListener")
class ProgressReportListener implements TaskListener {

  private final AssignmentService assignment;
  private final TaskOfProcess taskOfProcess;

  ProgressReportListener(AssignmentService assignment, TaskOfProcess taskOfProcess) {
    this.assignment = assignment;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void notify(DelegateTask task) {
    Object percent = task.getVariable(PROGRESS_PERCENT);
    assignment.recordProgress(
        taskOfProcess.id(task),
        percent instanceof Number n ? Integer.valueOf(n.intValue()) : null,
        (String) task.getVariable(PROGRESS_NOTE));
  }
}
