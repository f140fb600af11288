package vn.gov.tasktracking.assignment.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.system.InvalidInputException;

/**
 * The officer's one step of a task, "Thực hiện nhiệm vụ" ({@code Task_CarryOutWork}, form {@code
 * carry-out-task}): each time it completes, the officer chose ({@link #WORK_ACTION}) to record
 * progress, after which the step opens again, or to submit the result, which goes to the unit
 * leader's sign-off; a return by the leader or the Office opens the step again.
 *
 * <p>As an execution listener ({@code start}) it clears the previous choice, so every opening of
 * the step asks again; as a task listener ({@code complete}) it records what was chosen, exactly as
 * the two steps of earlier versions did ({@link ProgressReportListener}, {@link
 * ResultSubmittedListener}, which instances started on those versions still call).
 */
@Component("workStepListener")
public class WorkStepListener implements TaskListener, ExecutionListener {

  /** The officer's choice on the form: {@link #PROGRESS} or {@link #RESULT}. */
  public static final String WORK_ACTION = "workAction";

  static final String PROGRESS = "PROGRESS";
  public static final String RESULT = "RESULT";

  /** The step's activity id in {@code task-assignment}. */
  public static final String STEP = "Task_CarryOutWork";

  private final ProgressReportListener progress;
  private final ResultSubmittedListener result;

  WorkStepListener(ProgressReportListener progress, ResultSubmittedListener result) {
    this.progress = progress;
    this.result = result;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.removeVariable(WORK_ACTION);
  }

  @Override
  public void notify(DelegateTask task) {
    Object action = task.getVariable(WORK_ACTION);
    if (PROGRESS.equals(action)) {
      progress.notify(task);
    } else if (RESULT.equals(action)) {
      result.notify(task);
    } else {
      throw InvalidInputException.of(
          WORK_ACTION, "Cần chọn cập nhật tiến độ hoặc báo cáo kết quả thực hiện.");
    }
  }
}
