package vn.gov.tasktracking.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import org.h2.tools.TriggerAdapter;

/**
 * On H2, keeps {@code task_outcome_tally} in step with every write of a closed task, as the
 * PL/pgSQL trigger does on PostgreSQL (db/vendor/postgresql/V6_1__reporting_tally_trigger.sql).
 * H2 runs triggers written in Java only.
 */
public class OutcomeTallyH2Trigger extends TriggerAdapter {

  @Override
  public void fire(Connection conn, ResultSet oldRow, ResultSet newRow) throws SQLException {
    Closed before = Closed.of(oldRow);
    Closed after = Closed.of(newRow);
    if (Objects.equals(before, after)) {
      return;
    }
    if (before != null) {
      count(conn, before, -1);
    }
    if (after != null) {
      count(conn, after, 1);
    }
  }

  private static void count(Connection conn, Closed task, int delta) throws SQLException {
    String issuer;
    try (PreparedStatement select = conn.prepareStatement("select issuer_key from directive where id = ?")) {
      select.setLong(1, task.directiveId());
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        issuer = rs.getString(1);
      }
    }
    Object[] key = {task.unit(), issuer, task.assignedOn().withDayOfMonth(1), task.statusClass(), task.beforeDeadline(), task.extended()};
    String where =
        " where lead_unit_code = ? and issuer_key = ? and assigned_month = ? and status_class = ? and before_deadline = ? and extended = ?";
    try (PreparedStatement update = conn.prepareStatement("update task_outcome_tally set tasks = tasks + ?" + where)) {
      update.setInt(1, delta);
      for (int i = 0; i < key.length; i++) {
        update.setObject(i + 2, key[i]);
      }
      if (update.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement insert = conn.prepareStatement(
        "insert into task_outcome_tally (lead_unit_code, issuer_key, assigned_month, status_class, before_deadline, extended, tasks)"
            + " values (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < key.length; i++) {
        insert.setObject(i + 1, key[i]);
      }
      insert.setInt(key.length + 1, delta);
      insert.executeUpdate();
    }
  }

  /** What the tally counts of a closed task; null for an open task or no row. */
  private record Closed(String unit, long directiveId, LocalDate assignedOn, String statusClass, int beforeDeadline, int extended) {

    static Closed of(ResultSet row) throws SQLException {
      if (row == null) {
        return null;
      }
      LocalDate completed = date(row, "COMPLETED_ON");
      LocalDate withdrawn = date(row, "WITHDRAWN_ON");
      if (completed == null && withdrawn == null) {
        return null;
      }
      LocalDate deadline = date(row, "CURRENT_DEADLINE");
      LocalDate original = date(row, "ORIGINAL_DEADLINE");
      String statusClass;
      if (withdrawn != null) {
        statusClass = "WITHDRAWN";
      } else if (deadline == null) {
        statusClass = "COMPLETED_NO_DEADLINE";
      } else {
        statusClass = completed.isAfter(deadline) ? "COMPLETED_LATE" : "COMPLETED_ON_TIME";
      }
      int before = withdrawn == null && deadline != null && completed.isBefore(deadline) ? 1 : 0;
      int extended = deadline != null && original != null && !deadline.equals(original) ? 1 : 0;
      return new Closed(row.getString("LEAD_UNIT_CODE"), row.getLong("DIRECTIVE_ID"), date(row, "ASSIGNED_ON"), statusClass, before,
          extended);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
      Object value = row.getObject(column);
      if (value instanceof java.sql.Date d) {
        return d.toLocalDate();
      }
      return (LocalDate) value;
    }
  }
}
