package vn.gov.tasktracking.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.gov.tasktracking.assignment.RegisterStatistics;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.reporting.internal.ReportingSettings;
import vn.gov.tasktracking.system.DatabaseKind;
import vn.gov.tasktracking.system.VietnamTime;

/**
 * A register of its own for report tests: a fresh in-memory H2 database with the product's
 * migrations (tally trigger included), filled row by row as the register's writes would: a task is
 * inserted open, then completed, withdrawn or extended by updates.
 */
final class TestRegister {

  final JdbcClient jdbc;
  private int directives;

  TestRegister() {
    this(migratedH2());
  }

  /** Writes into an existing register, e.g. the application's in an integration test. */
  TestRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static JdbcClient migratedH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:reports-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure()
        .dataSource(h2)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .table("tasktracking_schema_history")
        .load()
        .migrate();
    return JdbcClient.create(h2);
  }

  ReportService service() {
    return service(ReportingSettings.defaults());
  }

  ReportService service(ReportingSettings settings) {
    return new ReportService(
        jdbc,
        WorkingDayCalendar.withShippedExceptions(),
        settings,
        new RegisterStatistics(jdbc, DatabaseKind.of(jdbc)));
  }

  TestRegister unit(String code, String name, String kind) {
    jdbc.sql("insert into unit (code, name, kind, active, updated_at) values (?, ?, ?, true, ?)")
        .params(code, name, kind, Timestamp.from(Instant.now()))
        .update();
    return this;
  }

  /** A directive of the given issuer; returns its id. */
  long directive(String issuerKey, String issuerName, LocalDate issuedOn) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into directive (number, issued_on, issuer_kind, issuer_key, issuer_name, excerpt, registered_at)"
                + " values (?, ?, ?, ?, ?, 'Trích yếu', ?)")
        .params(
            ++directives + "-" + UUID.randomUUID().toString().substring(0, 8) + "/TB-UBND",
            issuedOn,
            issuerKey.equals("UBND") ? "COMMITTEE" : "VICE_CHAIRMAN",
            issuerKey,
            issuerName,
            Timestamp.from(Instant.now()))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** An open task; returns its id. */
  long task(long directiveId, String unit, LocalDate assignedOn, LocalDate deadline) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into assigned_task (directive_id, content, lead_unit_code, key_task, assigned_on, original_deadline,"
                + " current_deadline, status, status_changed_at, created_at) values (?, 'Nhiệm vụ', ?, false, ?, ?, ?, 'IN_PROGRESS', ?, ?)")
        .params(
            directiveId,
            unit,
            assignedOn,
            deadline,
            deadline,
            Timestamp.from(Instant.now()),
            Timestamp.from(Instant.now()))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void complete(long taskId, LocalDate on) {
    jdbc.sql("update assigned_task set completed_on = ?, status = 'COMPLETED' where id = ?")
        .params(on, taskId)
        .update();
  }

  void withdraw(long taskId, LocalDate on) {
    jdbc.sql("update assigned_task set withdrawn_on = ?, status = 'WITHDRAWN' where id = ?")
        .params(on, taskId)
        .update();
  }

  void extend(long taskId, LocalDate newDeadline) {
    jdbc.sql("update assigned_task set current_deadline = ? where id = ?")
        .params(newDeadline, taskId)
        .update();
  }

  /** A progress update at noon (Vietnam) of a day. */
  void progress(long taskId, LocalDate on) {
    Timestamp at = Timestamp.from(on.atTime(12, 0).atZone(VietnamTime.ZONE).toInstant());
    jdbc.sql("insert into task_progress (task_id, percent, recorded_at) values (?, 50, ?)")
        .params(taskId, at)
        .update();
    jdbc.sql("update assigned_task set progress_percent = 50, last_progress_at = ? where id = ?")
        .params(at, taskId)
        .update();
  }
}
