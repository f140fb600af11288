package vn.gov.tasktracking.inspection.internal;

import static vn.gov.tasktracking.inspection.internal.InspectionVariables.inspectionId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.inspection.InspectionService;

/**
 * "Tính và lưu số liệu của đơn vị": the unit's figures of the period, frozen at the reference date.
 */
@Component("freezeFiguresDelegate")
class FreezeFiguresDelegate implements JavaDelegate {

  private final InspectionService inspections;

  FreezeFiguresDelegate(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inspections.freezeFigures(inspectionId(execution));
  }
}
