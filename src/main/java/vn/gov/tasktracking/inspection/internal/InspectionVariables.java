package vn.gov.tasktracking.inspection.internal;

/**
 * Names of the variables of {@code inspection-visit} and {@code inspection-petition};
 * processes/README.md describes each.
 */
public final class InspectionVariables {
  public static final String INSPECTION_ID = "inspectionId";
  public static final String INSPECTION_SUMMARY = "inspectionSummary";
  public static final String UNIT = "unit";
  public static final String LEADER = "leader";
  public static final String GROUP_MEMBERS = "groupMembers";
  static final String MEMBER = "member";
  public static final String PLANNED_MEMBERS = "plannedMembers";
  public static final String VISIT_DATE = "visitDate";
  public static final String REPORT_DUE_ON = "reportDueOn";
  public static final String CONTENT = "content";
  static final String PLAN_DECISION = "planDecision";
  static final String PLAN_COMMENT = "planComment";
  static final String REPORT_REMIND_AT = "reportRemindAt";
  static final String REPORT_DUE_AT = "reportDueAt";
  static final String VISIT_STARTS_AT = "visitStartsAt";
  static final String EXPLANATIONS = "explanations";
  static final String KEY_RESULTS = "keyResults";
  static final String DIFFICULTIES = "difficulties";
  static final String CAUSES = "causes";
  static final String PETITIONS = "petitions";
  static final String FINDINGS = "findings";
  static final String ASSESSMENT = "assessment";
  static final String REQUIREMENTS = "requirements";
  static final String REQUIREMENT_NUMBERS = "requirementNumbers";
  static final String REQUIREMENT_NUMBER = "requirementNumber";
  public static final String PETITION_ID = "petitionId";
  public static final String PETITION_SUMMARY = "petitionSummary";
  public static final String DECIDER_OPTIONS = "deciderOptions";
  static final String DECIDER = "decider";
  static final String ANSWER = "answer";

  /**
   * Transient: the step was recorded through REST before the task was completed, the listener has
   * nothing to do.
   */
  public static final String RECORDED_BY_API = "recordedByApi";

  private InspectionVariables() {}

  /**
   * The inspection a step of {@code inspection-visit} or {@code inspection-petition} works on, from
   * the process instance's business key ({@code KT-12}, or {@code KT-12-KN-3} for a petition),
   * never from a variable a person completing a step could send (issue 12, H1).
   */
  static long inspectionId(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    return inspectionId(execution.getProcessBusinessKey());
  }

  static long inspectionId(org.camunda.bpm.engine.delegate.DelegateTask task) {
    return inspectionId(task.getExecution().getProcessBusinessKey());
  }

  /** The position of a petition in its inspection's report, from {@code KT-12-KN-3}. */
  static int petitionPosition(org.camunda.bpm.engine.delegate.DelegateTask task) {
    String key = task.getExecution().getProcessBusinessKey();
    int at = key == null ? -1 : key.indexOf(PETITION_INFIX);
    if (at < 0) {
      throw new IllegalStateException("not a petition's business key: " + key);
    }
    return Integer.parseInt(key.substring(at + PETITION_INFIX.length()));
  }

  public static final String PETITION_INFIX = "-KN-";

  private static long inspectionId(String businessKey) {
    String prefix = vn.gov.tasktracking.notification.NotificationSettings.INSPECTION_PREFIX;
    if (businessKey == null || !businessKey.startsWith(prefix)) {
      throw new IllegalStateException("not an inspection's business key: " + businessKey);
    }
    int end = businessKey.indexOf(PETITION_INFIX);
    return Long.parseLong(
        businessKey.substring(prefix.length(), end < 0 ? businessKey.length() : end));
  }
}
