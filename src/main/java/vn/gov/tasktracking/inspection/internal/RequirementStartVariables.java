package vn.gov.tasktracking.inspection.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;

/**
 * Input of the call activity "Theo dõi yêu cầu của kết luận": the variables {@code task-assignment}
 * starts with, for the requirement task of this instance of the multi-instance; nothing comes back
 * (the register is the record of the task).
 */
@Component("requirementStartVariables")
class RequirementStartVariables implements DelegateVariableMapping {

  private final AssignmentService assignment;

  RequirementStartVariables(AssignmentService assignment) {
    this.assignment = assignment;
  }

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    subVariables.putAll(
        assignment.startVariables(
            (String) superExecution.getVariable(InspectionVariables.REQUIREMENT_NUMBER)));
    subVariables.put(
        InspectionVariables.INSPECTION_ID,
        superExecution.getVariable(InspectionVariables.INSPECTION_ID));
  }

  @Override
  public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {}
}
