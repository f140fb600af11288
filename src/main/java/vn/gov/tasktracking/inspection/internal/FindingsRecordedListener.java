package vn.gov.tasktracking.inspection.internal;

import static vn.gov.tasktracking.inspection.internal.InspectionVariables.inspectionId;
import static vn.gov.tasktracking.inspection.internal.StepValues.lines;
import static vn.gov.tasktracking.inspection.internal.StepValues.recordedByApi;
import static vn.gov.tasktracking.inspection.internal.StepValues.text;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.inspection.InspectionService;

/**
 * One member's "Ghi nhận phát hiện" completed; a member may have added findings through REST
 * before.
 */
@Component("findingsRecordedListener")
class FindingsRecordedListener implements TaskListener {

  private final InspectionService inspections;

  FindingsRecordedListener(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void notify(DelegateTask task) {
    if (recordedByApi(task)) {
      return;
    }
    List<String> findings = lines(text(task, InspectionVariables.FINDINGS));
    if (!findings.isEmpty()) {
      // The member is the step's assignee (the engine set it from the group's list), not a variable
      // a person could send.
      inspections.addFindings(inspectionId(task), task.getAssignee(), findings);
    }
    // The next member's form starts empty.
    task.removeVariable(InspectionVariables.FINDINGS);
  }
}
