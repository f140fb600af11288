package vn.gov.tasktracking.deadline.internal;

import static vn.gov.tasktracking.assignment.ProcessVariables.ASK_EXPLANATION;
import static vn.gov.tasktracking.assignment.ProcessVariables.ESCALATE_AFTER_DAYS;
import static vn.gov.tasktracking.assignment.ProcessVariables.OVERDUE_REPEAT_DAYS;
import static vn.gov.tasktracking.assignment.ProcessVariables.REMIND_DAYS_BEFORE;

import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A task's reminder policy as its process holds it: the decision's answer, written when its watch
 * started.
 */
final class ReminderPolicies {

  private ReminderPolicies() {}

  static ReminderPolicy of(VariableScope scope) {
    return of(scope::getVariable);
  }

  /**
   * The reminder policy from the variables {@code variable} reads; null before the watch started.
   */
  static ReminderPolicy of(Function<String, Object> variable) {
    if (variable.apply(REMIND_DAYS_BEFORE) == null) {
      return null;
    }
    return new ReminderPolicy(
        ReminderPolicy.days((String) variable.apply(REMIND_DAYS_BEFORE)),
        ((Number) variable.apply(OVERDUE_REPEAT_DAYS)).intValue(),
        ((Number) variable.apply(ESCALATE_AFTER_DAYS)).intValue(),
        Boolean.TRUE.equals(variable.apply(ASK_EXPLANATION)));
  }
}
