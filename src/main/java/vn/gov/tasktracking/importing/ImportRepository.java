package vn.gov.tasktracking.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.tasktracking.assignment.TaskStatus;
import vn.gov.tasktracking.importing.ImportRules.Issuer;

/**
 * Writes imported tasks into the register's own tables (directive, assigned_task,
 * task_status_change), so that queries and reports count them exactly like tasks registered live.
 * Tasks and their history go in JDBC batches.
 */
@Repository
class ImportRepository {

  /** Rows per JDBC batch and per IN list. */
  static final int CHUNK = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ImportRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  record ExistingDirective(long id, String issuerKey, String number, LocalDate issuedOn) {
    /** As {@link ImportRules.ImportedRow#directiveKey()}: issuer, number and year of issue. */
    String key() {
      return ImportRules.directiveKey(issuerKey, number, issuedOn);
    }
  }

  record ExistingTask(long directiveId, String unitCode, String content, String registerNumber) {}

  /**
   * A task row to insert; {@code deadline} the day it is due, {@code deadlineAsWritten} as the file
   * wrote it; {@code overdueSince} as the deadline watch would have marked it.
   */
  record NewTask(
      long directiveId, String content, String unitCode, LocalDate assignedOn, LocalDate deadlineAsWritten, LocalDate deadline,
      TaskStatus status, String officer, LocalDate completedOn, LocalDate withdrawnOn, Instant overdueSince) {}

  record Inserted(long id, String registerNumber) {}

  List<ExistingDirective> directivesNumbered(Collection<String> numbers) {
    List<ExistingDirective> found = new ArrayList<>();
    for (List<String> chunk : chunks(List.copyOf(numbers))) {
      found.addAll(jdbc.sql("select id, issuer_key, number, issued_on from directive where number in (:numbers)")
          .param("numbers", chunk)
          .query((rs, n) -> new ExistingDirective(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()))
          .list());
    }
    return found;
  }

  List<ExistingTask> tasksOf(Collection<Long> directiveIds) {
    List<ExistingTask> found = new ArrayList<>();
    for (List<Long> chunk : chunks(List.copyOf(directiveIds))) {
      found.addAll(jdbc.sql("select directive_id, lead_unit_code, content, register_number from assigned_task where directive_id in (:ids)")
          .param("ids", chunk)
          .query((rs, n) -> new ExistingTask(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
          .list());
    }
    return found;
  }

  long insertDirective(String number, LocalDate issuedOn, Issuer issuer, String excerpt, String by, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into directive (number, issued_on, issuer_kind, issuer_key, issuer_name, excerpt, registered_by, registered_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(number, issuedOn, issuer.kind().name(), issuer.key(), issuer.name(), excerpt, by, Timestamp.from(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** Inserts the tasks in batches; the database gives each its id and register number. */
  List<Inserted> insertTasks(List<NewTask> tasks, String by, Instant at) {
    List<Inserted> inserted = new ArrayList<>(tasks.size());
    Timestamp now = Timestamp.from(at);
    for (List<NewTask> chunk : chunks(tasks)) {
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      template.batchUpdate(
          connection -> connection.prepareStatement(
              """
              insert into assigned_task (directive_id, content, lead_unit_code, key_task, assigned_on, original_deadline,
                current_deadline, status, status_changed_at, officer_username, completed_on, withdrawn_on, overdue_since,
                registered_by, created_at, original_deadline_as_written, deadline_as_written)
              values (?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
              new String[] {"id", "register_number"}),
          new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
              NewTask t = chunk.get(i);
              ps.setLong(1, t.directiveId());
              ps.setString(2, t.content());
              ps.setString(3, t.unitCode());
              ps.setObject(4, t.assignedOn());
              ps.setObject(5, t.deadline());
              ps.setObject(6, t.deadline());
              ps.setString(7, t.status().name());
              ps.setTimestamp(8, now);
              ps.setString(9, t.officer());
              ps.setObject(10, t.completedOn());
              ps.setObject(11, t.withdrawnOn());
              ps.setTimestamp(12, t.overdueSince() == null ? null : Timestamp.from(t.overdueSince()));
              ps.setString(13, by);
              ps.setTimestamp(14, now);
              ps.setObject(15, t.deadlineAsWritten());
              ps.setObject(16, t.deadlineAsWritten());
            }

            @Override
            public int getBatchSize() {
              return chunk.size();
            }
          },
          keys);
      for (Map<String, Object> key : keys.getKeyList()) {
        inserted.add(new Inserted(((Number) value(key, "id")).longValue(), (String) value(key, "register_number")));
      }
    }
    return inserted;
  }

  /** One status-history row per task: its status, who imported it, from which file and row. */
  void insertHistory(List<Long> taskIds, List<TaskStatus> statuses, List<String> notes, String by, Instant at) {
    Timestamp now = Timestamp.from(at);
    List<Object[]> rows = new ArrayList<>(taskIds.size());
    for (int i = 0; i < taskIds.size(); i++) {
      rows.add(new Object[] {taskIds.get(i), statuses.get(i).name(), now, by, notes.get(i)});
    }
    for (List<Object[]> chunk : chunks(rows)) {
      template.batchUpdate(
          "insert into task_status_change (task_id, status, changed_at, changed_by, note) values (?, ?, ?, ?, ?)", chunk);
    }
  }

  void setProcessInstances(List<Long> taskIds, List<String> processInstanceIds) {
    List<Object[]> rows = new ArrayList<>(taskIds.size());
    for (int i = 0; i < taskIds.size(); i++) {
      rows.add(new Object[] {processInstanceIds.get(i), taskIds.get(i)});
    }
    for (List<Object[]> chunk : chunks(rows)) {
      template.batchUpdate("update assigned_task set process_instance_id = ? where id = ?", chunk);
    }
  }

  /** Generated keys come back named as the database spells them (H2: upper case). */
  private static Object value(Map<String, Object> key, String column) {
    for (Map.Entry<String, Object> e : key.entrySet()) {
      if (e.getKey().equalsIgnoreCase(column)) {
        return e.getValue();
      }
    }
    throw new IllegalStateException("no generated " + column + " in " + key.keySet());
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }
}
