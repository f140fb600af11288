package vn.gov.tasktracking.inspection.internal;

import static vn.gov.tasktracking.inspection.internal.InspectionVariables.inspectionId;
import static vn.gov.tasktracking.inspection.internal.StepValues.date;
import static vn.gov.tasktracking.inspection.internal.StepValues.text;
import static vn.gov.tasktracking.inspection.internal.StepValues.usernames;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.inspection.InspectionRequests;
import vn.gov.tasktracking.inspection.InspectionService;

/** "Duyệt kế hoạch kiểm tra" completed: the leader approves, amends or cancels the plan. */
@Component("planDecidedListener")
class PlanDecidedListener implements TaskListener {

  private final InspectionService inspections;

  PlanDecidedListener(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void notify(DelegateTask task) {
    String members = text(task, InspectionVariables.PLANNED_MEMBERS);
    task.setVariables(
        inspections.decidePlan(
            inspectionId(task),
            new InspectionRequests.PlanDecision(
                text(task, InspectionVariables.PLAN_DECISION),
                    date(task, InspectionVariables.VISIT_DATE),
                date(task, InspectionVariables.REPORT_DUE_ON),
                    members == null ? null : usernames(members),
                text(task, InspectionVariables.CONTENT),
                    text(task, InspectionVariables.PLAN_COMMENT))));
  }
}
