package vn.gov.tasktracking.assignment.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.IssuerKind;
import vn.gov.tasktracking.assignment.ProcessTask;
import vn.gov.tasktracking.assignment.RegisterOperations;
import vn.gov.tasktracking.assignment.RegisterQuery;
import vn.gov.tasktracking.assignment.StatusClass;
import vn.gov.tasktracking.assignment.TaskExtension;
import vn.gov.tasktracking.assignment.TaskPage;
import vn.gov.tasktracking.assignment.TaskStatus;
import vn.gov.tasktracking.assignment.TaskView;
import vn.gov.tasktracking.assignment.internal.TaskHistory.CoordinationInput;
import vn.gov.tasktracking.assignment.internal.TaskHistory.ProgressUpdate;
import vn.gov.tasktracking.assignment.internal.TaskHistory.StatusChange;
import vn.gov.tasktracking.assignment.internal.TaskHistory.Submission;
import vn.gov.tasktracking.calendar.Deadline;
import vn.gov.tasktracking.system.DatabaseKind;

/** The register's tables. Every status change is written together with its history row. */
@Repository
public class TaskRegister {

  private static final String VIEW_COLUMNS =
      """
      t.*, d.number as directive_number, d.issued_on as directive_issued_on, d.issuer_kind, d.issuer_key,
      d.issuer_name, u.name as lead_unit_name, """
          + StatusClass.SQL
          + " as status_class";

  private static final String VIEW_FROM =
      " from assigned_task t join directive d on d.id = t.directive_id join unit u on u.code = t.lead_unit_code";

  private static final Pattern DATED_DIRECTIVE =
      Pattern.compile("(.+?)\\s+ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final boolean postgres;

  public TaskRegister(JdbcClient jdbc, JdbcTemplate batch, DatabaseKind database) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.postgres = database.postgres();
  }

  /** A directive to insert, with who registered it and when. */
  public record NewDirective(
      String number,
      LocalDate issuedOn,
      IssuerKind kind,
      String issuerKey,
      String issuerName,
      String excerpt,
      Long documentId,
      String registeredBy,
      Instant at) {}

  /** A task of a directive to insert. */
  public record NewTask(
      String content,
      String leadUnit,
      List<String> coordinatingUnits,
      boolean keyTask,
      Deadline deadline) {}

  public record Inserted(long directiveId, long id, String registerNumber) {}

  private static final String INSERT_DIRECTIVE =
      """
      insert into directive (number, issued_on, issuer_kind, issuer_key, issuer_name, excerpt, document_id,
                             registered_by, registered_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  /**
   * The one column list of a task row, for registration and for the import of a past task alike.
   */
  private static final String TASK_COLUMNS =
      """
      (directive_id, content, lead_unit_code, key_task, assigned_on, original_deadline, current_deadline,
       original_deadline_as_written, deadline_as_written, status, status_changed_at, registered_by, created_at,
       officer_username, completed_on, withdrawn_on, overdue_since)""";

  /**
   * The one statement inserting a task row, run alone (registration) or in JDBC batches (import).
   */
  private static final String INSERT_TASK =
      "insert into assigned_task "
          + TASK_COLUMNS
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_STATUS_CHANGE =
      "insert into task_status_change (task_id, status, changed_at, changed_by, note) values (?, ?, ?, ?, ?)";

  /**
   * Inserts a directive and its tasks; the database gives each task its register number,
   * NV-year-id. On PostgreSQL the directive and its first task go in one statement, which is most
   * of a registration's round trips to the database.
   */
  public List<Inserted> insertDirective(NewDirective d, List<NewTask> tasks) {
    List<Inserted> inserted = new ArrayList<>();
    Object[] directive = {
      d.number(),
      d.issuedOn(),
      d.kind().name(),
      d.issuerKey(),
      d.issuerName(),
      d.excerpt(),
      d.documentId(),
      d.registeredBy(),
      Timestamp.from(d.at())
    };
    long directiveId;
    int next = 0;
    if (postgres) {
      Inserted first =
          jdbc.sql(
                  "with d as ("
                      + INSERT_DIRECTIVE
                      + " returning id) insert into assigned_task "
                      + TASK_COLUMNS
                      + " select d.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from d returning directive_id, id, register_number")
              .params(concat(directive, taskValues(d, tasks.get(0))))
              .query((rs, n) -> new Inserted(rs.getLong(1), rs.getLong(2), rs.getString(3)))
              .single();
      directiveId = first.directiveId();
      inserted.add(first);
      next = 1;
    } else {
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      jdbc.sql(INSERT_DIRECTIVE).params(directive).update(keys, "id");
      directiveId = keys.getKey().longValue();
    }
    for (int i = next; i < tasks.size(); i++) {
      inserted.add(insertTask(directiveId, taskValues(d, tasks.get(i))));
    }
    for (int i = 0; i < tasks.size(); i++) {
      insertCoordination(inserted.get(i).id(), tasks.get(i).coordinatingUnits());
    }
    // The REGISTERED row of each task's status history is written with its announcement, in one
    // batch.
    return inserted;
  }

  private static Object[] taskValues(NewDirective d, NewTask t) {
    return taskValues(d.issuedOn(), d.registeredBy(), d.at(), t);
  }

  private static Object[] taskValues(
      LocalDate assignedOn, String registeredBy, Instant now, NewTask t) {
    return taskValues(
        t.content(),
        t.leadUnit(),
        t.keyTask(),
        assignedOn,
        t.deadline() == null ? null : t.deadline().asWritten(),
        t.deadline() == null ? null : t.deadline().due(),
        TaskStatus.REGISTERED,
        null,
        null,
        null,
        null,
        registeredBy,
        now);
  }

  /** The values of {@link #TASK_COLUMNS} after the directive id, in their order. */
  private static Object[] taskValues(
      String content,
      String leadUnit,
      boolean keyTask,
      LocalDate assignedOn,
      LocalDate deadlineAsWritten,
      LocalDate due,
      TaskStatus status,
      String officer,
      LocalDate completedOn,
      LocalDate withdrawnOn,
      Instant overdueSince,
      String registeredBy,
      Instant now) {
    Timestamp at = Timestamp.from(now);
    return new Object[] {
      content,
      leadUnit,
      keyTask,
      assignedOn,
      due,
      due,
      deadlineAsWritten,
      deadlineAsWritten,
      status.name(),
      at,
      registeredBy,
      at,
      officer,
      completedOn,
      withdrawnOn,
      overdueSince == null ? null : Timestamp.from(overdueSince)
    };
  }

  /** Rows per JDBC batch of the import of past tasks. */
  public static final int BATCH = 500;

  /**
   * A directive of past tasks (an import): the same row as a registered one, without its document.
   */
  public long insertDirective(
      String number,
      LocalDate issuedOn,
      IssuerKind kind,
      String issuerKey,
      String issuerName,
      String excerpt,
      String registeredBy,
      Instant at) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(INSERT_DIRECTIVE)
        .params(
            number,
            issuedOn,
            kind.name(),
            issuerKey,
            issuerName,
            excerpt,
            null,
            registeredBy,
            Timestamp.from(at))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /**
   * Past tasks as they stand (an import), by the same statement as registration's, in batches of
   * {@link #BATCH}, each with its one status-history row in batches too; the database gives each
   * its id and register number.
   */
  public List<Inserted> insertPastTasks(
      List<RegisterOperations.PastTask> tasks, String registeredBy, Instant now) {
    List<Inserted> inserted = new ArrayList<>(tasks.size());
    for (List<RegisterOperations.PastTask> chunk : chunks(tasks)) {
      List<Object[]> rows = new ArrayList<>(chunk.size());
      for (RegisterOperations.PastTask t : chunk) {
        rows.add(
            concat(
                new Object[] {t.directiveId()},
                taskValues(
                    t.content(),
                    t.leadUnit(),
                    false,
                    t.assignedOn(),
                    t.deadlineAsWritten(),
                    t.deadline(),
                    t.status(),
                    t.officer(),
                    t.completedOn(),
                    t.withdrawnOn(),
                    t.overdueSince(),
                    registeredBy,
                    now)));
      }
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      batch.batchUpdate(
          connection ->
              connection.prepareStatement(INSERT_TASK, new String[] {"id", "register_number"}),
          new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
              Object[] values = rows.get(i);
              for (int c = 0; c < values.length; c++) {
                ps.setObject(c + 1, values[c]);
              }
            }

            @Override
            public int getBatchSize() {
              return rows.size();
            }
          },
          keys);
      for (int i = 0; i < chunk.size(); i++) {
        Map<String, Object> key = keys.getKeyList().get(i);
        inserted.add(
            new Inserted(
                chunk.get(i).directiveId(),
                ((Number) generated(key, "id")).longValue(),
                (String) generated(key, "register_number")));
      }
    }
    Timestamp at = Timestamp.from(now);
    List<Object[]> history = new ArrayList<>(tasks.size());
    for (int i = 0; i < tasks.size(); i++) {
      history.add(
          new Object[] {
            inserted.get(i).id(),
            tasks.get(i).status().name(),
            at,
            registeredBy,
            tasks.get(i).note()
          });
    }
    for (List<Object[]> chunk : chunks(history)) {
      batch.batchUpdate(INSERT_STATUS_CHANGE, chunk);
    }
    return inserted;
  }

  /** The process instances that now track tasks, in batches. */
  public void setProcessInstances(List<Long> taskIds, List<String> processInstanceIds) {
    List<Object[]> rows = new ArrayList<>(taskIds.size());
    for (int i = 0; i < taskIds.size(); i++) {
      rows.add(new Object[] {processInstanceIds.get(i), taskIds.get(i)});
    }
    for (List<Object[]> chunk : chunks(rows)) {
      batch.batchUpdate("update assigned_task set process_instance_id = ? where id = ?", chunk);
    }
  }

  /** Generated keys come back named as the database spells them (H2: upper case). */
  private static Object generated(Map<String, Object> key, String column) {
    for (Map.Entry<String, Object> e : key.entrySet()) {
      if (e.getKey().equalsIgnoreCase(column)) {
        return e.getValue();
      }
    }
    throw new IllegalStateException("no generated " + column + " in " + key.keySet());
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      chunks.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return chunks;
  }

  /** Directives by number, at most {@link #BATCH} numbers a query. */
  public List<RegisterOperations.NumberedDirective> directivesNumbered(List<String> numbers) {
    List<RegisterOperations.NumberedDirective> found = new ArrayList<>();
    for (List<String> chunk : chunks(numbers)) {
      found.addAll(
          jdbc.sql(
                  "select id, issuer_key, number, issued_on from directive where number in (:numbers)")
              .param("numbers", chunk)
              .query(
                  (rs, n) ->
                      new RegisterOperations.NumberedDirective(
                          rs.getLong(1),
                          rs.getString(2),
                          rs.getString(3),
                          rs.getDate(4).toLocalDate()))
              .list());
    }
    return found;
  }

  /** The tasks of directives, at most {@link #BATCH} directives a query. */
  public List<RegisterOperations.DirectiveTask> tasksOfDirectives(List<Long> directiveIds) {
    List<RegisterOperations.DirectiveTask> found = new ArrayList<>();
    for (List<Long> chunk : chunks(directiveIds)) {
      found.addAll(
          jdbc.sql(
                  "select directive_id, lead_unit_code, content, register_number from assigned_task where directive_id in (:ids)")
              .param("ids", chunk)
              .query(
                  (rs, n) ->
                      new RegisterOperations.DirectiveTask(
                          rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
              .list());
    }
    return found;
  }

  // The deadline watch and extensions (module deadline) change these rows only through
  // RegisterOperations.

  /**
   * Marks the task overdue since the moment its deadline passed; a task already marked keeps its
   * first mark.
   */
  public void markOverdue(long taskId, Instant since) {
    jdbc.sql("update assigned_task set overdue_since = ? where id = ? and overdue_since is null")
        .params(Timestamp.from(since), taskId)
        .update();
  }

  public void markEscalated(long taskId, Instant at) {
    jdbc.sql("update assigned_task set escalated_at = ? where id = ?")
        .params(Timestamp.from(at), taskId)
        .update();
  }

  public boolean explanationRequested(long taskId) {
    return jdbc.sql("select count(*) from task_explanation where task_id = ?")
            .param(taskId)
            .query(Long.class)
            .single()
        > 0;
  }

  public void requestExplanation(long taskId, Instant at) {
    jdbc.sql("insert into task_explanation (task_id, requested_at) values (?, ?)")
        .params(taskId, Timestamp.from(at))
        .update();
  }

  /** The explanation given for the latest request. */
  public void recordExplanation(long taskId, String explanation, String by, Instant at) {
    jdbc.sql(
            """
            update task_explanation set explanation = ?, given_by = ?, given_at = ?
             where id = (select max(id) from task_explanation where task_id = ?)""")
        .params(explanation, by, Timestamp.from(at), taskId)
        .update();
  }

  public boolean extensionPending(long taskId) {
    return jdbc.sql("select count(*) from task_extension where task_id = ? and status = 'PENDING'")
            .param(taskId)
            .query(Long.class)
            .single()
        > 0;
  }

  public long insertExtensionRequest(
      long taskId,
      String by,
      Instant at,
      String reason,
      LocalDate proposedDeadline,
      LocalDate previousDeadline) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into task_extension (task_id, requested_by, requested_at, reason, proposed_deadline, previous_deadline, status)
            values (?, ?, ?, ?, ?, ?, 'PENDING')""")
        .params(taskId, by, Timestamp.from(at), reason, proposedDeadline, previousDeadline)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** The deadline before the request, if the request is this task's own and still waits. */
  public Optional<LocalDate> pendingExtension(long extensionId, long taskId) {
    return jdbc.sql(
            "select previous_deadline from task_extension where id = ? and task_id = ? and status = 'PENDING'")
        .params(extensionId, taskId)
        .query((rs, n) -> rs.getDate(1).toLocalDate())
        .optional();
  }

  /**
   * Approves the request and moves the task's deadline: {@code asWritten} the decision's date,
   * {@code due} the day it falls due.
   */
  public void approveExtension(
      long taskId,
      long extensionId,
      String by,
      Instant at,
      LocalDate asWritten,
      LocalDate due,
      String comment) {
    jdbc.sql(
            "update task_extension set status = 'APPROVED', decided_by = ?, decided_at = ?, approved_deadline = ?, comment = ? where id = ?")
        .params(by, Timestamp.from(at), asWritten, comment, extensionId)
        .update();
    jdbc.sql("update assigned_task set current_deadline = ?, deadline_as_written = ? where id = ?")
        .params(due, asWritten, taskId)
        .update();
  }

  public void rejectExtension(long extensionId, String by, Instant at, String comment) {
    jdbc.sql(
            "update task_extension set status = 'REJECTED', decided_by = ?, decided_at = ?, comment = ? where id = ?")
        .params(by, Timestamp.from(at), comment, extensionId)
        .update();
  }

  public List<TaskExtension> extensions(long taskId) {
    return jdbc.sql("select * from task_extension where task_id = ? order by id")
        .param(taskId)
        .query(
            (rs, n) ->
                new TaskExtension(
                    rs.getLong("id"),
                    rs.getString("requested_by"),
                    rs.getTimestamp("requested_at").toInstant(),
                    rs.getString("reason"),
                    rs.getDate("proposed_deadline").toLocalDate(),
                    rs.getDate("previous_deadline").toLocalDate(),
                    rs.getString("status"),
                    rs.getString("decided_by"),
                    rs.getTimestamp("decided_at") == null
                        ? null
                        : rs.getTimestamp("decided_at").toInstant(),
                    rs.getDate("approved_deadline") == null
                        ? null
                        : rs.getDate("approved_deadline").toLocalDate(),
                    rs.getString("comment")))
        .list();
  }

  /** A directive already in the register, as its addendum needs it. */
  public record DirectiveRow(
      long id,
      String number,
      LocalDate issuedOn,
      String issuerName,
      String excerpt,
      Long documentId) {}

  public Optional<DirectiveRow> directive(long id) {
    return jdbc.sql(
            "select id, number, issued_on, issuer_name, excerpt, document_id from directive where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new DirectiveRow(
                    rs.getLong(1),
                    rs.getString(2),
                    date(rs, "issued_on"),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6) == null ? null : rs.getLong(6)))
        .optional();
  }

  /**
   * Tasks added to a directive already registered (its addendum), assigned on the day they are
   * added.
   */
  public List<Inserted> insertTasks(
      long directiveId,
      LocalDate assignedOn,
      String registeredBy,
      Instant now,
      List<NewTask> tasks) {
    List<Inserted> inserted = new ArrayList<>();
    for (NewTask task : tasks) {
      Inserted row = insertTask(directiveId, taskValues(assignedOn, registeredBy, now, task));
      insertCoordination(row.id(), task.coordinatingUnits());
      inserted.add(row);
    }
    return inserted;
  }

  /** One task row of a directive; the database gives its id and register number. */
  private Inserted insertTask(long directiveId, Object[] values) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(INSERT_TASK)
        .params(concat(new Object[] {directiveId}, values))
        .update(keys, "id", "register_number");
    return new Inserted(
        directiveId,
        ((Number) keys.getKeys().get("id")).longValue(),
        (String) keys.getKeys().get("register_number"));
  }

  private void insertCoordination(long taskId, List<String> units) {
    for (String unit : units) {
      jdbc.sql("insert into task_coordination (task_id, unit_code) values (?, ?)")
          .params(taskId, unit)
          .update();
    }
  }

  /** The tasks of one directive, in the order they were registered, classed at a reference date. */
  public List<TaskView> tasksOfDirective(long directiveId, LocalDate at) {
    List<TaskView> tasks =
        jdbc.sql("select " + VIEW_COLUMNS + VIEW_FROM + " where t.directive_id = :id order by t.id")
            .param("id", directiveId)
            .param("at", at)
            .query(TaskRegister::view)
            .list();
    Map<Long, List<String>> coordination =
        coordinatingUnits(tasks.stream().map(TaskView::id).toList());
    return tasks.stream()
        .map(t -> t.withCoordinatingUnits(coordination.getOrDefault(t.id(), List.of())))
        .toList();
  }

  private static Object[] concat(Object[] a, Object[] b) {
    Object[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /**
   * The task's process has passed its start: the task waits for its unit. Writes the status history
   * from registration on (who registered it, when) in one batch.
   */
  public void markWaitingReceipt(long taskId, String processInstanceId, String actor, Instant now) {
    jdbc.sql(
            "update assigned_task set status = ?, status_changed_at = ?, process_instance_id = ? where id = ?")
        .params(TaskStatus.WAITING_RECEIPT.name(), Timestamp.from(now), processInstanceId, taskId)
        .update();
    batch.update(
        """
        insert into task_status_change (task_id, status, changed_at, changed_by, note)
        select id, 'REGISTERED', created_at, registered_by, null from assigned_task where id = ?
        union all select ?, ?, ?, ?, null from assigned_task where id = ?""",
        taskId,
        taskId,
        TaskStatus.WAITING_RECEIPT.name(),
        Timestamp.from(now),
        actor,
        taskId);
  }

  public void changeStatus(long taskId, TaskStatus status, String actor, Instant now, String note) {
    jdbc.sql("update assigned_task set status = ?, status_changed_at = ? where id = ?")
        .params(status.name(), Timestamp.from(now), taskId)
        .update();
    history(taskId, status, actor, now, note);
  }

  public void setOfficer(long taskId, String officer) {
    jdbc.sql("update assigned_task set officer_username = ? where id = ?")
        .params(officer, taskId)
        .update();
  }

  public void setLeadUnit(long taskId, String unit) {
    jdbc.sql("update assigned_task set lead_unit_code = ?, officer_username = null where id = ?")
        .params(unit, taskId)
        .update();
    jdbc.sql("delete from task_coordination where task_id = ? and unit_code = ?")
        .params(taskId, unit)
        .update();
  }

  public void recordProgress(long taskId, int percent, String note, String actor, Instant now) {
    jdbc.sql(
            "insert into task_progress (task_id, percent, note, recorded_by, recorded_at) values (?, ?, ?, ?, ?)")
        .params(taskId, percent, note, actor, Timestamp.from(now))
        .update();
    jdbc.sql("update assigned_task set progress_percent = ?, last_progress_at = ? where id = ?")
        .params(percent, Timestamp.from(now), taskId)
        .update();
  }

  public void recordCoordination(
      long taskId, String unit, String input, String actor, Instant now) {
    jdbc.sql(
            "update task_coordination set input = ?, given_by = ?, given_at = ? where task_id = ? and unit_code = ?")
        .params(input, actor, Timestamp.from(now), taskId, unit)
        .update();
  }

  public void insertSubmission(
      long taskId,
      LocalDate on,
      String text,
      String documentRef,
      Long documentId,
      String actor,
      Instant now) {
    jdbc.sql(
            """
            insert into task_submission (task_id, submitted_on, submitted_at, submitted_by, result_text, document_ref,
                                         document_id, outcome)
            values (?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
        .params(taskId, on, Timestamp.from(now), actor, text, documentRef, documentId)
        .update();
  }

  /** Records a decision on the latest submission; returns the date that submission was made. */
  public LocalDate decideLatestSubmission(
      long taskId, String outcome, String actor, Instant now, String comment) {
    Map<String, Object> latest =
        jdbc
            .sql("select id, submitted_on from task_submission where task_id = ? order by id desc")
            .param(taskId)
            .query()
            .listOfRows()
            .stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("task " + taskId + " has no submission"));
    jdbc.sql(
            "update task_submission set outcome = ?, decided_by = ?, decided_at = ?, comment = ? where id = ?")
        .params(outcome, actor, Timestamp.from(now), comment, latest.get("id"))
        .update();
    return ((Date) latest.get("submitted_on")).toLocalDate();
  }

  public void complete(long taskId, LocalDate completedOn) {
    jdbc.sql("update assigned_task set completed_on = ? where id = ?")
        .params(completedOn, taskId)
        .update();
  }

  public void withdraw(long taskId, LocalDate withdrawnOn) {
    jdbc.sql("update assigned_task set withdrawn_on = ? where id = ?")
        .params(withdrawnOn, taskId)
        .update();
  }

  /**
   * What the steps of a task's process need of its register row, found by the register number, the
   * business key.
   */
  public Optional<ProcessTask> processTask(String registerNumber) {
    return jdbc.sql(
            "select id, lead_unit_code, current_deadline from assigned_task where register_number = ?")
        .param(registerNumber)
        .query(
            (rs, n) ->
                new ProcessTask(rs.getLong(1), rs.getString(2), date(rs, "current_deadline")))
        .optional();
  }

  public Optional<TaskView> find(String registerNumber, LocalDate at) {
    return jdbc.sql("select " + VIEW_COLUMNS + VIEW_FROM + " where t.register_number = :number")
        .param("number", registerNumber)
        .param("at", at)
        .query(TaskRegister::view)
        .optional()
        .map(
            v ->
                v.withCoordinatingUnits(
                    coordinatingUnits(List.of(v.id())).getOrDefault(v.id(), List.of())));
  }

  public Optional<TaskView> find(long id, LocalDate at) {
    return find(id, at, true);
  }

  /**
   * @param withCoordination false where the coordinating units are not needed, to spare a query
   */
  public Optional<TaskView> find(long id, LocalDate at, boolean withCoordination) {
    Optional<TaskView> task =
        jdbc.sql("select " + VIEW_COLUMNS + VIEW_FROM + " where t.id = :id")
            .param("id", id)
            .param("at", at)
            .query(TaskRegister::view)
            .optional();
    return withCoordination
        ? task.map(
            v ->
                v.withCoordinatingUnits(
                    coordinatingUnits(List.of(v.id())).getOrDefault(v.id(), List.of())))
        : task;
  }

  /**
   * One page of tasks matching a query, with the total count.
   *
   * @param soon the last deadline of a task due soon at the query's reference date
   *     (TaskFigure.DUE_SOON)
   */
  public TaskPage page(RegisterQuery query, List<String> visibleUnits, LocalDate soon) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    params.put("at", query.at());
    if (visibleUnits != null) {
      where.append(
          " and (t.lead_unit_code in (:visible) or exists (select 1 from task_coordination c"
              + " where c.task_id = t.id and c.unit_code in (:visible)))");
      params.put("visible", visibleUnits.isEmpty() ? List.of("") : visibleUnits);
    }
    if (query.unit() != null) {
      where.append(" and t.lead_unit_code = :unit");
      params.put("unit", query.unit());
    }
    if (query.unitKind() != null) {
      where.append(
          " and exists (select 1 from unit k where k.code = t.lead_unit_code and k.kind = :unitKind)");
      params.put("unitKind", query.unitKind().name());
    }
    if (query.issuer() != null) {
      where.append(" and (d.issuer_key = :issuer or d.issuer_kind = :issuer)");
      params.put("issuer", query.issuer());
    }
    if (query.directive() != null) {
      // "1/TB-UBND" finds the number in every year; "1/TB-UBND ngày 05/01/2026", as the register
      // shows it, one directive.
      Matcher dated = DATED_DIRECTIVE.matcher(query.directive());
      LocalDate issuedOn = null;
      if (dated.matches()) {
        try {
          issuedOn =
              LocalDate.of(
                  Integer.parseInt(dated.group(4)),
                  Integer.parseInt(dated.group(3)),
                  Integer.parseInt(dated.group(2)));
        } catch (java.time.DateTimeException notADate) {
          issuedOn = null;
        }
      }
      where.append(" and upper(d.number) = upper(:directive)");
      params.put("directive", issuedOn == null ? query.directive() : dated.group(1));
      if (issuedOn != null) {
        where.append(" and d.issued_on = :directiveIssuedOn");
        params.put("directiveIssuedOn", issuedOn);
      }
    }
    if (query.assignedFrom() != null) {
      where.append(" and t.assigned_on >= :from");
      params.put("from", query.assignedFrom());
    }
    if (query.assignedTo() != null) {
      where.append(" and t.assigned_on <= :to");
      params.put("to", query.assignedTo());
    }
    if (query.statusClass() != null) {
      where.append(" and (").append(StatusClass.SQL).append(") = :statusClass");
      params.put("statusClass", query.statusClass().name());
    }
    if (query.figure() != null) {
      where.append(" and ").append(query.figure().sql());
      if (query.figure().readsSoon()) {
        params.put("soon", soon);
      }
    }
    if (query.status() != null) {
      where.append(" and t.status = :status");
      params.put("status", query.status().name());
    }
    if (query.text() != null) {
      where.append(
          " and (lower(t.content) like :text or lower(d.excerpt) like :text or lower(d.number) like :text"
              + " or lower(t.register_number) like :text)");
      params.put("text", "%" + query.text().toLowerCase() + "%");
    }
    // The joins never drop a row (both are required foreign keys), so the count leaves out those no
    // filter
    // reads: one unit's tasks are then counted from the unit index alone, not from a million rows'
    // pages.
    boolean readsDirective =
        query.issuer() != null || query.directive() != null || query.text() != null;
    String countFrom =
        readsDirective
            ? " from assigned_task t join directive d on d.id = t.directive_id"
            : " from assigned_task t";
    long total =
        jdbc.sql("select count(*)" + countFrom + where).params(params).query(Long.class).single();
    String sql =
        "select "
            + VIEW_COLUMNS
            + VIEW_FROM
            + where
            + " order by "
            + query.sort().sql()
            + ", t.id"
            + " offset "
            + ((long) query.page() * query.size())
            + " rows fetch next "
            + query.size()
            + " rows only";
    List<TaskView> rows = jdbc.sql(sql).params(params).query(TaskRegister::view).list();
    Map<Long, List<String>> coordination =
        coordinatingUnits(rows.stream().map(TaskView::id).toList());
    List<TaskView> items =
        rows.stream()
            .map(v -> v.withCoordinatingUnits(coordination.getOrDefault(v.id(), List.of())))
            .toList();
    return new TaskPage(items, total, query.page(), query.size());
  }

  public TaskHistory history(TaskView task) {
    long id = task.id();
    List<StatusChange> changes =
        jdbc.sql("select * from task_status_change where task_id = ? order by id")
            .param(id)
            .query(
                (rs, n) -> {
                  TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
                  return new StatusChange(
                      status,
                      status.label(),
                      instant(rs, "changed_at"),
                      rs.getString("changed_by"),
                      rs.getString("note"));
                })
            .list();
    List<ProgressUpdate> progress =
        jdbc.sql("select * from task_progress where task_id = ? order by id")
            .param(id)
            .query(
                (rs, n) ->
                    new ProgressUpdate(
                        rs.getInt("percent"),
                        rs.getString("note"),
                        instant(rs, "recorded_at"),
                        rs.getString("recorded_by")))
            .list();
    List<CoordinationInput> coordination =
        jdbc.sql("select * from task_coordination where task_id = ? order by unit_code")
            .param(id)
            .query(
                (rs, n) ->
                    new CoordinationInput(
                        rs.getString("unit_code"),
                        rs.getString("input"),
                        rs.getString("given_by"),
                        instant(rs, "given_at")))
            .list();
    List<Submission> submissions =
        jdbc.sql("select * from task_submission where task_id = ? order by id")
            .param(id)
            .query(
                (rs, n) ->
                    new Submission(
                        rs.getLong("id"),
                        rs.getDate("submitted_on").toLocalDate(),
                        instant(rs, "submitted_at"),
                        rs.getString("submitted_by"),
                        rs.getString("result_text"),
                        rs.getString("document_ref"),
                        (Long) rs.getObject("document_id", Long.class),
                        rs.getString("outcome"),
                        rs.getString("decided_by"),
                        instant(rs, "decided_at"),
                        rs.getString("comment")))
            .list();
    List<TaskHistory.Explanation> explanations =
        jdbc.sql("select * from task_explanation where task_id = ? order by id")
            .param(id)
            .query(
                (rs, n) ->
                    new TaskHistory.Explanation(
                        instant(rs, "requested_at"),
                        rs.getString("explanation"),
                        rs.getString("given_by"),
                        instant(rs, "given_at")))
            .list();
    return new TaskHistory(task, changes, progress, coordination, submissions, explanations);
  }

  /** The coordination inputs given so far, as one text the lead officer reads in a form. */
  public String coordinationSummary(long taskId) {
    List<String> lines = new ArrayList<>();
    jdbc.sql(
            "select u.name, c.input from task_coordination c join unit u on u.code = c.unit_code"
                + " where c.task_id = ? and c.input is not null order by c.given_at")
        .param(taskId)
        .query(
            (ResultSet rs) -> {
              lines.add(rs.getString(1) + ": " + rs.getString(2));
            });
    String summary = String.join("\n\n", lines);
    // The summary travels as a string variable (at most 4,000 characters); the register keeps every
    // input whole.
    return summary.length() <= 3900
        ? summary
        : summary.substring(0, 3800)
            + "…\n(Còn tiếp: xem đầy đủ các ý kiến phối hợp trong sổ theo dõi nhiệm vụ.)";
  }

  private Map<Long, List<String>> coordinatingUnits(List<Long> taskIds) {
    Map<Long, List<String>> byTask = new LinkedHashMap<>();
    if (taskIds.isEmpty()) {
      return byTask;
    }
    jdbc.sql(
            "select task_id, unit_code from task_coordination where task_id in (:ids) order by unit_code")
        .param("ids", taskIds)
        .query(
            (ResultSet rs) -> {
              byTask.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
    return byTask;
  }

  private void history(long taskId, TaskStatus status, String actor, Instant now, String note) {
    jdbc.sql(INSERT_STATUS_CHANGE)
        .params(taskId, status.name(), Timestamp.from(now), actor, note)
        .update();
  }

  private static TaskView view(ResultSet rs, int row) throws SQLException {
    TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
    StatusClass statusClass = StatusClass.valueOf(rs.getString("status_class"));
    return new TaskView(
        rs.getLong("id"),
        rs.getString("register_number"),
        rs.getString("content"),
        rs.getLong("directive_id"),
        rs.getString("directive_number"),
        date(rs, "directive_issued_on"),
        IssuerKind.valueOf(rs.getString("issuer_kind")),
        rs.getString("issuer_key"),
        rs.getString("issuer_name"),
        rs.getString("lead_unit_code"),
        rs.getString("lead_unit_name"),
        List.of(),
        rs.getBoolean("key_task"),
        date(rs, "assigned_on"),
        date(rs, "original_deadline"),
        date(rs, "current_deadline"),
        status,
        status.label(),
        statusClass,
        statusClass.label(),
        rs.getString("officer_username"),
        rs.getInt("progress_percent"),
        instant(rs, "last_progress_at"),
        date(rs, "completed_on"),
        date(rs, "withdrawn_on"),
        rs.getString("process_instance_id"),
        instant(rs, "overdue_since"),
        instant(rs, "escalated_at"),
        AssignmentService.directiveLabel(
            rs.getString("directive_number"), date(rs, "directive_issued_on")),
        date(rs, "original_deadline_as_written"),
        date(rs, "deadline_as_written"),
        Deadline.text(date(rs, "deadline_as_written"), date(rs, "current_deadline")));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}
