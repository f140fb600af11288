package vn.gov.tasktracking.inspection.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Kept for inspections started on the first versions of {@code inspection-visit} and {@code
 * inspection-petition}, whose models call {@code ${inspectionSteps.…}}: it hands each call to the
 * step's own bean, which the current models name directly. Remove it once no such instance runs
 * (Cockpit: the process definitions' older versions without running instances).
 */
@Component("inspectionSteps")
public class InspectionSteps {

  private final InspectionPlannedListener planned;
  private final PlanDecidedListener planDecided;
  private final FreezeFiguresDelegate freezeFigures;
  private final RequestReportDelegate requestReport;
  private final RemindReportDelegate remindReport;
  private final MarkReportLateDelegate markReportLate;
  private final RecordReportMissingDelegate recordReportMissing;
  private final ReportSubmittedListener reportSubmitted;
  private final FindingsRecordedListener findingsRecorded;
  private final ConcludedListener concluded;
  private final ForwardPetitionsDelegate forwardPetitions;
  private final PetitionRoutedListener petitionRouted;
  private final PetitionAnsweredListener petitionAnswered;
  private final InspectionCollections collections;

  InspectionSteps(
      InspectionPlannedListener planned,
      PlanDecidedListener planDecided,
      FreezeFiguresDelegate freezeFigures,
      RequestReportDelegate requestReport,
      RemindReportDelegate remindReport,
      MarkReportLateDelegate markReportLate,
      RecordReportMissingDelegate recordReportMissing,
      ReportSubmittedListener reportSubmitted,
      FindingsRecordedListener findingsRecorded,
      ConcludedListener concluded,
      ForwardPetitionsDelegate forwardPetitions,
      PetitionRoutedListener petitionRouted,
      PetitionAnsweredListener petitionAnswered,
      InspectionCollections collections) {
    this.planned = planned;
    this.planDecided = planDecided;
    this.freezeFigures = freezeFigures;
    this.requestReport = requestReport;
    this.remindReport = remindReport;
    this.markReportLate = markReportLate;
    this.recordReportMissing = recordReportMissing;
    this.reportSubmitted = reportSubmitted;
    this.findingsRecorded = findingsRecorded;
    this.concluded = concluded;
    this.forwardPetitions = forwardPetitions;
    this.petitionRouted = petitionRouted;
    this.petitionAnswered = petitionAnswered;
    this.collections = collections;
  }

  public ExecutionListener getPlannedListener() {
    return planned;
  }

  public TaskListener getPlanDecidedListener() {
    return planDecided;
  }

  public TaskListener getReportSubmittedListener() {
    return reportSubmitted;
  }

  public TaskListener getFindingsRecordedListener() {
    return findingsRecorded;
  }

  public TaskListener getConcludedListener() {
    return concluded;
  }

  public TaskListener getPetitionRoutedListener() {
    return petitionRouted;
  }

  public TaskListener getPetitionAnsweredListener() {
    return petitionAnswered;
  }

  public void freezeFigures(DelegateExecution execution) {
    freezeFigures.execute(execution);
  }

  public void requestReport(DelegateExecution execution) {
    requestReport.execute(execution);
  }

  public void remindReport(DelegateExecution execution) {
    remindReport.execute(execution);
  }

  public void markReportLate(DelegateExecution execution) {
    markReportLate.execute(execution);
  }

  public void recordReportMissing(DelegateExecution execution) {
    recordReportMissing.execute(execution);
  }

  public void forwardPetitions(DelegateExecution execution) {
    forwardPetitions.execute(execution);
  }

  public List<String> group(DelegateExecution execution) {
    return collections.members(execution);
  }

  public List<String> requirementNumbers(DelegateExecution execution) {
    return collections.requirementNumbers(execution);
  }
}
