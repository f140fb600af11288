package vn.gov.tasktracking.assignment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.tasktracking.assignment.internal.TaskRegister;

/**
 * The register's rows as other modules change them: the module {@code assignment} owns the
 * register's tables (docs/conventions.md, "Which module owns which table"), and this is the only
 * way in for writes from outside it. Registration and status changes stay in {@link
 * AssignmentService}; here are the import of past tasks ({@code importing}) and what the deadline
 * watch and extensions ({@code deadline}) do to a task: overdue mark, escalation, explanation,
 * extension requests and the deadline move they decide. Every operation runs in the caller's
 * transaction and issues the same statements the callers used to issue themselves.
 */
@Service
public class RegisterOperations {

  private final TaskRegister register;

  RegisterOperations(TaskRegister register) {
    this.register = register;
  }

  // Import of past tasks (module importing).

  /** A directive already in the register, found by its number. */
  public record NumberedDirective(long id, String issuerKey, String number, LocalDate issuedOn) {}

  /** A task already in the register under a directive. */
  public record DirectiveTask(
      long directiveId, String leadUnit, String content, String registerNumber) {}

  /**
   * A past task as it stands: {@code deadline} the day it is due, {@code deadlineAsWritten} as the
   * record wrote it; {@code overdueSince} as the deadline watch would have marked it; {@code note}
   * its status-history row's note.
   */
  public record PastTask(
      long directiveId,
      String content,
      String leadUnit,
      LocalDate assignedOn,
      LocalDate deadlineAsWritten,
      LocalDate deadline,
      TaskStatus status,
      String officer,
      LocalDate completedOn,
      LocalDate withdrawnOn,
      Instant overdueSince,
      String note) {}

  /** A task now in the register. */
  public record Registered(long id, String registerNumber) {}

  public List<NumberedDirective> directivesNumbered(List<String> numbers) {
    return register.directivesNumbered(numbers);
  }

  public List<DirectiveTask> tasksOfDirectives(List<Long> directiveIds) {
    return register.tasksOfDirectives(directiveIds);
  }

  /** A directive of past tasks; returns its id. */
  public long importDirective(
      String number,
      LocalDate issuedOn,
      IssuerKind kind,
      String issuerKey,
      String issuerName,
      String excerpt,
      String by,
      Instant at) {
    return register.insertDirective(number, issuedOn, kind, issuerKey, issuerName, excerpt, by, at);
  }

  /**
   * Past tasks with their status-history rows, by registration's own insert, in JDBC batches.
   *
   * @return each task's id and register number, in the order given
   */
  public List<Registered> importPastTasks(List<PastTask> tasks, String by, Instant at) {
    return register.insertPastTasks(tasks, by, at).stream()
        .map(t -> new Registered(t.id(), t.registerNumber()))
        .toList();
  }

  /** The process instances that now track the given tasks, in JDBC batches. */
  public void trackedBy(List<Long> taskIds, List<String> processInstanceIds) {
    register.setProcessInstances(taskIds, processInstanceIds);
  }

  // The deadline watch and extensions (module deadline).

  /** The task as a notice needs it (without its coordinating units, which spares a query). */
  public TaskView taskForNotice(long taskId, LocalDate at) {
    return register.find(taskId, at, false).orElseThrow();
  }

  /** The deadline passed at {@code since}; a task already marked keeps its first mark. */
  public void markOverdue(long taskId, Instant since) {
    register.markOverdue(taskId, since);
  }

  /** The task was reported to whoever gave it. */
  public void markEscalated(long taskId, Instant at) {
    register.markEscalated(taskId, at);
  }

  public boolean explanationRequested(long taskId) {
    return register.explanationRequested(taskId);
  }

  /** The unit is asked for a written explanation of the delay. */
  public void requestExplanation(long taskId, Instant at) {
    register.requestExplanation(taskId, at);
  }

  /** The unit's explanation, kept with the latest request. */
  public void recordExplanation(long taskId, String explanation, String by, Instant at) {
    register.recordExplanation(taskId, explanation, by, at);
  }

  public boolean extensionPending(long taskId) {
    return register.extensionPending(taskId);
  }

  /** A request for a later deadline, waiting for a decision; returns its id. */
  public long requestExtension(
      long taskId,
      String by,
      Instant at,
      String reason,
      LocalDate proposedDeadline,
      LocalDate previousDeadline) {
    return register.insertExtensionRequest(
        taskId, by, at, reason, proposedDeadline, previousDeadline);
  }

  /** The deadline before the request, if the request is the task's own and still waits. */
  public Optional<LocalDate> pendingExtension(long extensionId, long taskId) {
    return register.pendingExtension(extensionId, taskId);
  }

  /**
   * The extension is approved and the deadline moves: {@code asWritten} the decision's date, {@code
   * due} the day it falls due.
   */
  public void approveExtension(
      long taskId,
      long extensionId,
      String by,
      Instant at,
      LocalDate asWritten,
      LocalDate due,
      String comment) {
    register.approveExtension(taskId, extensionId, by, at, asWritten, due, comment);
  }

  public void rejectExtension(long extensionId, String by, Instant at, String comment) {
    register.rejectExtension(extensionId, by, at, comment);
  }

  /** Every request of the task, oldest first. */
  public List<TaskExtension> extensions(long taskId) {
    return register.extensions(taskId);
  }

  // The schema migration 13.3 (module deadline), which runs before any bean exists, on the
  // migration's connection.

  /** A task's stored deadlines and what decides its overdue mark. */
  public record StoredDeadline(
      long id,
      LocalDate original,
      LocalDate current,
      LocalDate completedOn,
      LocalDate withdrawnOn,
      Timestamp overdueSince) {}

  /** Every task with a deadline. */
  public static List<StoredDeadline> storedDeadlines(JdbcClient jdbc) {
    return jdbc.sql(
            "select id, original_deadline, current_deadline, completed_on, withdrawn_on, overdue_since from assigned_task"
                + " where current_deadline is not null or original_deadline is not null")
        .query(
            (rs, n) ->
                new StoredDeadline(
                    rs.getLong(1),
                    date(rs.getDate(2)),
                    date(rs.getDate(3)),
                    date(rs.getDate(4)),
                    date(rs.getDate(5)),
                    rs.getTimestamp(6)))
        .list();
  }

  /**
   * The deadline moved by law (a day off: due the next working day), with the overdue mark that
   * follows it.
   */
  public static void moveStoredDeadline(
      JdbcClient jdbc, long taskId, LocalDate original, LocalDate current, Timestamp overdueSince) {
    jdbc.sql(
            "update assigned_task set original_deadline = ?, current_deadline = ?, overdue_since = ? where id = ?")
        .params(original, current, overdueSince, taskId)
        .update();
  }

  private static LocalDate date(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
