package vn.gov.tasktracking.deadline.internal;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.ProcessVariables;
import vn.gov.tasktracking.assignment.TaskOfProcess;

/**
 * "Tính mốc nhắc việc đầu tiên": sets the timer of the first reminder, or none without a deadline.
 * Each reminder then sets the next one ({@link SendReminderDelegate}).
 */
@Component("scheduleReminderDelegate")
class ScheduleReminderDelegate implements JavaDelegate {

  private final DeadlineWatch watch;
  private final TaskOfProcess taskOfProcess;

  ScheduleReminderDelegate(DeadlineWatch watch, TaskOfProcess taskOfProcess) {
    this.watch = watch;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    schedule(execution, taskOfProcess.of(execution).deadline());
  }

  /**
   * @param deadline the register's current deadline of the task
   */
  void schedule(DelegateExecution execution, java.time.LocalDate deadline) {
    Optional<ReminderEvent> next =
        watch.scheduleNext(
            deadline, ReminderPolicies.of(execution), execution.getProcessInstanceId());
    execution.setVariable(
        ProcessVariables.NEXT_REMINDER_AT, next.map(e -> Date.from(e.at())).orElse(null));
    execution.setVariable(
        ProcessVariables.REMINDER_KIND, next.map(e -> e.kind().name()).orElse(null));
  }
}
