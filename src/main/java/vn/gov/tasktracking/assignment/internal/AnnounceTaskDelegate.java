package vn.gov.tasktracking.assignment.internal;

import static vn.gov.tasktracking.assignment.ProcessVariables.UNIT_OFFICERS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.ProcessVariables;
import vn.gov.tasktracking.assignment.TaskOfProcess;

/** "Ghi nhận vào sổ, báo đơn vị chủ trì": the task waits for its unit, whose people are told. */
@Component("announceTaskDelegate")
class AnnounceTaskDelegate implements JavaDelegate {

  private final AssignmentService assignment;
  private final TaskOfProcess taskOfProcess;

  AnnounceTaskDelegate(AssignmentService assignment, TaskOfProcess taskOfProcess) {
    this.assignment = assignment;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AssignmentService.Announcement announcement =
        assignment.announceToLeadUnit(
            taskOfProcess.id(execution), execution.getProcessInstanceId());
    execution.setVariable(UNIT_OFFICERS, Spin.JSON(announcement.officerOptions()));
    execution.setVariable(ProcessVariables.KEY_TASK, announcement.keyTask());
  }
}
