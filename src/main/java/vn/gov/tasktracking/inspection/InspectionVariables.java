package vn.gov.tasktracking.inspection;

/** Names of the variables of {@code inspection-visit} and {@code inspection-petition}; processes/README.md describes each. */
final class InspectionVariables {
  static final String INSPECTION_ID = "inspectionId";
  static final String INSPECTION_SUMMARY = "inspectionSummary";
  static final String UNIT = "unit";
  static final String LEADER = "leader";
  static final String GROUP_MEMBERS = "groupMembers";
  static final String MEMBER = "member";
  static final String PLANNED_MEMBERS = "plannedMembers";
  static final String VISIT_DATE = "visitDate";
  static final String REPORT_DUE_ON = "reportDueOn";
  static final String CONTENT = "content";
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
  static final String PETITION_ID = "petitionId";
  static final String PETITION_SUMMARY = "petitionSummary";
  static final String DECIDER_OPTIONS = "deciderOptions";
  static final String DECIDER = "decider";
  static final String ANSWER = "answer";
  /** Transient: the step was recorded through REST before the task was completed, the listener has nothing to do. */
  static final String RECORDED_BY_API = "recordedByApi";

  private InspectionVariables() {}

  static long inspectionId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return ((Number) scope.getVariable(INSPECTION_ID)).longValue();
  }
}
