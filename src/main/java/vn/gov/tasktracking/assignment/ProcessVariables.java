package vn.gov.tasktracking.assignment;

/**
 * Names of the variables of {@code task-assignment}; processes/README.md describes each. The
 * register is the record; these variables only carry what the steps and forms need.
 */
public final class ProcessVariables {
  public static final String TASK_ID = "taskId";
  public static final String TASK_SUMMARY = "taskSummary";
  public static final String LEAD_UNIT = "leadUnit";
  public static final String COORDINATING_UNITS = "coordinatingUnits";
  public static final String COORDINATING_UNIT = "coordinatingUnit";
  public static final String DUE_DATE = "dueDate";
  public static final String KEY_TASK = "keyTask";
  public static final String OFFICER = "officer";
  public static final String UNIT_OFFICERS = "unitOfficers";
  public static final String UNIT_OPTIONS = "unitOptions";
  public static final String UNIT_LEADERS = "unitLeaders";
  public static final String RECEIVE_DECISION = "receiveDecision";
  public static final String RETURN_REASON = "returnReason";
  public static final String MISADDRESSED_DECISION = "misaddressedDecision";
  public static final String NEW_LEAD_UNIT = "newLeadUnit";
  public static final String COORDINATION_INPUT = "coordinationInput";
  public static final String COORDINATION_SUMMARY = "coordinationSummary";
  public static final String PROGRESS_PERCENT = "progressPercent";
  public static final String PROGRESS_NOTE = "progressNote";
  public static final String RESULT_TEXT = "resultText";
  public static final String RESULT_DOCUMENT = "resultDocument";
  public static final String LEADER_DECISION = "leaderDecision";
  public static final String LEADER_COMMENT = "leaderComment";
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String REMINDER_POLICY = "reminderPolicy";
  public static final String REMIND_DAYS_BEFORE = "remindDaysBefore";
  public static final String OVERDUE_REPEAT_DAYS = "overdueRepeatDays";
  public static final String ESCALATE_AFTER_DAYS = "escalateAfterDays";
  public static final String ASK_EXPLANATION = "askExplanation";
  public static final String NEXT_REMINDER_AT = "nextReminderAt";
  public static final String REMINDER_KIND = "reminderKind";
  public static final String EXPLANATION_DUE = "explanationDue";
  public static final String EXPLANATION = "explanation";
  public static final String EXTENSION_ID = "extensionId";
  public static final String EXTENSION_SUMMARY = "extensionSummary";
  public static final String EXTENSION_DECIDERS = "extensionDeciders";
  public static final String EXTENSION_DECISION = "extensionDecision";
  public static final String APPROVED_DEADLINE = "approvedDeadline";
  public static final String EXTENSION_COMMENT = "extensionComment";
  public static final String WITHDRAW_REASON = "withdrawReason";
  public static final String WITHDRAWN_BY = "withdrawnBy";

  private ProcessVariables() {}
}
