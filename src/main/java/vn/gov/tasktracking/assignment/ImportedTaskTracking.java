package vn.gov.tasktracking.assignment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.tasktracking.security.CurrentUser;

/**
 * Tracking of a task that entered the register from an old record (an Excel import) while still
 * open: its {@code task-assignment} instance starts where such a task stands, not at the
 * announcement, so nobody is told of it as new. With its officer known it starts at the work (the
 * officer's step "Thực hiện nhiệm vụ" and the coordinating units' inputs, as after "Tiếp nhận");
 * otherwise at "Tiếp nhận nhiệm vụ", where the unit names the officer. The deadline watch starts
 * with it, before the steps, so their follow-up date is the next reminder. Nothing here is
 * asynchronous: the caller's transaction holds the start.
 */
@Service
public class ImportedTaskTracking {

  static final String WORK_STEP = "SubProcess_CarryOut";
  static final String RECEIVE_STEP = "Task_ReceiveTask";
  static final String DEADLINE_WATCH = "Task_DeterminePolicy";

  private final AssignmentService assignment;
  private final RuntimeService runtime;
  private final CurrentUser currentUser;

  ImportedTaskTracking(
      AssignmentService assignment, RuntimeService runtime, CurrentUser currentUser) {
    this.assignment = assignment;
    this.runtime = runtime;
    this.currentUser = currentUser;
  }

  /**
   * An open task as the register now holds it; {@code officer} null when the record names none,
   * {@code deadline} the day it is due, {@code deadlineAsWritten} as the record wrote it.
   */
  public record OpenTask(
      long taskId,
      String registerNumber,
      String directiveNumber,
      LocalDate issuedOn,
      String issuerName,
      String content,
      String leadUnit,
      LocalDate deadlineAsWritten,
      LocalDate deadline,
      String officer) {}

  /**
   * Starts the task's process at the step it stands at, with the variables those steps need.
   *
   * @return the process instance id
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String startTracking(OpenTask task) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.TASK_ID, task.taskId());
    variables.put(
        ProcessVariables.TASK_SUMMARY,
        AssignmentService.summary(
            task.registerNumber(),
            task.directiveNumber(),
            task.issuedOn(),
            task.issuerName(),
            task.content(),
            task.deadlineAsWritten(),
            task.deadline()));
    variables.put(ProcessVariables.LEAD_UNIT, task.leadUnit());
    variables.put(ProcessVariables.DUE_DATE, AssignmentService.dueDate(task.deadline()));
    variables.put(ProcessVariables.KEY_TASK, false);
    String step;
    if (task.officer() != null) {
      step = WORK_STEP;
      variables.put(ProcessVariables.OFFICER, task.officer());
      variables.put(ProcessVariables.UNIT_LEADERS, assignment.unitLeaders(task.leadUnit()));
      variables.put(ProcessVariables.COORDINATION_SUMMARY, "");
    } else {
      step = RECEIVE_STEP;
      variables.put(
          ProcessVariables.UNIT_OFFICERS, Spin.JSON(assignment.officerOptions(task.leadUnit())));
    }
    ProcessInstantiationBuilder start =
        runtime
            .createProcessInstanceByKey(AssignmentService.PROCESS_KEY)
            .businessKey(task.registerNumber())
            .setVariables(variables);
    // The instructions run in turn: a watch with a deadline waits at its timer, and must come first
    // so
    // the steps take its next reminder as follow-up date; one without a deadline ends at once, and
    // must come after the step, or the instance would end with it.
    if (task.deadline() != null) {
      start.startBeforeActivity(DEADLINE_WATCH).startBeforeActivity(step);
    } else {
      start.startBeforeActivity(step).startBeforeActivity(DEADLINE_WATCH);
    }
    String[] instanceId = new String[1];
    // The import is the Office's act under the product's rule, not a start Camunda's authorizations
    // know of.
    currentUser.runAsProduct(() -> instanceId[0] = start.execute().getId());
    return instanceId[0];
  }
}
