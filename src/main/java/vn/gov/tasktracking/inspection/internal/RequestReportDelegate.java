package vn.gov.tasktracking.inspection.internal;

import static vn.gov.tasktracking.inspection.internal.InspectionVariables.inspectionId;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.inspection.InspectionService;

/**
 * "Thông báo đơn vị, đề nghị báo cáo": the unit is asked for its report; the timers' dates are set.
 */
@Component("requestReportDelegate")
class RequestReportDelegate implements JavaDelegate {

  private final InspectionService inspections;

  RequestReportDelegate(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InspectionService.ReportSchedule schedule = inspections.requestReport(inspectionId(execution));
    execution.setVariable(InspectionVariables.REPORT_REMIND_AT, Date.from(schedule.remindAt()));
    execution.setVariable(InspectionVariables.REPORT_DUE_AT, Date.from(schedule.dueAt()));
    execution.setVariable(InspectionVariables.VISIT_STARTS_AT, Date.from(schedule.visitStartsAt()));
    execution.setVariable(InspectionVariables.EXPLANATIONS, schedule.lateTaskLines());
  }
}
