package vn.gov.tasktracking.deadline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.ProcessVariables;
import vn.gov.tasktracking.assignment.RegisterOperations;
import vn.gov.tasktracking.assignment.TaskView;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.notification.NotificationKind;
import vn.gov.tasktracking.notification.NotificationService;
import vn.gov.tasktracking.notification.TaskNotice;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.EngineClock;

/**
 * The deadline watch of a task: when the next reminder falls, what each one does (remind, mark
 * overdue, ask for an explanation, escalate), and moving it all when the deadline moves. The
 * moments come from {@link DeadlineSchedule} under the task's policy
 * (processes/reminder-policy.dmn).
 */
@Service
public class DeadlineWatch {

  static final String TIMER_ACTIVITY = "Timer_NextReminder";

  private final RegisterOperations register;
  private final JdbcClient jdbc;
  private final DeadlineSchedule schedule;
  private final DirectoryService directory;
  private final NotificationService notifications;
  private final TaskService tasks;
  private final ManagementService management;
  private final EngineClock clock;
  private final CurrentUser currentUser;

  DeadlineWatch(
      RegisterOperations register,
      JdbcClient jdbc,
      DeadlineSchedule schedule,
      DirectoryService directory,
      NotificationService notifications,
      TaskService tasks,
      ManagementService management,
      EngineClock clock,
      CurrentUser currentUser) {
    this.register = register;
    this.jdbc = jdbc;
    this.schedule = schedule;
    this.directory = directory;
    this.notifications = notifications;
    this.tasks = tasks;
    this.management = management;
    this.clock = clock;
    this.currentUser = currentUser;
  }

  /**
   * The next moment of the task's schedule after now, also shown as the follow-up date of its open
   * steps in Tasklist; empty for a task without deadline or already closed.
   */
  @Transactional
  public Optional<ReminderEvent> scheduleNext(
      LocalDate deadline, ReminderPolicy policy, String processInstanceId) {
    Optional<ReminderEvent> next =
        deadline == null ? Optional.empty() : schedule.next(deadline, policy, clock.now());
    Date followUp = next.map(e -> Date.from(e.at())).orElse(null);
    for (String open : openSteps(processInstanceId)) {
      tasks.setFollowUpDate(open, followUp);
    }
    return next;
  }

  /**
   * The process's open steps. Inside the engine's command (a reminder job) by the engine's own
   * select by process instance: the task query's dynamic SQL cost a quarter of a reminder job's
   * CPU.
   */
  private List<String> openSteps(String processInstanceId) {
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      return command.getTaskManager().findTasksByProcessInstanceId(processInstanceId).stream()
          .map(TaskEntity::getId)
          .toList();
    }
    return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .map(Task::getId)
        .toList();
  }

  /**
   * Carries out one moment of the schedule, once: a retried job, or a timer left from before the
   * deadline moved, does nothing.
   *
   * @return whether the unit must now be asked for a written explanation
   */
  @Transactional
  public boolean fire(
      long taskId, LocalDate deadline, ReminderPolicy policy, ReminderKind kind, Instant dueAt) {
    if (deadline == null) {
      return false;
    }
    Optional<ReminderEvent> expected = schedule.next(deadline, policy, dueAt.minusMillis(1));
    if (expected.isEmpty() || expected.get().kind() != kind || !expected.get().at().equals(dueAt)) {
      return false;
    }
    int done =
        jdbc.sql(
                """
                insert into task_reminder (task_id, kind, due_at, done_at)
                select ?, ?, ?, ? from assigned_task where id = ?
                and not exists (select 1 from task_reminder where task_id = ? and kind = ? and due_at = ?)""")
            .params(
                taskId,
                kind.name(),
                Timestamp.from(dueAt),
                Timestamp.from(clock.now()),
                taskId,
                taskId,
                kind.name(),
                Timestamp.from(dueAt))
            .update();
    if (done == 0) {
      return false;
    }
    if (kind == ReminderKind.MARK_OVERDUE) {
      register.markOverdue(taskId, dueAt);
      return false;
    }
    // The register is read only when someone is to be told.
    TaskView task = register.taskForNotice(taskId, clock.today());
    TaskNotice notice = AssignmentService.notice(task);
    int days = expected.get().workingDays();
    switch (kind) {
      case BEFORE_DEADLINE ->
          notifications.notify(
              NotificationKind.REMINDER,
              officerAndFocal(task),
              notice.withDetail(
                  days == 0
                      ? "Hôm nay là ngày đến hạn."
                      : "Còn " + days + " ngày làm việc đến hạn."));
      case MARK_OVERDUE -> throw new IllegalStateException("handled above");
      case OVERDUE_NOTICE -> {
        notifications.notify(
            NotificationKind.OVERDUE,
            union(
                directory.usernamesWithRoles(task.leadUnit(), Role.UNIT_LEADER),
                directory.usernamesWithRoles(null, Role.OFFICE_SPECIALIST)),
            notice);
        if (policy.askExplanation() && !register.explanationRequested(taskId)) {
          register.requestExplanation(taskId, clock.now());
          notifications.notify(
              NotificationKind.EXPLANATION_REQUESTED,
              union(
                  officerAndFocal(task),
                  directory.usernamesWithRoles(task.leadUnit(), Role.UNIT_LEADER)),
              notice);
          return true;
        }
      }
      case OVERDUE_REPEAT ->
          notifications.notify(
              NotificationKind.OVERDUE,
              union(
                  officerAndFocal(task),
                  directory.usernamesWithRoles(task.leadUnit(), Role.UNIT_LEADER)),
              notice.withDetail("Đã quá hạn " + days + " ngày làm việc."));
      case ESCALATION -> {
        register.markEscalated(taskId, clock.now());
        notifications.notify(
            NotificationKind.ESCALATION,
            union(issuers(task), directory.usernamesWithRoles(null, Role.OFFICE_SPECIALIST)),
            notice.withDetail("Đã quá hạn " + days + " ngày làm việc."));
      }
    }
    return false;
  }

  /** The unit's written explanation of the delay, kept with the task. */
  @Transactional
  public void recordExplanation(long taskId, String explanation) {
    if (explanation == null || explanation.isBlank()) {
      throw vn.gov.tasktracking.system.InvalidInputException.of(
          "explanation", "Cần nhập nội dung giải trình.");
    }
    vn.gov.tasktracking.system.InputRules.requireText(
        explanation,
        vn.gov.tasktracking.system.InputRules.LONG_TEXT,
        "explanation",
        "Nội dung giải trình");
    register.recordExplanation(taskId, explanation.trim(), currentUser.username(), clock.now());
  }

  /**
   * The deadline moved: the process's due dates and its waiting reminder follow. The timer job
   * keeps its place in the model; only its due time changes. Without a policy (the watch has not
   * started yet) only the due dates move; the watch starts from them.
   */
  public void deadlineMoved(
      long taskId,
      LocalDate newDeadline,
      ReminderPolicy policy,
      String processInstanceId,
      java.util.function.BiConsumer<String, Object> setProcessVariable) {
    Date due = AssignmentService.dueDate(newDeadline);
    setProcessVariable.accept(ProcessVariables.DUE_DATE, due);
    for (Task open : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
      if (open.getDueDate() != null) {
        tasks.setDueDate(open.getId(), due);
      }
    }
    if (policy == null) {
      return;
    }
    Optional<ReminderEvent> next = scheduleNext(newDeadline, policy, processInstanceId);
    setProcessVariable.accept("nextReminderAt", next.map(e -> Date.from(e.at())).orElse(null));
    setProcessVariable.accept("reminderKind", next.map(e -> e.kind().name()).orElse(null));
    Job timer =
        management
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .activityId(TIMER_ACTIVITY)
            .singleResult();
    if (timer != null && next.isPresent()) {
      management.setJobDuedate(timer.getId(), Date.from(next.get().at()));
    }
  }

  private List<String> officerAndFocal(TaskView task) {
    List<String> names =
        new ArrayList<>(directory.usernamesWithRoles(task.leadUnit(), Role.FOCAL_POINT));
    if (task.officer() != null && !names.contains(task.officer())) {
      names.add(task.officer());
    }
    return names;
  }

  /** Who gave the task: the named Vice-Chairman, else the Chairman. */
  private List<String> issuers(TaskView task) {
    return task.issuerDeciders(directory);
  }

  private static List<String> union(List<String> a, List<String> b) {
    LinkedHashSet<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
