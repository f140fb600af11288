package vn.gov.tasktracking.inspection.internal;

import static vn.gov.tasktracking.inspection.internal.InspectionVariables.inspectionId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.inspection.InspectionService;

/** "Chuyển kiến nghị đến lãnh đạo UBND tỉnh": one "inspection-petition" per petition. */
@Component("forwardPetitionsDelegate")
class ForwardPetitionsDelegate implements JavaDelegate {

  private final InspectionService inspections;

  ForwardPetitionsDelegate(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("petitionCount", inspections.forwardPetitions(inspectionId(execution)));
  }
}
