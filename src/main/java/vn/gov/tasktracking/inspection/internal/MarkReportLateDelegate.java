package vn.gov.tasktracking.inspection.internal;

import static vn.gov.tasktracking.inspection.internal.InspectionVariables.inspectionId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.inspection.InspectionService;

/** "Ghi nhận báo cáo chậm, báo Văn phòng". */
@Component("markReportLateDelegate")
class MarkReportLateDelegate implements JavaDelegate {

  private final InspectionService inspections;

  MarkReportLateDelegate(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inspections.markReportLate(inspectionId(execution));
  }
}
