package vn.gov.tasktracking.inspection;

import static vn.gov.tasktracking.inspection.InspectionVariables.inspectionId;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.system.FormDates;
import vn.gov.tasktracking.system.InvalidInputException;

/**
 * The steps of {@code inspection-visit} and {@code inspection-petition}, called from the models as
 * {@code ${inspectionSteps.method(execution)}} or task listeners: each reads the variables, calls
 * {@link InspectionService}, writes variables. Tasklist's forms send lists as text, one item per line.
 */
@Component("inspectionSteps")
public class InspectionSteps {

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

  private final InspectionService inspections;

  InspectionSteps(InspectionService inspections) {
    this.inspections = inspections;
  }

  // Listeners are bound as delegate expressions (${inspectionSteps.planDecidedListener}): the engine then passes a
  // refusal on as it is, and Tasklist shows its Vietnamese message.

  public ExecutionListener getPlannedListener() {
    return this::planned;
  }

  public TaskListener getPlanDecidedListener() {
    return this::planDecided;
  }

  public TaskListener getReportSubmittedListener() {
    return this::reportSubmitted;
  }

  public TaskListener getFindingsRecordedListener() {
    return this::findingsRecorded;
  }

  public TaskListener getConcludedListener() {
    return this::concluded;
  }

  public TaskListener getPetitionRoutedListener() {
    return this::petitionRouted;
  }

  public TaskListener getPetitionAnsweredListener() {
    return this::petitionAnswered;
  }

  /** Start: a plan from Tasklist's start form is recorded here; one from REST arrives recorded. */
  void planned(DelegateExecution execution) {
    if (execution.getProcessBusinessKey() != null) {
      return;
    }
    InspectionService.Planned planned = inspections.planStartedProcess(
        new InspectionRequests.Plan(text(execution, "unit"), date(execution, "periodFrom"), date(execution, "periodTo"),
            date(execution, "visitDate"), date(execution, "reportDueOn"), text(execution, "leader"),
            usernames(text(execution, "members")), text(execution, "content")),
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(planned.businessKey());
    execution.setVariables(planned.variables());
  }

  void planDecided(DelegateTask task) {
    String members = text(task, InspectionVariables.PLANNED_MEMBERS);
    task.setVariables(inspections.decidePlan(inspectionId(task), new InspectionRequests.PlanDecision(
        text(task, InspectionVariables.PLAN_DECISION), date(task, InspectionVariables.VISIT_DATE),
        date(task, InspectionVariables.REPORT_DUE_ON), members == null ? null : usernames(members),
        text(task, InspectionVariables.CONTENT), text(task, InspectionVariables.PLAN_COMMENT))));
  }

  public void freezeFigures(DelegateExecution execution) {
    inspections.freezeFigures(inspectionId(execution));
  }

  public void requestReport(DelegateExecution execution) {
    InspectionService.ReportSchedule schedule = inspections.requestReport(inspectionId(execution));
    execution.setVariable(InspectionVariables.REPORT_REMIND_AT, Date.from(schedule.remindAt()));
    execution.setVariable(InspectionVariables.REPORT_DUE_AT, Date.from(schedule.dueAt()));
    execution.setVariable(InspectionVariables.VISIT_STARTS_AT, Date.from(schedule.visitStartsAt()));
    execution.setVariable(InspectionVariables.EXPLANATIONS, schedule.lateTaskLines());
  }

  public void remindReport(DelegateExecution execution) {
    inspections.remindReport(inspectionId(execution));
  }

  public void markReportLate(DelegateExecution execution) {
    inspections.markReportLate(inspectionId(execution));
  }

  public void recordReportMissing(DelegateExecution execution) {
    inspections.recordReportMissing(inspectionId(execution));
  }

  /** "Báo cáo phục vụ kiểm tra" completed in Tasklist; explanations as lines "NV-2017-000012: text". */
  void reportSubmitted(DelegateTask task) {
    // Only the product's API sends the mark (a person's completion carrying it is refused by security.StepGuard);
    // and it counts only when the report really is on record (issue 12, M3).
    if (recordedByApi(task) && inspections.reportRecorded(inspectionId(task))) {
      return;
    }
    List<InspectionRequests.Explanation> explanations = new ArrayList<>();
    for (String line : lines(text(task, InspectionVariables.EXPLANATIONS))) {
      int colon = line.indexOf(':');
      explanations.add(colon < 0
          ? new InspectionRequests.Explanation(line, null)
          : new InspectionRequests.Explanation(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
    }
    inspections.submitReport(inspectionId(task), new InspectionRequests.UnitReport(explanations,
        text(task, InspectionVariables.KEY_RESULTS), text(task, InspectionVariables.DIFFICULTIES),
        text(task, InspectionVariables.CAUSES), lines(text(task, InspectionVariables.PETITIONS))));
  }

  /** One member's "Ghi nhận phát hiện" completed; a member may have added findings through REST before. */
  void findingsRecorded(DelegateTask task) {
    if (recordedByApi(task)) {
      return;
    }
    List<String> findings = lines(text(task, InspectionVariables.FINDINGS));
    if (!findings.isEmpty()) {
      // The member is the step's assignee (the engine set it from the group's list), not a variable a person could send.
      inspections.addFindings(inspectionId(task), task.getAssignee(), findings);
    }
    // The next member's form starts empty.
    task.removeVariable(InspectionVariables.FINDINGS);
  }

  /** "Ban hành kết luận" completed in Tasklist; requirements as lines "content | dd/MM/yyyy". */
  void concluded(DelegateTask task) {
    if (recordedByApi(task)) {
      return;
    }
    List<InspectionRequests.Requirement> requirements = new ArrayList<>();
    List<String> lines = lines(text(task, InspectionVariables.REQUIREMENTS));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int bar = line.lastIndexOf('|');
      requirements.add(bar < 0
          ? new InspectionRequests.Requirement(line, null)
          : new InspectionRequests.Requirement(line.substring(0, bar).trim(), deadline(line.substring(bar + 1).trim(), i + 1)));
    }
    inspections.conclude(inspectionId(task), new InspectionRequests.Conclusion(text(task, InspectionVariables.ASSESSMENT), requirements));
  }

  /** The collection of "Ghi nhận phát hiện": the leader and every member. */
  public List<String> group(DelegateExecution execution) {
    return usernames(text(execution, InspectionVariables.GROUP_MEMBERS));
  }

  /** The collection of the requirements' call activity: their register numbers. */
  public List<String> requirementNumbers(DelegateExecution execution) {
    return inspections.requirementNumbers(inspectionId(execution));
  }

  public void forwardPetitions(DelegateExecution execution) {
    execution.setVariable("petitionCount", inspections.forwardPetitions(inspectionId(execution)));
  }

  void petitionRouted(DelegateTask task) {
    inspections.routePetition(petitionId(task), text(task, InspectionVariables.DECIDER));
  }

  void petitionAnswered(DelegateTask task) {
    inspections.answerPetition(petitionId(task), text(task, InspectionVariables.ANSWER));
  }

  /** The petition from the process's business key (KT-12-KN-3), not from a variable. */
  private long petitionId(DelegateTask task) {
    return inspections.petitionId(inspectionId(task), InspectionVariables.petitionPosition(task));
  }

  private static boolean recordedByApi(VariableScope scope) {
    return Boolean.TRUE.equals(scope.getVariable(InspectionVariables.RECORDED_BY_API));
  }

  private static LocalDate deadline(String text, int row) {
    try {
      return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("requirements",
          "Yêu cầu thứ " + row + ": thời hạn '" + text + "' không đúng dạng ngày/tháng/năm (ví dụ 30/06/2026).");
    }
  }

  /** The non-empty lines of a text area. */
  static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.stream(text.split("\\r?\\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Usernames separated by commas, semicolons, spaces or lines. */
  static List<String> usernames(String text) {
    return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    // strip, not trim: trim would also drop control characters, which the inspection's checks must see.
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static LocalDate date(VariableScope scope, String name) {
    return FormDates.parse(scope.getVariable(name), name);
  }

}
