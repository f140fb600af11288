package vn.gov.tasktracking.reporting;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.tasktracking.assignment.StatusClass;
import vn.gov.tasktracking.assignment.TaskFigure;
import vn.gov.tasktracking.deadline.WorkingDayCalendar;
import vn.gov.tasktracking.directory.UnitKind;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.system.InvalidInputException;

/**
 * Statistics of the register for any period and reference date, by unit, issuer or kind of unit,
 * with the score and ranking (DOMAIN.md "Reports").
 *
 * <p>How it stays fast over millions of tasks and exact for every date: tasks closed on or before
 * the reference date are in their final class, which {@code task_outcome_tally} counts per lead
 * unit, issuer and month of assignment (kept by a trigger on every write of the register). Whole
 * months of the period are read from the tally; the register's rows are read only for the days of
 * the period outside whole months, for open tasks, and for tasks closed after the reference date
 * (these are taken out of the tally's figures and counted in their class at that date).
 */
@Service
public class ReportService {

  /** Open tasks with a progress update in this many days up to the reference date count as updated. */
  public static final int UPDATE_WINDOW_DAYS = 30;
  /** Open tasks whose deadline is within this many working days of the reference date are due soon. */
  public static final int DUE_SOON_WORKING_DAYS = TaskFigure.DUE_SOON_WORKING_DAYS;

  private final JdbcClient jdbc;
  private final WorkingDayCalendar calendar;
  private final ReportingSettings settings;
  private volatile Boolean postgres;

  public ReportService(JdbcClient jdbc, WorkingDayCalendar calendar, ReportingSettings settings) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.settings = settings;
  }

  /** The answer of GET /api/reports/statistics. */
  public record Statistics(
      LocalDate from, LocalDate to, LocalDate at, GroupBy groupBy, List<Figures> rows, Figures total, String periodLabel) {}

  /**
   * The statistics of a query: one row per issuer or kind of unit that has tasks in the period, or
   * per active unit (zeros for one without tasks), best score first, and the total.
   *
   * @throws InvalidInputException for a unit that is not in the directory
   */
  @Transactional(readOnly = true)
  public Statistics statistics(StatisticsQuery query) {
    Map<String, UnitInfo> units = units();
    List<String> scope = scope(query, units);
    Map<Key, Tally> tallies = count(query.from(), query.to(), query.at(), scope, query.groupBy() == GroupBy.ISSUER);

    Map<String, Tally> grouped = new LinkedHashMap<>();
    Tally total = new Tally();
    tallies.forEach((key, tally) -> {
      String group = switch (query.groupBy()) {
        case UNIT -> key.unit();
        case ISSUER -> key.issuer();
        case UNIT_KIND -> units.containsKey(key.unit()) ? units.get(key.unit()).kind() : key.unit();
      };
      grouped.computeIfAbsent(group, g -> new Tally()).add(tally);
      total.add(tally);
    });
    List<Figures> rows = new ArrayList<>();
    grouped.forEach((group, tally) -> {
      if (!tally.isEmpty()) {
        rows.add(tally.figures(group, name(query.groupBy(), group, units), settings));
      }
    });
    if (query.groupBy() == GroupBy.UNIT) {
      // Every active unit asked about has its row, with zeros when it was given no task in the period.
      units.values().stream()
          .filter(u -> u.active() && (scope == null || scope.contains(u.code())))
          .filter(u -> rows.stream().noneMatch(r -> r.key().equals(u.code())))
          .forEach(u -> rows.add(new Tally().figures(u.code(), u.name(), settings)));
    }
    String totalName = query.unit() == null && query.unitKind() == null ? "Toàn tỉnh" : "Tổng cộng";
    return new Statistics(query.from(), query.to(), query.at(), query.groupBy(), ranked(rows),
        total.figures("TOTAL", totalName, settings), query.periodLabel());
  }

  /**
   * The figures of one unit for tasks assigned in [from, to] at the reference date {@code at}
   * (what a unit reports to the working group at an inspection).
   *
   * @throws InvalidInputException when the unit is unknown or {@code to} is before {@code from}
   */
  @Transactional(readOnly = true)
  public Figures unitFigures(String unitCode, LocalDate from, LocalDate to, LocalDate at) {
    if (unitCode == null || unitCode.isBlank()) {
      throw InvalidInputException.of("unit", "Cần chọn đơn vị.");
    }
    StatisticsQuery query = StatisticsQuery.of(GroupBy.UNIT, from, to, at, unitCode);
    Map<String, UnitInfo> units = units();
    Tally tally = new Tally();
    count(from, to, at, scope(query, units), false).values().forEach(tally::add);
    return tally.figures(unitCode, units.get(unitCode).name(), settings);
  }

  private boolean postgres() {
    if (postgres == null) {
      postgres = jdbc.sql("select 1")
          .query((rs, n) -> "PostgreSQL".equals(rs.getStatement().getConnection().getMetaData().getDatabaseProductName()))
          .single();
    }
    return postgres;
  }

  /** Best score first; equal scores share a rank; rows without a score come last, unranked. */
  private static List<Figures> ranked(List<Figures> rows) {
    List<Figures> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing((Figures f) -> f.score() == null)
        .thenComparing(f -> -nullToZero(f.score()))
        .thenComparing(f -> -nullToZero(f.onTimeRate()))
        .thenComparing(Figures::key));
    List<Figures> result = new ArrayList<>();
    Integer rank = null;
    Double previous = null;
    for (int i = 0; i < sorted.size(); i++) {
      Figures f = sorted.get(i);
      if (f.score() == null) {
        result.add(f);
        continue;
      }
      if (!f.score().equals(previous)) {
        rank = i + 1;
        previous = f.score();
      }
      result.add(f.withRank(rank));
    }
    return result;
  }

  private static double nullToZero(Double d) {
    return d == null ? 0 : d;
  }

  private record UnitInfo(String code, String name, String kind, boolean active) {}

  private record Key(String unit, String issuer) {}

  private Map<String, UnitInfo> units() {
    Map<String, UnitInfo> units = new HashMap<>();
    jdbc.sql("select code, name, kind, active from unit")
        .query((rs, n) -> new UnitInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
        .list()
        .forEach(u -> units.put(u.code(), u));
    return units;
  }

  /** The lead units the query is about; null for all. */
  private static List<String> scope(StatisticsQuery query, Map<String, UnitInfo> units) {
    if (query.unit() != null && !units.containsKey(query.unit())) {
      throw InvalidInputException.of("unit", "Không có đơn vị mã '" + query.unit() + "' trong danh mục đơn vị.");
    }
    if (query.unit() == null && query.unitKind() == null) {
      return null;
    }
    return units.values().stream()
        .filter(u -> query.unit() == null || u.code().equals(query.unit()))
        .filter(u -> query.unitKind() == null || u.kind().equals(query.unitKind().name()))
        .map(UnitInfo::code)
        .toList();
  }

  private String name(GroupBy groupBy, String key, Map<String, UnitInfo> units) {
    return switch (groupBy) {
      case UNIT -> units.containsKey(key) ? units.get(key).name() : key;
      case UNIT_KIND -> kindLabel(key);
      case ISSUER -> jdbc.sql("select issuer_name from directive where issuer_key = ? fetch first 1 rows only")
          .param(key).query(String.class).optional().orElse(key);
    };
  }

  private static String kindLabel(String kind) {
    for (UnitKind k : UnitKind.values()) {
      if (k.name().equals(kind)) {
        return k.label();
      }
    }
    return kind;
  }

  /**
   * Counts per lead unit and issuer of the tasks assigned in [from, to] that existed at {@code at};
   * the issuer only when {@code byIssuer}, which costs a join with the directives.
   */
  private Map<Key, Tally> count(LocalDate from, LocalDate to, LocalDate at, List<String> scope, boolean byIssuer) {
    Map<Key, Tally> tallies = new HashMap<>();
    LocalDate last = to.isAfter(at) ? at : to;
    if (last.isBefore(from) || (scope != null && scope.isEmpty())) {
      return tallies;
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
        "select lead_unit_code, " + issuer + ", sum(completed_on_time), sum(completed_before_deadline), sum(completed_late),"
            + " sum(completed_no_deadline), sum(withdrawn), sum(extended) from task_outcome_tally"
            + " where assigned_month >= :firstMonth and assigned_month < :endMonth" + units.formatted("lead_unit_code")
            + " group by lead_unit_code" + (byIssuer ? ", issuer_key" : "");
    String wholeMonths = "t.assigned_on >= :firstMonth and t.assigned_on < :endMonth" + units.formatted("t.lead_unit_code");
    // Assigned in whole months (so on or before the reference date) and closed after it: open at that date.
    String closedAfter = wholeMonths + " and t.settled_on > :at";
    if (manyClosedAfter(at)) {
      // The same condition as "the days the task was open contain the date", which the GiST index
      // assigned_task_open_until_settled_idx answers with those tasks alone; the B-tree on settled_on would read every task
      // closed after the date, nearly the whole register for an early one.
      closedAfter += " and " + OPEN_UNTIL_SETTLED + " @> cast(:at as date)";
    }
    String rows =
        // closed after the reference date, each read once: out of the tally's figures in its final class (n = -1), and into
        // its class at the reference date (n = 1)
        "select t.lead_unit_code as u, t.directive_id as dir, case when s.n < 0 then " + FINAL_CLASS + " else " + StatusClass.SQL
            + " end as c, " + BEFORE_DEADLINE + " as b, case when s.n < 0 then 0 else " + DUE_SOON + " end as s, " + EXTENDED
            + " as e, case when s.n < 0 then 0 else " + UPDATED + " end as up, s.n as n from assigned_task t"
            + " cross join (select -1 as n union all select 1 as n) s where " + closedAfter
            // open tasks of whole months
            + " union all " + rowsAt(wholeMonths + " and t.completed_on is null and t.withdrawn_on is null")
            // days outside whole months, every task in its class at the reference date
            + " union all " + rowsAt("((t.assigned_on >= :from and t.assigned_on < :firstMonth)"
                + " or (t.assigned_on >= :endMonth and t.assigned_on <= :last))" + units.formatted("t.lead_unit_code"));
    // One aggregation over every row read; the directives are joined once, and only for the issuers.
    String counted = byIssuer
        ? "select x.u, d.issuer_key, x.c, x.b, x.s, x.e, x.up, sum(x.n) from (" + rows + ") x join directive d on d.id = x.dir"
            + " group by x.u, d.issuer_key, x.c, x.b, x.s, x.e, x.up"
        : "select x.u, '', x.c, x.b, x.s, x.e, x.up, sum(x.n) from (" + rows + ") x group by x.u, x.c, x.b, x.s, x.e, x.up";
    Map<String, Object> params = new HashMap<>();
    params.put("firstMonth", firstMonth);
    params.put("endMonth", endMonth);
    params.put("from", from);
    params.put("last", last);
    params.put("at", at);
    params.put("soon", calendar.addWorkingDays(at, DUE_SOON_WORKING_DAYS));
    params.put("windowStart", Timestamp.from(at.minusDays(UPDATE_WINDOW_DAYS - 1).atStartOfDay(EngineClock.ZONE).toInstant()));
    params.put("windowEnd", Timestamp.from(calendar.endOfDay(at)));
    if (scope != null) {
      params.put("units", scope);
    }
    if (postgres()) {
      // These statements' estimates pass PostgreSQL's JIT threshold: compiling them took ~0.3 s, running them ~15 ms.
      // A plan for the dates at hand: a generic one (the driver prepares repeated statements) misjudges the rows read.
      jdbc.sql("select set_config('jit', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)").query().listOfRows();
    }
    jdbc.sql(closed).params(params).query((ResultSet rs) -> {
      tallies.computeIfAbsent(new Key(rs.getString(1), rs.getString(2)), k -> new Tally())
          .addClosed(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8));
    });
    jdbc.sql(counted).params(params).query((ResultSet rs) -> {
      tallies.computeIfAbsent(new Key(rs.getString(1), rs.getString(2)), k -> new Tally())
          .add(StatusClass.valueOf(rs.getString(3)), rs.getInt(4) == 1, rs.getInt(5) == 1, rs.getInt(6) == 1, rs.getInt(7) == 1,
              rs.getLong(8));
    });
    return tallies;
  }

  /** From this many tasks closed after the reference date on, they are found through the GiST index (PostgreSQL). */
  static final int MANY_CLOSED_AFTER = 5000;

  /**
   * Whether many tasks closed after the date (an earlier date), so that the GiST index finds those open at the date
   * faster than the B-tree on settled_on, which reads each task closed after it; few (a recent date) are read faster
   * from the B-tree. The planner cannot tell: it misjudges how many ranges contain a date. Counted from the B-tree,
   * at most {@link #MANY_CLOSED_AFTER} entries. Only a choice of index: both find the same tasks.
   */
  private boolean manyClosedAfter(LocalDate at) {
    int many = manyClosedAfter;
    return postgres()
        && jdbc.sql("select count(*) from (select 1 from assigned_task where settled_on > ? fetch first " + many + " rows only) x")
            .param(at).query(Long.class).single() >= many;
  }

  private volatile int manyClosedAfter = MANY_CLOSED_AFTER;

  /** For ReportExactnessIT: from how many tasks closed after the reference date on the GiST index is used (0: always). */
  void useGistIndexFrom(int tasks) {
    manyClosedAfter = tasks;
  }

  /** The class a closed task keeps, as the tally counts it: StatusClass.SQL on the day it closed. */
  private static final String FINAL_CLASS = StatusClass.SQL.replace(":at", "t.settled_on");

  /** The days a closed task was open, as db/vendor/postgresql/V14_5 indexes them (PostgreSQL only). */
  private static final String OPEN_UNTIL_SETTLED = "daterange(t.assigned_on, greatest(t.assigned_on, t.settled_on))";

  private static final String BEFORE_DEADLINE =
      "case when t.withdrawn_on is null and t.completed_on < t.current_deadline then 1 else 0 end";

  private static final String EXTENDED = "case when t.current_deadline <> t.original_deadline then 1 else 0 end";

  /**
   * Rows in their class at the reference date, with whether they were completed before the deadline
   * day, are due soon, extended, and updated in the window. The last progress update tells unless it
   * came after the reference date; then the updates themselves are looked at.
   */
  private static String rowsAt(String where) {
    return "select t.lead_unit_code, t.directive_id, " + StatusClass.SQL + ", " + BEFORE_DEADLINE + ", " + DUE_SOON + ", " + EXTENDED
        + ", " + UPDATED + ", 1 from assigned_task t where " + where;
  }

  private static final String DUE_SOON = "case when t.current_deadline <= :soon then 1 else 0 end";

  /** Whether a task had a progress update in the window (see {@link #rowsAt}). */
  private static final String UPDATED =
      """
      case when t.last_progress_at is null then 0
           when t.last_progress_at < :windowEnd then case when t.last_progress_at >= :windowStart then 1 else 0 end
           when exists (select 1 from task_progress p where p.task_id = t.id
                        and p.recorded_at >= :windowStart and p.recorded_at < :windowEnd) then 1
           else 0 end""";
}
