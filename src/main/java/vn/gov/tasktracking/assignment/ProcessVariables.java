package vn.gov.tasktracking.assignment;

/**
 * Names of the variables of {@code task-assignment}; processes/README.md describes each. The
 * register is the record; these variables only carry what the steps and forms need.
 */
final class ProcessVariables {
  static final String TASK_ID = "taskId";
  static final String TASK_SUMMARY = "taskSummary";
  static final String LEAD_UNIT = "leadUnit";
  static final String COORDINATING_UNITS = "coordinatingUnits";
  static final String COORDINATING_UNIT = "coordinatingUnit";
  static final String DUE_DATE = "dueDate";
  static final String KEY_TASK = "keyTask";
  static final String OFFICER = "officer";
  static final String UNIT_OFFICERS = "unitOfficers";
  static final String UNIT_OPTIONS = "unitOptions";
  static final String UNIT_LEADERS = "unitLeaders";
  static final String RECEIVE_DECISION = "receiveDecision";
  static final String RETURN_REASON = "returnReason";
  static final String MISADDRESSED_DECISION = "misaddressedDecision";
  static final String NEW_LEAD_UNIT = "newLeadUnit";
  static final String COORDINATION_INPUT = "coordinationInput";
  static final String COORDINATION_SUMMARY = "coordinationSummary";
  static final String PROGRESS_PERCENT = "progressPercent";
  static final String PROGRESS_NOTE = "progressNote";
  static final String RESULT_TEXT = "resultText";
  static final String RESULT_DOCUMENT = "resultDocument";
  static final String LEADER_DECISION = "leaderDecision";
  static final String LEADER_COMMENT = "leaderComment";
  static final String REVIEW_DECISION = "reviewDecision";
  static final String REVIEW_COMMENT = "reviewComment";
  static final String REMINDER_POLICY = "reminderPolicy";
  static final String REMIND_DAYS_BEFORE = "remindDaysBefore";
  static final String OVERDUE_REPEAT_DAYS = "overdueRepeatDays";
  static final String ESCALATE_AFTER_DAYS = "escalateAfterDays";
  static final String ASK_EXPLANATION = "askExplanation";
  static final String NEXT_REMINDER_AT = "nextReminderAt";
  static final String REMINDER_KIND = "reminderKind";
  static final String EXPLANATION_DUE = "explanationDue";
  static final String EXPLANATION = "explanation";
  static final String EXTENSION_ID = "extensionId";
  static final String EXTENSION_SUMMARY = "extensionSummary";
  static final String EXTENSION_DECIDERS = "extensionDeciders";
  static final String EXTENSION_DECISION = "extensionDecision";
  static final String APPROVED_DEADLINE = "approvedDeadline";
  static final String EXTENSION_COMMENT = "extensionComment";
  static final String WITHDRAW_REASON = "withdrawReason";
  static final String WITHDRAWN_BY = "withdrawnBy";

  private ProcessVariables() {}

  /** The task's reminder policy, as the decision gave it when its watch started. */
  static vn.gov.tasktracking.deadline.ReminderPolicy reminderPolicy(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return reminderPolicy(scope::getVariable);
  }

  /** The reminder policy from the variables {@code variable} reads; null before the watch started. */
  static vn.gov.tasktracking.deadline.ReminderPolicy reminderPolicy(java.util.function.Function<String, Object> variable) {
    if (variable.apply(REMIND_DAYS_BEFORE) == null) {
      return null;
    }
    return new vn.gov.tasktracking.deadline.ReminderPolicy(
        vn.gov.tasktracking.deadline.ReminderPolicy.days((String) variable.apply(REMIND_DAYS_BEFORE)),
        ((Number) variable.apply(OVERDUE_REPEAT_DAYS)).intValue(),
        ((Number) variable.apply(ESCALATE_AFTER_DAYS)).intValue(),
        Boolean.TRUE.equals(variable.apply(ASK_EXPLANATION)));
  }

}
