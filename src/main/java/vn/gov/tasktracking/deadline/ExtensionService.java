package vn.gov.tasktracking.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.ProcessVariables;
import vn.gov.tasktracking.assignment.RegisterOperations;
import vn.gov.tasktracking.assignment.TaskExtension;
import vn.gov.tasktracking.assignment.TaskView;
import vn.gov.tasktracking.calendar.Deadline;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.deadline.internal.DeadlineWatch;
import vn.gov.tasktracking.deadline.internal.ReminderPolicy;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.notification.NotificationKind;
import vn.gov.tasktracking.notification.NotificationService;
import vn.gov.tasktracking.notification.TaskNotice;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.system.InputRules;
import vn.gov.tasktracking.system.InvalidInputException;

/**
 * Extensions: the unit asks before the deadline, the issuer (or the Office for the issuer) decides.
 * Approval moves the deadline, the due dates and the waiting reminder; the original deadline and
 * every request stay on record; the officer's open work is left as it is.
 */
@Service
public class ExtensionService {

  private final AssignmentService assignment;
  private final DeadlineWatch watch;
  private final RegisterOperations register;
  private final RuntimeService runtime;
  private final DirectoryService directory;
  private final NotificationService notifications;
  private final EngineClock clock;
  private final CurrentUser currentUser;
  private final WorkingDayCalendar calendar;

  ExtensionService(
      AssignmentService assignment,
      DeadlineWatch watch,
      RegisterOperations register,
      RuntimeService runtime,
      DirectoryService directory,
      NotificationService notifications,
      EngineClock clock,
      CurrentUser currentUser,
      WorkingDayCalendar calendar) {
    this.calendar = calendar;
    this.assignment = assignment;
    this.watch = watch;
    this.register = register;
    this.runtime = runtime;
    this.directory = directory;
    this.notifications = notifications;
    this.clock = clock;
    this.currentUser = currentUser;
  }

  /**
   * The unit asks for a later deadline; the decision becomes a step of the task's process.
   *
   * @throws InvalidInputException when asked after the deadline, for a date not after it, without a
   *     reason, or while another request waits
   */
  @Transactional
  public long request(String registerNumber, String reason, LocalDate proposedDeadline) {
    TaskView task = assignment.task(registerNumber);
    if (task.status().isClosed()) {
      throw InvalidInputException.of(
          "registerNumber",
          "Nhiệm vụ "
              + registerNumber
              + " "
              + task.statusLabel().toLowerCase()
              + ", không gia hạn được.");
    }
    if (task.currentDeadline() == null) {
      throw InvalidInputException.of(
          "proposedDeadline",
          "Nhiệm vụ " + registerNumber + " không có thời hạn, không cần gia hạn.");
    }
    String deadline = AssignmentService.vietnameseDate(task.currentDeadline());
    if (clock.today().isAfter(task.currentDeadline())) {
      throw InvalidInputException.of(
          "proposedDeadline",
          "Nhiệm vụ đã quá hạn xử lý ("
              + deadline
              + "): đề nghị gia hạn phải gửi trước khi hết hạn.");
    }
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "Cần nêu lý do đề nghị gia hạn.");
    }
    InputRules.requireText(reason, InputRules.LONG_TEXT, "reason", "Lý do đề nghị gia hạn");
    if (proposedDeadline == null || !proposedDeadline.isAfter(task.currentDeadline())) {
      throw InvalidInputException.of(
          "proposedDeadline",
          "Ngày đề nghị gia hạn phải sau hạn xử lý hiện tại (" + deadline + ").");
    }
    if (register.extensionPending(task.id())) {
      throw InvalidInputException.of(
          "registerNumber",
          "Nhiệm vụ " + registerNumber + " đang có đề nghị gia hạn chờ quyết định.");
    }
    long id =
        register.requestExtension(
            task.id(),
            currentUser.username(),
            clock.now(),
            reason.trim(),
            proposedDeadline,
            task.currentDeadline());
    String summary =
        task.leadUnitName()
            + " đề nghị gia hạn nhiệm vụ "
            + registerNumber
            + " từ "
            + deadline
            + " đến "
            + AssignmentService.vietnameseDate(proposedDeadline)
            + ".\nLý do: "
            + reason.trim();
    // The unit may not change the process itself; the product does it after its own checks above.
    currentUser.runAsProduct(
        () ->
            runtime
                .createMessageCorrelation(AssignmentService.EXTENSION_MESSAGE)
                .processInstanceBusinessKey(registerNumber)
                .setVariable(ProcessVariables.EXTENSION_ID, id)
                .setVariable(ProcessVariables.EXTENSION_SUMMARY, summary)
                .setVariable(ProcessVariables.EXTENSION_DECIDERS, String.join(",", deciders(task)))
                .setVariable(ProcessVariables.APPROVED_DEADLINE, proposedDeadline.toString())
                .correlate());
    return id;
  }

  /** The issuer's or the Office's decision, from the process step "Quyết định gia hạn". */
  @Transactional
  public void decide(
      long taskId,
      long extensionId,
      boolean approved,
      LocalDate approvedDeadline,
      String comment,
      ReminderPolicy policy,
      String processInstanceId,
      BiConsumer<String, Object> setProcessVariable) {
    InputRules.requireText(
        comment,
        InputRules.LONG_TEXT,
        ProcessVariables.EXTENSION_COMMENT,
        "Ý kiến về đề nghị gia hạn");
    // The request must be this task's own waiting one: the step's task comes from the process, not
    // from the request.
    LocalDate previous =
        register
            .pendingExtension(extensionId, taskId)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        ProcessVariables.EXTENSION_ID,
                        "Đề nghị gia hạn này không thuộc nhiệm vụ của bước đang xử lý hoặc đã được quyết định."));
    TaskView task = assignment.task(taskId);
    String by = currentUser.username();
    if (approved) {
      if (approvedDeadline == null || !approvedDeadline.isAfter(task.currentDeadline())) {
        throw InvalidInputException.of(
            "approvedDeadline",
            "Hạn mới phải sau hạn hiện tại ("
                + AssignmentService.vietnameseDate(task.currentDeadline())
                + ").");
      }
      // The decision's date as written; due the next working day when it is a day off (Civil Code
      // art. 148).
      LocalDate due = calendar.deadline(approvedDeadline).due();
      register.approveExtension(
          taskId, extensionId, by, clock.now(), approvedDeadline, due, comment);
      watch.deadlineMoved(taskId, due, policy, processInstanceId, setProcessVariable);
    } else {
      register.rejectExtension(extensionId, by, clock.now(), comment);
    }
    String said = comment == null || comment.isBlank() ? "" : " Ý kiến: " + comment.trim();
    if (approved) {
      Deadline extended = calendar.deadline(approvedDeadline);
      String moved = extended.moved() ? "Hạn mới: " + extended.text() + ". " : "";
      notifications.notify(
          NotificationKind.EXTENSION_APPROVED,
          unitPeople(task),
          new TaskNotice(
              task.registerNumber(),
              task.content(),
              task.leadUnitName(),
              task.directive(),
              task.issuerName(),
              extended.due(),
              moved + "Hạn trước: " + AssignmentService.vietnameseDate(previous) + "." + said,
              null));
    } else {
      notifications.notify(
          NotificationKind.EXTENSION_REJECTED,
          unitPeople(task),
          AssignmentService.notice(task).withDetail(said.isEmpty() ? null : comment.trim()));
    }
  }

  /** Every request of the task and what became of it, oldest first. */
  public List<TaskExtension> of(long taskId) {
    return register.extensions(taskId);
  }

  /** Who decides: the Vice-Chairman who gave the task, else the Chairman; the Office always may. */
  private List<String> deciders(TaskView task) {
    return task.issuerDeciders(directory);
  }

  private List<String> unitPeople(TaskView task) {
    java.util.LinkedHashSet<String> names =
        new java.util.LinkedHashSet<>(
            directory.usernamesWithRoles(task.leadUnit(), Role.FOCAL_POINT, Role.UNIT_LEADER));
    if (task.officer() != null) {
      names.add(task.officer());
    }
    return List.copyOf(names);
  }
}
