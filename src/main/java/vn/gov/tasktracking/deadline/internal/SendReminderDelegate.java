package vn.gov.tasktracking.deadline.internal;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.ProcessTask;
import vn.gov.tasktracking.assignment.ProcessVariables;
import vn.gov.tasktracking.assignment.TaskOfProcess;

/**
 * "Nhắc việc, đánh dấu quá hạn, báo cáo người giao; tính mốc tiếp theo": what the reminder that
 * fell due does, then the timer of the next one.
 */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

  private final DeadlineWatch watch;
  private final ScheduleReminderDelegate next;
  private final TaskOfProcess taskOfProcess;

  SendReminderDelegate(
      DeadlineWatch watch, ScheduleReminderDelegate next, TaskOfProcess taskOfProcess) {
    this.watch = watch;
    this.next = next;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessTask task = taskOfProcess.of(execution);
    boolean explanationDue =
        watch.fire(
            task.id(),
            task.deadline(),
            ReminderPolicies.of(execution),
            ReminderKind.valueOf((String) execution.getVariable(ProcessVariables.REMINDER_KIND)),
            ((Date) execution.getVariable(ProcessVariables.NEXT_REMINDER_AT)).toInstant());
    if (explanationDue
        || Boolean.TRUE.equals(execution.getVariable(ProcessVariables.EXPLANATION_DUE))) {
      execution.setVariable(ProcessVariables.EXPLANATION_DUE, explanationDue);
    }
    next.schedule(execution, task.deadline());
  }
}
