package vn.gov.tasktracking.deadline.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.ProcessVariables;
import vn.gov.tasktracking.assignment.TaskOfProcess;
import vn.gov.tasktracking.deadline.ExtensionService;
import vn.gov.tasktracking.system.FormDates;
import vn.gov.tasktracking.system.InvalidInputException;

/**
 * "Quyết định gia hạn" completed: approved with a date (the deadline and timers move) or rejected.
 */
@Component("extensionDecisionListener")
class ExtensionDecisionListener implements TaskListener {

  static final String APPROVE = "APPROVE";
  static final String REJECT = "REJECT";

  private final ExtensionService extensions;
  private final TaskOfProcess taskOfProcess;

  ExtensionDecisionListener(ExtensionService extensions, TaskOfProcess taskOfProcess) {
    this.extensions = extensions;
    this.taskOfProcess = taskOfProcess;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(ProcessVariables.EXTENSION_DECISION);
    if (!APPROVE.equals(decision) && !REJECT.equals(decision)) {
      throw InvalidInputException.of(
          ProcessVariables.EXTENSION_DECISION, "Cần chọn đồng ý hoặc không đồng ý gia hạn.");
    }
    extensions.decide(
        taskOfProcess.id(task),
        ((Number) task.getVariable(ProcessVariables.EXTENSION_ID)).longValue(),
        APPROVE.equals(decision),
        FormDates.parse(
            task.getVariable(ProcessVariables.APPROVED_DEADLINE),
            ProcessVariables.APPROVED_DEADLINE),
        (String) task.getVariable(ProcessVariables.EXTENSION_COMMENT),
        ReminderPolicies.of(task),
        task.getProcessInstanceId(),
        task.getExecution().getProcessInstance()::setVariable);
  }
}
