package vn.gov.tasktracking.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.TaskFigure;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * Every figure of the statistics opens exactly the tasks it counts: for each view (by unit, by
 * issuer, by kind of unit), each row and the total, and each figure (every status class, the
 * sub-counts, no deadline, withdrawn, extended, and the numerators of the rates), the statistics'
 * number equals the total of the register's query with the filter the dashboard builds ({@code
 * assignedFrom}, {@code assignedTo} = the earlier of the period's end and the reference date,
 * {@code at}, {@code figure} and the row's unit, issuer or kind). The period starts and ends inside
 * months (days read from the rows, whole months from the tally) and tasks close after the reference
 * date, so both ways the statistics count are compared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FiguresInRegisterIT {

  private static final LocalDate FROM = LocalDate.of(2018, 1, 10);
  private static final LocalDate TO = LocalDate.of(2018, 11, 20);

  /** A Friday: due soon means a deadline up to Wednesday 03/10/2018. */
  private static final LocalDate AT = LocalDate.of(2018, 9, 28);

  private static final List<String> UNITS = List.of("SNV", "STC");
  private static boolean seeded;

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void seeds() {
    TestPeople.ensure(directory);
    if (seeded) {
      return;
    }
    // Only this test registers tasks in 2018 for these units; left-overs of an earlier run
    // (PostgreSQL) go first.
    String mine =
        "select id from assigned_task where lead_unit_code in ('SNV', 'STC') and assigned_on between '2018-01-01' and '2018-12-31'";
    jdbc.sql("delete from task_progress where task_id in (" + mine + ")").update();
    jdbc.sql("delete from assigned_task where id in (" + mine + ")").update();
    TestRegister register = new TestRegister(jdbc);
    long committee = register.directive("UBND", "UBND tỉnh", LocalDate.of(2018, 1, 2));
    long vice =
        register.directive(
            TestPeople.VICE_CHAIRMAN, "Kiểm Thử Phó Chủ Tịch", LocalDate.of(2018, 1, 3));
    for (String unit : UNITS) {
      for (long directive : List.of(committee, vice)) {
        // completed before the deadline day, on it, late, late after an extension, on time after
        // one
        register.complete(register.task(directive, unit, d(1, 15), d(2, 15)), d(2, 10));
        register.complete(register.task(directive, unit, d(3, 5), d(4, 5)), d(4, 5));
        register.complete(register.task(directive, unit, d(3, 10), d(4, 10)), d(4, 20));
        long lateExtended = register.task(directive, unit, d(4, 2), d(5, 2));
        register.extend(lateExtended, d(5, 20));
        register.complete(lateExtended, d(5, 25));
        long onTimeExtended = register.task(directive, unit, d(5, 3), d(6, 1));
        register.extend(onTimeExtended, d(6, 30));
        register.complete(onTimeExtended, d(6, 25));
        // no deadline: completed, open
        register.complete(register.task(directive, unit, d(2, 1), null), d(3, 1));
        register.task(directive, unit, d(8, 1), null);
        // open: within the deadline, due soon, overdue, overdue after an extension
        register.task(directive, unit, d(6, 1), d(12, 31));
        register.task(directive, unit, d(9, 3), d(10, 2));
        register.task(directive, unit, d(7, 2), d(8, 1));
        long overdueExtended = register.task(directive, unit, d(7, 5), d(8, 6));
        register.extend(overdueExtended, d(9, 3));
        // withdrawn, withdrawn after an extension (counted withdrawn only)
        register.withdraw(register.task(directive, unit, d(2, 20), d(3, 20)), d(3, 1));
        long extendedThenWithdrawn = register.task(directive, unit, d(6, 6), d(7, 6));
        register.extend(extendedThenWithdrawn, d(8, 6));
        register.withdraw(extendedThenWithdrawn, d(8, 10));
        // closed after the reference date: counted in their class at it (open within, due soon;
        // open overdue; open)
        register.withdraw(register.task(directive, unit, d(3, 1), d(12, 1)), d(10, 15));
        register.complete(register.task(directive, unit, d(4, 4), d(9, 30)), d(10, 5));
        register.complete(register.task(directive, unit, d(5, 5), d(8, 30)), d(10, 10));
        // outside: before the period, after the reference date
        register.task(directive, unit, d(1, 5), d(2, 5));
        register.task(directive, unit, d(10, 20), d(11, 30));
      }
    }
    seeded = true;
  }

  @Test
  void everyFigureOfEveryRowByUnitEqualsTheRegistersCountOfItsTasks() {
    compare("UNIT", "unit", row -> UNITS.contains(row.get("key")));
  }

  @Test
  void everyFigureOfEveryRowByIssuerEqualsTheRegistersCountOfItsTasks() {
    compare("ISSUER", "issuer", row -> true);
  }

  @Test
  void everyFigureOfEveryRowByKindOfUnitEqualsTheRegistersCountOfItsTasks() {
    compare("UNIT_KIND", "unitKind", row -> true);
  }

  @Test
  void theSeedsReachEveryFigure() {
    Map<String, Object> snv =
        statistics("UNIT").rows().stream()
            .filter(r -> "SNV".equals(r.get("key")))
            .findFirst()
            .orElseThrow();
    // Each issuer's directive gives the unit every kind of task once or more, so no figure compared
    // above is zero.
    for (TaskFigure figure : TaskFigure.values()) {
      assertThat(figure(snv, figure)).as(figure.name()).isPositive();
    }
    assertThat(snv)
        .containsEntry("assigned", 28)
        .containsEntry("completedOnTime", 6)
        .containsEntry("completedBeforeDeadline", 4)
        .containsEntry("completedLate", 4)
        .containsEntry("completedNoDeadline", 2)
        .containsEntry("openWithinDeadline", 8)
        .containsEntry("dueSoon", 4)
        .containsEntry("openOverdue", 6)
        .containsEntry("openNoDeadline", 2)
        .containsEntry("withdrawn", 4)
        .containsEntry("extended", 6);
  }

  @Test
  void aFigureOfTheRegisterThatIsNoFigureIsRefusedInVietnamese() {
    ResponseEntity<Map> answer = get("/api/tasks?figure=RATE");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message").toString())
        .startsWith("Giá trị số liệu thống kê (figure) 'RATE' không hợp lệ");
  }

  private record Statistics(List<Map<String, Object>> rows, Map<String, Object> total) {}

  private void compare(
      String groupBy, String filter, java.util.function.Predicate<Map<String, Object>> which) {
    Statistics statistics = statistics(groupBy);
    List<Map<String, Object>> rows =
        new ArrayList<>(statistics.rows().stream().filter(which).toList());
    assertThat(rows).isNotEmpty();
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (Map<String, Object> row : rows) {
      for (TaskFigure figure : TaskFigure.values()) {
        long shown = figure(row, figure);
        long listed = registerTotal(figure, filter + "=" + row.get("key"));
        compared++;
        if (shown != listed) {
          differences.add(
              row.get("key") + " " + figure + ": statistics " + shown + ", register " + listed);
        }
      }
    }
    for (TaskFigure figure : TaskFigure.values()) {
      long shown = figure(statistics.total(), figure);
      long listed = registerTotal(figure, null);
      compared++;
      if (shown != listed) {
        differences.add("TOTAL " + figure + ": statistics " + shown + ", register " + listed);
      }
    }
    assertThat(differences).as(compared + " figures compared").isEmpty();
  }

  /** The number the statistics show for a figure (the rates' numerators are sums of classes). */
  private static long figure(Map<String, Object> row, TaskFigure figure) {
    return switch (figure) {
      case COMPLETED ->
          n(row, "completedOnTime") + n(row, "completedLate") + n(row, "completedNoDeadline");
      case OPEN -> n(row, "openWithinDeadline") + n(row, "openOverdue") + n(row, "openNoDeadline");
      case NO_DEADLINE -> n(row, "completedNoDeadline") + n(row, "openNoDeadline");
      default -> n(row, figure.field());
    };
  }

  private static long n(Map<String, Object> row, String field) {
    return ((Number) row.get(field)).longValue();
  }

  @SuppressWarnings("unchecked")
  private Statistics statistics(String groupBy) {
    Map<String, Object> body =
        get("/api/reports/statistics?groupBy="
                + groupBy
                + "&from="
                + FROM
                + "&to="
                + TO
                + "&at="
                + AT)
            .getBody();
    return new Statistics(
        (List<Map<String, Object>>) body.get("rows"), (Map<String, Object>) body.get("total"));
  }

  /** What the dashboard's link opens: the register's query with the figure's filter. */
  private long registerTotal(TaskFigure figure, String rowFilter) {
    LocalDate last = TO.isBefore(AT) ? TO : AT;
    String path =
        "/api/tasks?assignedFrom="
            + FROM
            + "&assignedTo="
            + last
            + "&at="
            + AT
            + "&figure="
            + figure.name()
            + "&size=1"
            + (rowFilter == null ? "" : "&" + rowFilter);
    ResponseEntity<Map> answer = get(path);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return ((Number) answer.getBody().get("total")).longValue();
  }

  private ResponseEntity<Map> get(String path) {
    return rest.withBasicAuth(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD)
        .getForEntity(path, Map.class);
  }

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2018, month, day);
  }
}
