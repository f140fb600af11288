package vn.gov.tasktracking.assignment;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.deadline.ReminderKind;

/** "Nhắc việc, đánh dấu quá hạn, báo cáo người giao": what the reminder that fell due does. */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

  private final DeadlineWatch watch;

  SendReminderDelegate(DeadlineWatch watch) {
    this.watch = watch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean explanationDue =
        watch.fire(
            ProcessVariables.taskId(execution),
            ProcessVariables.deadline(execution),
            ProcessVariables.reminderPolicy(execution),
            ReminderKind.valueOf((String) execution.getVariable(ProcessVariables.REMINDER_KIND)),
            ((Date) execution.getVariable(ProcessVariables.NEXT_REMINDER_AT)).toInstant());
    if (explanationDue || Boolean.TRUE.equals(execution.getVariable(ProcessVariables.EXPLANATION_DUE))) {
      execution.setVariable(ProcessVariables.EXPLANATION_DUE, explanationDue);
    }
  }
}
