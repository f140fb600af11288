package vn.gov.tasktracking.reporting;

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
import vn.gov.tasktracking.assignment.RegisterStatistics;
import vn.gov.tasktracking.assignment.TaskFigure;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.directory.UnitKind;
import vn.gov.tasktracking.reporting.internal.GroupBy;
import vn.gov.tasktracking.reporting.internal.ReportingSettings;
import vn.gov.tasktracking.reporting.internal.StatisticsQuery;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.VietnamTime;

/**
 * Statistics of the register for any period and reference date, by unit, issuer or kind of unit,
 * with the score and ranking (docs/domain.md "Reports").
 *
 * <p>The counts per unit, issuer and class are the register's ({@link RegisterStatistics}, module
 * {@code assignment}, which says how they stay fast and exact); this service keeps the periods, the
 * grouping, the rates, the score and the ranking.
 */
@Service
public class ReportService {

  /**
   * Open tasks with a progress update in this many days up to the reference date count as updated.
   */
  public static final int UPDATE_WINDOW_DAYS = 30;

  /**
   * Open tasks whose deadline is within this many working days of the reference date are due soon.
   */
  public static final int DUE_SOON_WORKING_DAYS = TaskFigure.DUE_SOON_WORKING_DAYS;

  private final JdbcClient jdbc;
  private final WorkingDayCalendar calendar;
  private final ReportingSettings settings;
  private final RegisterStatistics register;

  public ReportService(
      JdbcClient jdbc,
      WorkingDayCalendar calendar,
      ReportingSettings settings,
      RegisterStatistics register) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.settings = settings;
    this.register = register;
  }

  /** The answer of GET /api/reports/statistics. */
  public record Statistics(
      LocalDate from,
      LocalDate to,
      LocalDate at,
      GroupBy groupBy,
      List<Figures> rows,
      Figures total,
      String periodLabel) {}

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
    Map<Key, Tally> tallies =
        count(query.from(), query.to(), query.at(), scope, query.groupBy() == GroupBy.ISSUER);

    Map<String, Tally> grouped = new LinkedHashMap<>();
    Tally total = new Tally();
    tallies.forEach(
        (key, tally) -> {
          String group =
              switch (query.groupBy()) {
                case UNIT -> key.unit();
                case ISSUER -> key.issuer();
                case UNIT_KIND ->
                    units.containsKey(key.unit()) ? units.get(key.unit()).kind() : key.unit();
              };
          grouped.computeIfAbsent(group, g -> new Tally()).add(tally);
          total.add(tally);
        });
    List<Figures> rows = new ArrayList<>();
    grouped.forEach(
        (group, tally) -> {
          if (!tally.isEmpty()) {
            rows.add(tally.figures(group, name(query.groupBy(), group, units), settings));
          }
        });
    if (query.groupBy() == GroupBy.UNIT) {
      // Every active unit asked about has its row, with zeros when it was given no task in the
      // period.
      units.values().stream()
          .filter(u -> u.active() && (scope == null || scope.contains(u.code())))
          .filter(u -> rows.stream().noneMatch(r -> r.key().equals(u.code())))
          .forEach(u -> rows.add(new Tally().figures(u.code(), u.name(), settings)));
    }
    String totalName = query.unit() == null && query.unitKind() == null ? "Toàn tỉnh" : "Tổng cộng";
    return new Statistics(
        query.from(),
        query.to(),
        query.at(),
        query.groupBy(),
        ranked(rows),
        total.figures("TOTAL", totalName, settings),
        query.periodLabel());
  }

  /**
   * The figures of one unit for tasks assigned in [from, to] at the reference date {@code at} (what
   * a unit reports to the working group at an inspection).
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

  /** Best score first; equal scores share a rank; rows without a score come last, unranked. */
  private static List<Figures> ranked(List<Figures> rows) {
    List<Figures> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparing((Figures f) -> f.score() == null)
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
        .query(
            (rs, n) ->
                new UnitInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
        .list()
        .forEach(u -> units.put(u.code(), u));
    return units;
  }

  /** The lead units the query is about; null for all. */
  private static List<String> scope(StatisticsQuery query, Map<String, UnitInfo> units) {
    if (query.unit() != null && !units.containsKey(query.unit())) {
      throw InvalidInputException.of(
          "unit", "Không có đơn vị mã '" + query.unit() + "' trong danh mục đơn vị.");
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
      case ISSUER ->
          jdbc.sql("select issuer_name from directive where issuer_key = ? fetch first 1 rows only")
              .param(key)
              .query(String.class)
              .optional()
              .orElse(key);
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
  private Map<Key, Tally> count(
      LocalDate from, LocalDate to, LocalDate at, List<String> scope, boolean byIssuer) {
    Map<Key, Tally> tallies = new HashMap<>();
    RegisterStatistics.Counts counts =
        register.count(
            new RegisterStatistics.CountQuery(
                from,
                to,
                at,
                calendar.addWorkingDays(at, DUE_SOON_WORKING_DAYS),
                at.minusDays(UPDATE_WINDOW_DAYS - 1).atStartOfDay(VietnamTime.ZONE).toInstant(),
                calendar.endOfDay(at),
                scope,
                byIssuer));
    counts
        .closed()
        .forEach(
            c ->
                tallies
                    .computeIfAbsent(new Key(c.unit(), c.issuer()), k -> new Tally())
                    .addClosed(
                        c.onTime(),
                        c.beforeDeadline(),
                        c.late(),
                        c.noDeadline(),
                        c.withdrawn(),
                        c.extended()));
    counts
        .classes()
        .forEach(
            c ->
                tallies
                    .computeIfAbsent(new Key(c.unit(), c.issuer()), k -> new Tally())
                    .add(
                        c.statusClass(),
                        c.beforeDeadline(),
                        c.dueSoon(),
                        c.extended(),
                        c.updated(),
                        c.tasks()));
    return tallies;
  }
}
