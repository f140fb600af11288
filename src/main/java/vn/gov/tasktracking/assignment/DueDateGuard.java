package vn.gov.tasktracking.assignment;

import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.system.InvalidInputException;

/**
 * On every change of a step of task-assignment: a due date set by hand in Tasklist would leave the
 * reminder timers behind, so it is refused; the deadline moves only through an approved extension.
 */
@Component("dueDateGuard")
class DueDateGuard implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    // The process's variable, read from the execution: the step has no variables of its own to load.
    Date deadline = (Date) task.getExecution().getVariable(ProcessVariables.DUE_DATE);
    if (!Objects.equals(task.getDueDate(), deadline)) {
      throw InvalidInputException.of("dueDate",
          "Hạn xử lý chỉ thay đổi qua đề nghị gia hạn được người giao chấp thuận; không sửa trực tiếp trong Tasklist.");
    }
  }
}
