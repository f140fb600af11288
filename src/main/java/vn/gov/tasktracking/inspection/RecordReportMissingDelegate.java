package vn.gov.tasktracking.inspection;

import static vn.gov.tasktracking.inspection.InspectionVariables.inspectionId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ghi nhận đơn vị không gửi báo cáo". */
@Component("recordReportMissingDelegate")
class RecordReportMissingDelegate implements JavaDelegate {

  private final InspectionService inspections;

  RecordReportMissingDelegate(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inspections.recordReportMissing(inspectionId(execution));
  }
}
