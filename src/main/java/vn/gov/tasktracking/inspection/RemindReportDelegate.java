package vn.gov.tasktracking.inspection;

import static vn.gov.tasktracking.inspection.InspectionVariables.inspectionId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Nhắc đơn vị gửi báo cáo". */
@Component("remindReportDelegate")
class RemindReportDelegate implements JavaDelegate {

  private final InspectionService inspections;

  RemindReportDelegate(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inspections.remindReport(inspectionId(execution));
  }
}
