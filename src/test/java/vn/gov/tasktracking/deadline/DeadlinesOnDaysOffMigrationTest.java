package vn.gov.tasktracking.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.gov.tasktracking.assignment.StatusClassSql;
import vn.gov.tasktracking.deadline.internal.DeadlinesOnDaysOffMigration;

/**
 * Migration 13.3 on a register written before Civil Code art. 148 was applied to dates: a fresh H2
 * with the product's migrations, rows as the old code stored them, then the migration's step.
 */
class DeadlinesOnDaysOffMigrationTest {

  private final JdbcDataSource h2 = new JdbcDataSource();
  private final JdbcClient jdbc;

  DeadlinesOnDaysOffMigrationTest() {
    h2.setURL("jdbc:h2:mem:deadline-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure()
        .dataSource(h2)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .table("tasktracking_schema_history")
        .load()
        .migrate();
    jdbc = JdbcClient.create(h2);
  }

  @Test
  void storedDeadlinesOnADayOffMoveToTheNextWorkingDayByTheCalendarInForceAndTheTallyFollows()
      throws SQLException {
    jdbc.sql(
            "insert into unit (code, name, kind, active, updated_at) values ('MIG', 'Đơn vị kiểm thử', 'DEPARTMENT', true, ?)")
        .param(Timestamp.from(Instant.now()))
        .update();
    // An administrator's notice for 2028 names only 1/9 off: 4/9/2028 is then a working day.
    jdbc.sql(
            "insert into calendar_year (year_number, exceptions, updated_by, updated_at) values (2028, ?, 'admin', ?)")
        .params(
            "{\"extraDaysOff\":[{\"date\":\"2028-09-01\",\"note\":\"Ngày liền kề Quốc khánh\"}]}",
            Timestamp.from(Instant.now()))
        .update();
    long directive = directive();
    long onTimeByLaw = task(directive, "2026-09-02", "2026-09-03", "2026-09-02");
    long lateAnyway = task(directive, "2026-09-02", "2026-09-04", "2026-09-02");
    long openOnSunday = task(directive, "2026-09-06", null, null);
    long adminWorkingDay = task(directive, "2028-09-04", "2028-09-04", null);
    long weekday = task(directive, "2026-09-10", "2026-09-10", null);
    assertThat(tally()).containsEntry("COMPLETED_ON_TIME", 2L).containsEntry("COMPLETED_LATE", 2L);

    try (Connection connection = h2.getConnection()) {
      assertThat(
              DeadlinesOnDaysOffMigration.move(connection, Instant.parse("2026-09-20T02:00:00Z")))
          .isEqualTo(3);
    }

    assertThat(row(onTimeByLaw))
        .containsEntry("ORIGINAL_DEADLINE", date("2026-09-03"))
        .containsEntry("CURRENT_DEADLINE", date("2026-09-03"))
        .containsEntry("DEADLINE_AS_WRITTEN", date("2026-09-02"))
        .containsEntry("ORIGINAL_DEADLINE_AS_WRITTEN", date("2026-09-02"))
        .containsEntry("OVERDUE_SINCE", null)
        .containsEntry("CLASS", "COMPLETED_ON_TIME");
    assertThat(row(lateAnyway))
        .containsEntry("CURRENT_DEADLINE", date("2026-09-03"))
        .containsEntry("CLASS", "COMPLETED_LATE")
        .containsEntry("OVERDUE_SINCE", Timestamp.from(Instant.parse("2026-09-03T17:00:00Z")));
    assertThat(row(openOnSunday))
        .containsEntry("CURRENT_DEADLINE", date("2026-09-07"))
        .containsEntry("DEADLINE_AS_WRITTEN", date("2026-09-06"));
    assertThat(row(adminWorkingDay)).containsEntry("CURRENT_DEADLINE", date("2028-09-04"));
    assertThat(row(weekday)).containsEntry("CURRENT_DEADLINE", date("2026-09-10"));
    assertThat(
            jdbc.sql("select task_id from task_deadline_adjustment order by task_id")
                .query(Long.class)
                .list())
        .containsExactly(onTimeByLaw, lateAnyway, openOnSunday);
    // The trigger took the old counts out and put the new ones in: the tally is the recount.
    assertThat(tally()).containsEntry("COMPLETED_ON_TIME", 3L).containsEntry("COMPLETED_LATE", 1L);
    assertThat(tally()).isEqualTo(recount());
  }

  private long directive() {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into directive (number, issued_on, issuer_kind, issuer_key, issuer_name, excerpt, registered_at)"
                + " values ('9/TB-UBND', '2026-08-17', 'COMMITTEE', 'UBND', 'UBND tỉnh', 'Trích yếu', ?)")
        .param(Timestamp.from(Instant.now()))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /**
   * A task as the old code stored it: the written date as deadline; completed by an update, as the
   * register does.
   */
  private long task(long directive, String deadline, String completedOn, String overdueSince) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into assigned_task (directive_id, content, lead_unit_code, key_task, assigned_on, original_deadline,"
                + " current_deadline, original_deadline_as_written, deadline_as_written, status, status_changed_at, created_at)"
                + " values (?, 'Nhiệm vụ', 'MIG', false, '2026-08-17', ?, ?, ?, ?, 'IN_PROGRESS', ?, ?)")
        .params(
            directive,
            date(deadline),
            date(deadline),
            date(deadline),
            date(deadline),
            Timestamp.from(Instant.now()),
            Timestamp.from(Instant.now()))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    if (completedOn != null) {
      jdbc.sql(
              "update assigned_task set status = 'COMPLETED', completed_on = ?, overdue_since = ? where id = ?")
          .params(
              date(completedOn),
              overdueSince == null
                  ? null
                  : Timestamp.from(
                      date(overdueSince)
                          .toLocalDate()
                          .plusDays(1)
                          .atStartOfDay(java.time.ZoneOffset.ofHours(7))
                          .toInstant()),
              id)
          .update();
    }
    return id;
  }

  private Map<String, Object> row(long id) {
    return jdbc.sql(
            "select t.original_deadline, t.current_deadline, t.original_deadline_as_written, t.deadline_as_written,"
                + " t.overdue_since, "
                + StatusClassSql.AT
                + " as class from assigned_task t where t.id = :id")
        .param("id", id)
        .param("at", date("2026-09-20"))
        .query()
        .singleRow();
  }

  private Map<String, Long> tally() {
    return jdbc.sql(
            "select completed_on_time, completed_late from task_outcome_tally where lead_unit_code = 'MIG'")
        .query(
            (rs, n) -> Map.of("COMPLETED_ON_TIME", rs.getLong(1), "COMPLETED_LATE", rs.getLong(2)))
        .single();
  }

  private Map<String, Long> recount() {
    List<String> classes =
        jdbc.sql(
                "select "
                    + StatusClassSql.AT
                    + " from assigned_task t where t.lead_unit_code = 'MIG'")
            .param("at", date("2030-12-31"))
            .query(String.class)
            .list();
    return Map.of(
        "COMPLETED_ON_TIME",
        classes.stream().filter("COMPLETED_ON_TIME"::equals).count(),
        "COMPLETED_LATE",
        classes.stream().filter("COMPLETED_LATE"::equals).count());
  }

  private static java.sql.Date date(String iso) {
    return java.sql.Date.valueOf(LocalDate.parse(iso));
  }
}
