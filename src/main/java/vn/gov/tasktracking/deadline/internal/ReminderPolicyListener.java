package vn.gov.tasktracking.deadline.internal;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.ProcessVariables;

/**
 * End of "Xác định chính sách nhắc việc": the decision's result becomes four plain variables, which
 * every reminder reads; a plain variable costs the timers far less than a serialized map.
 */
@Component("reminderPolicyListener")
class ReminderPolicyListener implements ExecutionListener {

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    Map<String, Object> decision =
        (Map<String, Object>) execution.getVariable(ProcessVariables.REMINDER_POLICY);
    execution.removeVariable(ProcessVariables.REMINDER_POLICY);
    execution.setVariable(ProcessVariables.REMIND_DAYS_BEFORE, decision.get("remindDaysBefore"));
    execution.setVariable(
        ProcessVariables.OVERDUE_REPEAT_DAYS,
        ((Number) decision.get("overdueRepeatDays")).intValue());
    execution.setVariable(
        ProcessVariables.ESCALATE_AFTER_DAYS,
        ((Number) decision.get("escalateAfterDays")).intValue());
    execution.setVariable(
        ProcessVariables.ASK_EXPLANATION, Boolean.TRUE.equals(decision.get("askExplanation")));
    execution.setVariable(ProcessVariables.EXPLANATION_DUE, false);
  }
}
