package vn.gov.tasktracking.assignment.internal;

import static vn.gov.tasktracking.assignment.ProcessVariables.RESULT_DOCUMENT;
import static vn.gov.tasktracking.assignment.ProcessVariables.RESULT_TEXT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.TaskOfProcess;

/**
 * A result submitted: the submission is recorded and goes to the unit leader. The step "Báo cáo kết
 * quả thực hiện" of instances started before the officer had one step ({@code Task_SubmitResult})
 * calls it; {@link WorkStepListener} calls it for "Thực hiện nhiệm vụ" when the officer chose the
 * result. Keep it while such instances run.
 */
@Component("resultSubmittedListener")
public class ResultSubmittedListener implements TaskListener {

  public static final String DOCUMENT_ID = "resultDocumentId";

  /** The attached file's name, shown (disabled, so never submitted back) in the result forms. */
  static final String DOCUMENT_NAME = "resultDocumentName";

  private final AssignmentService assignment;
  private final TaskOfProcess taskOfProcess;

  ResultSubmittedListener(AssignmentService assignment, TaskOfProcess taskOfProcess) {
    this.assignment = assignment;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void notify(DelegateTask task) {
    Object documentId = task.getVariable(DOCUMENT_ID);
    assignment.submitResult(
        taskOfProcess.id(task),
        (String) task.getVariable(RESULT_TEXT),
        (String) task.getVariable(RESULT_DOCUMENT),
        documentId instanceof Number n ? n.longValue() : null);
  }
}
