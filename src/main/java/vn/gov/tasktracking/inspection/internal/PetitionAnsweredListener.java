package vn.gov.tasktracking.inspection.internal;

import static vn.gov.tasktracking.inspection.internal.InspectionVariables.inspectionId;
import static vn.gov.tasktracking.inspection.internal.StepValues.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.inspection.InspectionService;

/** The deciding leader answers a petition. */
@Component("petitionAnsweredListener")
class PetitionAnsweredListener implements TaskListener {

  private final InspectionService inspections;

  PetitionAnsweredListener(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void notify(DelegateTask task) {
    // The petition from the process's business key (KT-12-KN-3), not from a variable.
    inspections.answerPetition(
        inspections.petitionId(inspectionId(task), InspectionVariables.petitionPosition(task)),
        text(task, InspectionVariables.ANSWER));
  }
}
