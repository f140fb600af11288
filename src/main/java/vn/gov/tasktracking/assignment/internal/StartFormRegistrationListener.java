package vn.gov.tasktracking.assignment.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.system.FormDates;

/**
 * Start of "Nhiệm vụ được giao". A task registered through the API arrives with its register number
 * as business key and nothing is left to do. A task started from Tasklist's start form is
 * registered here, from the form's fields, before the start's transaction ends, so that bad input
 * is refused to the person filling the form.
 */
@Component("startFormRegistrationListener")
class StartFormRegistrationListener implements ExecutionListener {

  private final AssignmentService assignment;

  StartFormRegistrationListener(AssignmentService assignment) {
    this.assignment = assignment;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getProcessBusinessKey() != null) {
      return;
    }
    AssignmentService.StartedRegistration registration =
        assignment.registerStartedProcess(fromStartForm(execution));
    execution.setProcessBusinessKey(registration.registerNumber());
    execution.setVariables(registration.variables());
  }

  private static DirectiveRequest fromStartForm(DelegateExecution execution) {
    // The form hides the deadline fields that do not apply; a value left in one must not count.
    String deadlineKind = text(execution, "deadlineKind");
    Object workingDays =
        "WORKING_DAYS".equals(deadlineKind) ? execution.getVariable("deadlineWorkingDays") : null;
    LocalDate deadline =
        deadlineKind == null || "DATE".equals(deadlineKind) ? date(execution, "deadline") : null;
    TaskRequest task =
        new TaskRequest(
            text(execution, "content"),
            text(execution, "leadUnit"),
            codes(execution.getVariable("coordinatingUnitCodes")),
            deadline,
            workingDays instanceof Number n ? n.intValue() : null,
            Boolean.TRUE.equals(execution.getVariable("keyTask")));
    return new DirectiveRequest(
        text(execution, "number"),
        date(execution, "issuedOn"),
        text(execution, "issuerKind"),
        text(execution, "issuerUsername"),
        text(execution, "excerpt"),
        null,
        List.of(task));
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    // strip, not trim: trim would also drop control characters, which the register's checks must
    // see.
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /**
   * The coordinating units: the form's tag list sends a JSON array of codes (a Json variable); a
   * text of codes separated by commas (an older form, a start through the engine's REST) is read
   * too.
   */
  private static List<String> codes(Object value) {
    List<String> codes;
    if (value instanceof SpinJsonNode json && json.isArray()) {
      codes =
          json.elements().stream().map(e -> e.isString() ? e.stringValue() : e.toString()).toList();
    } else if (value instanceof Collection<?> values) {
      codes = values.stream().map(String::valueOf).toList();
    } else if (value == null) {
      codes = List.of();
    } else {
      codes = Arrays.asList(value.toString().split("[,;\\s]+"));
    }
    return codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
  }

  private static LocalDate date(DelegateExecution execution, String name) {
    return FormDates.parse(execution.getVariable(name), name);
  }
}
