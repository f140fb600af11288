package vn.gov.tasktracking.inspection.internal;

import static vn.gov.tasktracking.inspection.internal.InspectionVariables.inspectionId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.inspection.InspectionService;

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
