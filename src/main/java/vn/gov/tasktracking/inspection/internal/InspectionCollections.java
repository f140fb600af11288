package vn.gov.tasktracking.inspection.internal;

import static vn.gov.tasktracking.inspection.internal.InspectionVariables.inspectionId;
import static vn.gov.tasktracking.inspection.internal.StepValues.text;
import static vn.gov.tasktracking.inspection.internal.StepValues.usernames;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.inspection.InspectionService;

/**
 * The collections of the inspection's multi-instance steps, used in the model as {@code
 * ${inspectionCollections.members(execution)}} and {@code
 * ${inspectionCollections.requirementNumbers(execution)}}.
 */
@Component("inspectionCollections")
public class InspectionCollections {

  private final InspectionService inspections;

  InspectionCollections(InspectionService inspections) {
    this.inspections = inspections;
  }

  /** "Ghi nhận phát hiện": the leader and every member. */
  public List<String> members(DelegateExecution execution) {
    return usernames(text(execution, InspectionVariables.GROUP_MEMBERS));
  }

  /** The requirements' call activity: their register numbers, from the inspection's record. */
  public List<String> requirementNumbers(DelegateExecution execution) {
    return inspections.requirementNumbers(inspectionId(execution));
  }
}
