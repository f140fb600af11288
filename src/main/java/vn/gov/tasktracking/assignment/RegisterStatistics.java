package vn.gov.tasktracking.assignment;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.tasktracking.system.DatabaseKind;

/**
 * The register's classification for other modules (reports, inspections): how many tasks of a
 * period are in each {@link StatusClass} at a reference date, and which tasks are. The only reader
 * of {@code assigned_task} outside this module's own queries; other modules ask it and write no SQL
 * on the register.
 *
 * <p>How the counts stay fast over millions of tasks and exact for every date: tasks closed on or
 * before the reference date are in their final class, which {@code task_outcome_tally} counts per
 * lead unit, issuer and month of assignment (kept by a trigger on every write of the register).
 * Whole months of the period are read from the tally; the register's rows are read only for the
 * days of the period outside whole months, for open tasks, and for tasks closed after the reference
 * date (taken out of the tally's figures and counted in their class at that date).
 */
@Service
public class RegisterStatistics {

  /**
   * A question: tasks assigned in [{@code from}, {@code to}] that existed at {@code at}, of these
   * lead units (null: all), per issuer too when {@code byIssuer} (a join with the directives).
   *
   * @param soon an open task within its deadline is due soon when its deadline is on or before this
   *     day
   * @param updatedFrom an open task counts as updated with a progress update at or after this
   *     instant ...
   * @param updatedUntil ... and before this one
   */
  public record CountQuery(
      LocalDate from,
      LocalDate to,
      LocalDate at,
      LocalDate soon,
      Instant updatedFrom,
      Instant updatedUntil,
      Collection<String> units,
      boolean byIssuer) {}

  /**
   * Tasks closed on or before the reference date, from the tally: on time (of which before the
   * deadline day), late, without deadline, withdrawn, and extended (completed with a deadline that
   * differs from the original). {@code issuer} is "" unless asked for.
   */
  public record ClosedCount(
      String unit,
      String issuer,
      long onTime,
      long beforeDeadline,
      long late,
      long noDeadline,
      long withdrawn,
      long extended) {}

  /**
   * Tasks in a class at the reference date with the same flags: completed before the deadline day,
   * due soon, extended, updated in the window. {@code tasks} is negative for tasks to take away
   * from the {@link ClosedCount}s (closed after the reference date, so counted there in their final
   * class).
   */
  public record ClassCount(
      String unit,
      String issuer,
      StatusClass statusClass,
      boolean beforeDeadline,
      boolean dueSoon,
      boolean extended,
      boolean updated,
      long tasks) {}

  /**
   * The counts of a question: what the closed counts and the class counts give together, summed.
   */
  public record Counts(List<ClosedCount> closed, List<ClassCount> classes) {}

  /** A task in its class at a reference date. */
  public record ClassifiedTask(
      long id,
      String registerNumber,
      String content,
      LocalDate assignedOn,
      LocalDate deadline,
      LocalDate completedOn,
      StatusClass statusClass) {}

  /**
   * From this many tasks closed after the reference date on, they are found through the GiST index
   * (PostgreSQL).
   */
  public static final int MANY_CLOSED_AFTER = 5000;

  private final JdbcClient jdbc;
  private final DatabaseKind database;
  private volatile int manyClosedAfter = MANY_CLOSED_AFTER;

  public RegisterStatistics(JdbcClient jdbc, DatabaseKind database) {
    this.jdbc = jdbc;
    this.database = database;
  }

  /**
   * Counts per lead unit (and issuer) of the tasks assigned in the question's period that existed
   * at its reference date.
   */
  @Transactional(readOnly = true)
  public Counts count(CountQuery q) {
    List<ClosedCount> closedCounts = new ArrayList<>();
    List<ClassCount> classCounts = new ArrayList<>();
    LocalDate from = q.from();
    LocalDate at = q.at();
    LocalDate last = q.to().isAfter(at) ? at : q.to();
    Collection<String> scope = q.units();
    boolean byIssuer = q.byIssuer();
    if (last.isBefore(from) || (scope != null && scope.isEmpty())) {
      return new Counts(closedCounts, classCounts);
    }
    // Whole months [firstMonth, endMonth) come from the tally; the rest of the days from the rows.
    LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate endMonth = last.plusDays(1).withDayOfMonth(1);
    if (!endMonth.isAfter(firstMonth)) {
      firstMonth = from;
      endMonth = from;
    }
    String units = scope == null ? "" : " and %s in (:units)";
    String issuer = byIssuer ? "issuer_key" : "''";
    String closed =
        "select lead_unit_code, "
            + issuer
            + ", sum(completed_on_time), sum(completed_before_deadline), sum(completed_late),"
            + " sum(completed_no_deadline), sum(withdrawn), sum(extended) from task_outcome_tally"
            + " where assigned_month >= :firstMonth and assigned_month < :endMonth"
            + units.formatted("lead_unit_code")
            + " group by lead_unit_code"
            + (byIssuer ? ", issuer_key" : "");
    String wholeMonths =
        "t.assigned_on >= :firstMonth and t.assigned_on < :endMonth"
            + units.formatted("t.lead_unit_code");
    // Assigned in whole months (so on or before the reference date) and closed after it: open at
    // that date.
    String closedAfter = wholeMonths + " and t.settled_on > :at";
    if (manyClosedAfter(at)) {
      // The same condition as "the days the task was open contain the date", which the GiST index
      // assigned_task_open_until_settled_idx answers with those tasks alone; the B-tree on
      // settled_on would read every task
      // closed after the date, nearly the whole register for an early one.
      closedAfter += " and " + OPEN_UNTIL_SETTLED + " @> cast(:at as date)";
    }
    String rows =
        // closed after the reference date, each read once: out of the tally's figures in its final
        // class (n = -1), and into
        // its class at the reference date (n = 1)
        "select t.lead_unit_code as u, t.directive_id as dir, case when s.n < 0 then "
            + FINAL_CLASS
            + " else "
            + StatusClass.SQL
            + " end as c, "
            + BEFORE_DEADLINE
            + " as b, case when s.n < 0 then 0 else "
            + DUE_SOON
            + " end as s, "
            + EXTENDED
            + " as e, case when s.n < 0 then 0 else "
            + UPDATED
            + " end as up, s.n as n from assigned_task t"
            + " cross join (select -1 as n union all select 1 as n) s where "
            + closedAfter
            // open tasks of whole months
            + " union all "
            + rowsAt(wholeMonths + " and t.completed_on is null and t.withdrawn_on is null")
            // days outside whole months, every task in its class at the reference date
            + " union all "
            + rowsAt(
                "((t.assigned_on >= :from and t.assigned_on < :firstMonth)"
                    + " or (t.assigned_on >= :endMonth and t.assigned_on <= :last))"
                    + units.formatted("t.lead_unit_code"));
    // One aggregation over every row read; the directives are joined once, and only for the
    // issuers.
    String counted =
        byIssuer
            ? "select x.u, d.issuer_key, x.c, x.b, x.s, x.e, x.up, sum(x.n) from ("
                + rows
                + ") x join directive d on d.id = x.dir"
                + " group by x.u, d.issuer_key, x.c, x.b, x.s, x.e, x.up"
            : "select x.u, '', x.c, x.b, x.s, x.e, x.up, sum(x.n) from ("
                + rows
                + ") x group by x.u, x.c, x.b, x.s, x.e, x.up";
    Map<String, Object> params = new HashMap<>();
    params.put("firstMonth", firstMonth);
    params.put("endMonth", endMonth);
    params.put("from", from);
    params.put("last", last);
    params.put("at", at);
    params.put("soon", q.soon());
    params.put("windowStart", Timestamp.from(q.updatedFrom()));
    params.put("windowEnd", Timestamp.from(q.updatedUntil()));
    if (scope != null) {
      params.put("units", scope);
    }
    if (postgres()) {
      // These statements' estimates pass PostgreSQL's JIT threshold: compiling them took ~0.3 s,
      // running them ~15 ms.
      // A plan for the dates at hand: a generic one (the driver prepares repeated statements)
      // misjudges the rows read.
      jdbc.sql(
              "select set_config('jit', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)")
          .query()
          .listOfRows();
    }
    jdbc.sql(closed)
        .params(params)
        .query(
            (ResultSet rs) -> {
              closedCounts.add(
                  new ClosedCount(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getLong(3),
                      rs.getLong(4),
                      rs.getLong(5),
                      rs.getLong(6),
                      rs.getLong(7),
                      rs.getLong(8)));
            });
    jdbc.sql(counted)
        .params(params)
        .query(
            (ResultSet rs) -> {
              classCounts.add(
                  new ClassCount(
                      rs.getString(1),
                      rs.getString(2),
                      StatusClass.valueOf(rs.getString(3)),
                      rs.getInt(4) == 1,
                      rs.getInt(5) == 1,
                      rs.getInt(6) == 1,
                      rs.getInt(7) == 1,
                      rs.getLong(8)));
            });
    return new Counts(closedCounts, classCounts);
  }

  /**
   * The tasks of a lead unit assigned in [from, to] that are in one of these classes at {@code at},
   * oldest first.
   */
  @Transactional(readOnly = true)
  public List<ClassifiedTask> tasksOf(
      String unit, LocalDate from, LocalDate to, LocalDate at, Collection<StatusClass> classes) {
    if (classes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select c.* from (select t.id, t.register_number, t.content, t.assigned_on, t.current_deadline, t.completed_on, "
                + StatusClass.SQL
                + " as status_class from assigned_task t"
                + " where t.lead_unit_code = :unit and t.assigned_on between :from and :to) c"
                + " where c.status_class in (:classes) order by c.assigned_on, c.id")
        .param("unit", unit)
        .param("from", from)
        .param("to", to)
        .param("at", at)
        .param("classes", classes.stream().map(Enum::name).toList())
        .query(
            (rs, n) ->
                new ClassifiedTask(
                    rs.getLong("id"),
                    rs.getString("register_number"),
                    rs.getString("content"),
                    date(rs.getDate("assigned_on")),
                    date(rs.getDate("current_deadline")),
                    date(rs.getDate("completed_on")),
                    StatusClass.valueOf(rs.getString("status_class"))))
        .list();
  }

  /**
   * From how many tasks closed after the reference date on the GiST index is used (0: always;
   * PostgreSQL only). Only a choice of index, both find the same tasks; ReportExactnessIT checks
   * the index's path with a small register.
   */
  public void useGistIndexFrom(int tasks) {
    manyClosedAfter = tasks;
  }

  /**
   * Whether many tasks closed after the date (an earlier date), so that the GiST index finds those
   * open at the date faster than the B-tree on settled_on, which reads each task closed after it;
   * few (a recent date) are read faster from the B-tree. The planner cannot tell: it misjudges how
   * many ranges contain a date. Counted from the B-tree, at most {@link #MANY_CLOSED_AFTER}
   * entries.
   */
  private boolean manyClosedAfter(LocalDate at) {
    int many = manyClosedAfter;
    return postgres()
        && jdbc.sql(
                    "select count(*) from (select 1 from assigned_task where settled_on > ? fetch first "
                        + many
                        + " rows only) x")
                .param(at)
                .query(Long.class)
                .single()
            >= many;
  }

  private boolean postgres() {
    return database.postgres();
  }

  private static LocalDate date(java.sql.Date d) {
    return d == null ? null : d.toLocalDate();
  }

  /**
   * The class a closed task keeps, as the tally counts it: StatusClass.SQL on the day it closed.
   */
  private static final String FINAL_CLASS = StatusClass.SQL.replace(":at", "t.settled_on");

  /**
   * The days a closed task was open, as db/vendor/postgresql/V14_5 indexes them (PostgreSQL only).
   */
  private static final String OPEN_UNTIL_SETTLED =
      "daterange(t.assigned_on, greatest(t.assigned_on, t.settled_on))";

  private static final String BEFORE_DEADLINE =
      "case when t.withdrawn_on is null and t.completed_on < t.current_deadline then 1 else 0 end";

  private static final String EXTENDED =
      "case when t.current_deadline <> t.original_deadline then 1 else 0 end";

  private static final String DUE_SOON = "case when t.current_deadline <= :soon then 1 else 0 end";

  /**
   * Whether a task had a progress update in the window. The last progress update tells unless it
   * came after the reference date; then the updates themselves are looked at.
   */
  private static final String UPDATED =
      """
      case when t.last_progress_at is null then 0
           when t.last_progress_at < :windowEnd then case when t.last_progress_at >= :windowStart then 1 else 0 end
           when exists (select 1 from task_progress p where p.task_id = t.id
                        and p.recorded_at >= :windowStart and p.recorded_at < :windowEnd) then 1
           else 0 end""";

  /**
   * Rows in their class at the reference date, with whether they were completed before the deadline
   * day, are due soon, extended, and updated in the window.
   */
  private static String rowsAt(String where) {
    return "select t.lead_unit_code, t.directive_id, "
        + StatusClass.SQL
        + ", "
        + BEFORE_DEADLINE
        + ", "
        + DUE_SOON
        + ", "
        + EXTENDED
        + ", "
        + UPDATED
        + ", 1 from assigned_task t where "
        + where;
  }
}
