package vn.gov.tasktracking.inspection.internal;

import static vn.gov.tasktracking.inspection.internal.StepValues.date;
import static vn.gov.tasktracking.inspection.internal.StepValues.text;
import static vn.gov.tasktracking.inspection.internal.StepValues.usernames;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.inspection.InspectionRequests;
import vn.gov.tasktracking.inspection.InspectionService;

/** Start of "inspection-visit": records the plan typed into Tasklist's start form. */
@Component("inspectionPlannedListener")
class InspectionPlannedListener implements ExecutionListener {

  private final InspectionService inspections;

  InspectionPlannedListener(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // A plan from REST arrives recorded, with its business key; one from Tasklist's start form is
    // recorded here.
    if (execution.getProcessBusinessKey() != null) {
      return;
    }
    InspectionService.Planned planned =
        inspections.planStartedProcess(
            new InspectionRequests.Plan(
                text(execution, "unit"),
                date(execution, "periodFrom"),
                date(execution, "periodTo"),
                date(execution, "visitDate"),
                date(execution, "reportDueOn"),
                text(execution, "leader"),
                usernames(text(execution, "members")),
                text(execution, "content")),
            execution.getProcessInstanceId());
    execution.setProcessBusinessKey(planned.businessKey());
    execution.setVariables(planned.variables());
  }
}
