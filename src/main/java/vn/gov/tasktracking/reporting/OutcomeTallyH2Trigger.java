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
 * PL/pgSQL trigger does on PostgreSQL (db/vendor/postgresql/V6_1__reporting_tally_trigger.sql): the
 * old row's counts come out, the new row's go in. H2 runs triggers written in Java only.
 */
public class OutcomeTallyH2Trigger extends TriggerAdapter {

  private static final String COUNTS =
      "completed_on_time, completed_before_deadline, completed_late, completed_no_deadline, withdrawn, extended";

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

  private static void count(Connection conn, Closed task, int sign) throws SQLException {
    String issuer;
    try (PreparedStatement select =
        conn.prepareStatement("select issuer_key from directive where id = ?")) {
      select.setLong(1, task.directiveId());
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        issuer = rs.getString(1);
      }
    }
    int[] counts = task.counts();
    try (PreparedStatement update =
        conn.prepareStatement(
            "update task_outcome_tally set completed_on_time = completed_on_time + ?, completed_before_deadline = completed_before_deadline + ?,"
                + " completed_late = completed_late + ?, completed_no_deadline = completed_no_deadline + ?, withdrawn = withdrawn + ?,"
                + " extended = extended + ? where lead_unit_code = ? and issuer_key = ? and assigned_month = ?")) {
      for (int i = 0; i < counts.length; i++) {
        update.setInt(i + 1, sign * counts[i]);
      }
      update.setString(7, task.unit());
      update.setString(8, issuer);
      update.setObject(9, task.assignedOn().withDayOfMonth(1));
      if (update.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement insert =
        conn.prepareStatement(
            "insert into task_outcome_tally (lead_unit_code, issuer_key, assigned_month, "
                + COUNTS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, task.unit());
      insert.setString(2, issuer);
      insert.setObject(3, task.assignedOn().withDayOfMonth(1));
      for (int i = 0; i < counts.length; i++) {
        insert.setInt(i + 4, sign * counts[i]);
      }
      insert.executeUpdate();
    }
  }

  /** What the tally counts of a closed task; null for an open task or no row. */
  private record Closed(
      String unit,
      long directiveId,
      LocalDate assignedOn,
      LocalDate completed,
      LocalDate withdrawn,
      LocalDate deadline,
      LocalDate original) {

    static Closed of(ResultSet row) throws SQLException {
      if (row == null) {
        return null;
      }
      LocalDate completed = date(row, "COMPLETED_ON");
      LocalDate withdrawn = date(row, "WITHDRAWN_ON");
      if (completed == null && withdrawn == null) {
        return null;
      }
      return new Closed(
          row.getString("LEAD_UNIT_CODE"),
          row.getLong("DIRECTIVE_ID"),
          date(row, "ASSIGNED_ON"),
          completed,
          withdrawn,
          date(row, "CURRENT_DEADLINE"),
          date(row, "ORIGINAL_DEADLINE"));
    }

    /**
     * In the order of the tally's columns: on time, before the deadline day, late, no deadline,
     * withdrawn, extended.
     */
    int[] counts() {
      if (withdrawn != null) {
        return new int[] {0, 0, 0, 0, 1, 0};
      }
      if (deadline == null) {
        return new int[] {0, 0, 0, 1, 0, 0};
      }
      int extended = original != null && !deadline.equals(original) ? 1 : 0;
      return new int[] {
        completed.isAfter(deadline) ? 0 : 1,
        completed.isBefore(deadline) ? 1 : 0,
        completed.isAfter(deadline) ? 1 : 0,
        0,
        0,
        extended
      };
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
