package vn.gov.tasktracking.inspection.internal;

import static vn.gov.tasktracking.inspection.internal.InspectionVariables.inspectionId;
import static vn.gov.tasktracking.inspection.internal.StepValues.lines;
import static vn.gov.tasktracking.inspection.internal.StepValues.recordedByApi;
import static vn.gov.tasktracking.inspection.internal.StepValues.text;
import static vn.gov.tasktracking.inspection.internal.StepValues.typedDeadline;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.inspection.InspectionRequests;
import vn.gov.tasktracking.inspection.InspectionService;

/** "Ban hành kết luận" completed in Tasklist; requirements as lines "content | dd/MM/yyyy". */
@Component("concludedListener")
class ConcludedListener implements TaskListener {

  private final InspectionService inspections;

  ConcludedListener(InspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void notify(DelegateTask task) {
    if (recordedByApi(task)) {
      return;
    }
    List<InspectionRequests.Requirement> requirements = new ArrayList<>();
    List<String> lines = lines(text(task, InspectionVariables.REQUIREMENTS));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int bar = line.lastIndexOf('|');
      requirements.add(
          bar < 0
              ? new InspectionRequests.Requirement(line, null)
              : new InspectionRequests.Requirement(
                  line.substring(0, bar).trim(),
                  typedDeadline(line.substring(bar + 1).trim(), i + 1)));
    }
    inspections.conclude(
        inspectionId(task),
        new InspectionRequests.Conclusion(
            text(task, InspectionVariables.ASSESSMENT), requirements));
  }
}
