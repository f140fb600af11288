package vn.gov.tasktracking.inspection.internal;

import static vn.gov.tasktracking.inspection.internal.InspectionVariables.inspectionId;
import static vn.gov.tasktracking.inspection.internal.StepValues.lines;
import static vn.gov.tasktracking.inspection.internal.StepValues.recordedByApi;
import static vn.gov.tasktracking.inspection.internal.StepValues.text;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.inspection.InspectionRequests;
import vn.gov.tasktracking.inspection.InspectionService;

/**
 * "Báo cáo phục vụ kiểm tra" completed in Tasklist; explanations as lines "NV-2017-000012: text".
 */
@Component("reportSubmittedListener")
class ReportSubmittedListener implements TaskListener {

  private final InspectionService inspections;

  ReportSubmittedListener(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void notify(DelegateTask task) {
    // Only the product's API sends the mark (a person's completion carrying it is refused by
    // security.StepGuard);
    // and it counts only when the report really is on record.
    if (recordedByApi(task) && inspections.reportRecorded(inspectionId(task))) {
      return;
    }
    List<InspectionRequests.Explanation> explanations = new ArrayList<>();
    for (String line : lines(text(task, InspectionVariables.EXPLANATIONS))) {
      int colon = line.indexOf(':');
      explanations.add(
          colon < 0
              ? new InspectionRequests.Explanation(line, null)
              : new InspectionRequests.Explanation(
                  line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
    }
    inspections.submitReport(
        inspectionId(task),
        new InspectionRequests.UnitReport(
            explanations,
            text(task, InspectionVariables.KEY_RESULTS),
            text(task, InspectionVariables.DIFFICULTIES),
            text(task, InspectionVariables.CAUSES),
            lines(text(task, InspectionVariables.PETITIONS))));
  }
}
