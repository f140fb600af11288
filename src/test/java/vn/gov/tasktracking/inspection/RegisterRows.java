package vn.gov.tasktracking.inspection;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Register rows written straight into the tables, to build a unit's history as the seeds describe
 * it.
 */
final class RegisterRows {

  private static int directives;

  private final JdbcClient jdbc;
  private final long directiveId;

  RegisterRows(JdbcClient jdbc, LocalDate issuedOn) {
    this.jdbc = jdbc;
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into directive (number, issued_on, issuer_kind, issuer_key, issuer_name, excerpt, registered_at)
            values (?, ?, 'COMMITTEE', 'UBND', 'UBND tỉnh', 'Văn bản dựng cho kiểm thử', ?)""")
        .params(
            (++directives) + "-" + System.nanoTime() + "/KT",
            issuedOn,
            Timestamp.from(Instant.now()))
        .update(keys, "id");
    this.directiveId = keys.getKey().longValue();
  }

  /**
   * A task of the unit; completed when {@code completedOn} is given, withdrawn when {@code
   * withdrawnOn} is.
   */
  long task(
      String unit,
      LocalDate assignedOn,
      LocalDate deadline,
      LocalDate completedOn,
      LocalDate withdrawnOn) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    String status =
        withdrawnOn != null ? "WITHDRAWN" : completedOn != null ? "COMPLETED" : "IN_PROGRESS";
    jdbc.sql(
            """
            insert into assigned_task (directive_id, content, lead_unit_code, key_task, assigned_on, original_deadline,
                                       current_deadline, status, status_changed_at, completed_on, withdrawn_on, created_at)
            values (?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            directiveId,
            "Nhiệm vụ giao ngày " + assignedOn,
            unit,
            assignedOn,
            deadline,
            deadline,
            status,
            Timestamp.from(Instant.now()),
            completedOn,
            withdrawnOn,
            Timestamp.from(Instant.now()))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void explanation(long taskId, String text) {
    jdbc.sql(
            "insert into task_explanation (task_id, requested_at, explanation, given_at) values (?, ?, ?, ?)")
        .params(taskId, Timestamp.from(Instant.now()), text, Timestamp.from(Instant.now()))
        .update();
  }

  void complete(long taskId, LocalDate on) {
    jdbc.sql("update assigned_task set completed_on = ?, status = 'COMPLETED' where id = ?")
        .params(on, taskId)
        .update();
  }

  String registerNumber(long taskId) {
    return jdbc.sql("select register_number from assigned_task where id = ?")
        .param(taskId)
        .query(String.class)
        .single();
  }
}
