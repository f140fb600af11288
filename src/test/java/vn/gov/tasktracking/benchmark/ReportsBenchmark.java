package vn.gov.tasktracking.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.RegisterQuery;
import vn.gov.tasktracking.assignment.TaskPage;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.internal.DirectoryFile;
import vn.gov.tasktracking.reporting.ReportService;
import vn.gov.tasktracking.reporting.internal.StatisticsQuery;
import vn.gov.tasktracking.system.SystemWork;

/**
 * The reports workload: a register of a million tasks over almost seven years, 30 units and 8
 * issuers, loaded in bulk on PostgreSQL (the tally's trigger fires for every row, as for any other
 * write); then the statistics through {@link ReportService} and the first page of one unit's tasks
 * through {@link AssignmentService#query}, end to end including Java, many times after a warm-up.
 */
final class ReportsBenchmark {

  /** The register's "today": tasks assigned up to here, the last two months mostly still open. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  /**
   * Calls before measuring, and calls measured: -Dbenchmark.reportWarmUp, -Dbenchmark.reportCalls.
   */
  private static final int WARM_UP = Integer.getInteger("benchmark.reportWarmUp", 30);

  private static final int REPETITIONS = Integer.getInteger("benchmark.reportCalls", 200);

  private ReportsBenchmark() {}

  static void run(ConfigurableApplicationContext app, int tasks) {
    JdbcClient jdbc = app.getBean(JdbcClient.class);
    String database =
        jdbc.sql("select 1")
            .query(
                (rs, n) -> rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
            .single();
    if (!"PostgreSQL".equals(database)) {
      System.out.println(
          "reports workload: PostgreSQL only (bulk load with generate_series); skipped on "
              + database);
      return;
    }
    units(app.getBean(DirectoryService.class));
    long existing = jdbc.sql("select count(*) from assigned_task").query(Long.class).single();
    if (existing < tasks) {
      load(jdbc, tasks);
    }
    long total = jdbc.sql("select count(*) from assigned_task").query(Long.class).single();
    long tallyRows = jdbc.sql("select count(*) from task_outcome_tally").query(Long.class).single();
    System.out.printf(
        Locale.ROOT, "reports: register of %,d tasks, tally of %,d rows%n", total, tallyRows);

    ReportService reports = app.getBean(ReportService.class);
    AssignmentService assignment = app.getBean(AssignmentService.class);
    TransactionTemplate transaction =
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    System.out.println("reports: " + loadAverage());
    System.out.println(
        "reports: each call as the register is (after), then without the indexes of V14_5 (before: dropped in a"
            + " transaction that is rolled back)");
    List<String> table = new ArrayList<>();
    for (String[] c : STATISTICS) {
      Supplier<?> call = () -> reports.statistics(query(c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
      String after = measure(c[0] + " [after]", call);
      String before =
          transaction.execute(
              status -> {
                for (String index : V14_5_INDEXES) {
                  jdbc.sql("drop index " + index).update();
                }
                String figures = measure(c[0] + " [before]", call);
                status.setRollbackOnly();
                return figures;
              });
      table.add("| " + c[0] + " | " + before + " | " + after + " |");
    }
    System.out.println("reports, median / p95 ms (" + loadAverage() + "):");
    System.out.println("| Call | before | after |");
    System.out.println("|---|---|---|");
    table.forEach(System.out::println);
    measure(
        "unit's figures (inspection), BM07, 01/01/2025-31/05/2025 at 15/06/2025",
        () ->
            reports.unitFigures(
                "BM07",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 5, 31),
                LocalDate.of(2025, 6, 15)));
    measure(
        "first page of one unit's tasks (GET /api/tasks?unit=BM07), default sort",
        () -> {
          // As the system would read it: the benchmark signs no one in.
          TaskPage page =
              SystemWork.call(
                  () ->
                      assignment.query(
                          RegisterQuery.of(
                              "BM07", null, null, null, null, null, null, null, null, null, null,
                              null, TODAY)));
          if (page.items().size() != 20) {
            throw new IllegalStateException("expected a full page, got " + page.items().size());
          }
          return page;
        });
    System.out.println("reports: " + loadAverage());
  }

  /** The indexes that serve statistics at past reference dates (db/vendor/postgresql/V14_5). */
  private static final List<String> V14_5_INDEXES =
      List.of("assigned_task_open_until_settled_idx", "task_progress_task_recorded_idx");

  /**
   * Statistics at today's date, then at past reference dates: what, groupBy, period, year, number,
   * from, to, at.
   */
  private static final String[][] STATISTICS = {
    {
      "statistics, whole register (01/01/2020-31/12/2026) by unit at 20/11/2026 (today)",
      "UNIT",
      null,
      null,
      null,
      "2020-01-01",
      "2026-12-31",
      "2026-11-20"
    },
    {
      "statistics, whole register by issuer at 20/11/2026 (today)",
      "ISSUER",
      null,
      null,
      null,
      "2020-01-01",
      "2026-12-31",
      "2026-11-20"
    },
    {
      "statistics, year 2026 by unit at 20/11/2026 (today)",
      "UNIT",
      "YEAR",
      "2026",
      null,
      null,
      null,
      "2026-11-20"
    },
    {
      "statistics, 15/02/2021-10/08/2025 by kind of unit at 31/12/2023",
      "UNIT_KIND",
      null,
      null,
      null,
      "2021-02-15",
      "2025-08-10",
      "2023-12-31"
    },
    {
      "statistics, whole register (01/01/2020-31/12/2026) by unit at 30/06/2021",
      "UNIT",
      null,
      null,
      null,
      "2020-01-01",
      "2026-12-31",
      "2021-06-30"
    },
    {
      "statistics, whole register by issuer at 30/06/2021",
      "ISSUER",
      null,
      null,
      null,
      "2020-01-01",
      "2026-12-31",
      "2021-06-30"
    },
    {
      "statistics, year 2023 by unit at 15/09/2023",
      "UNIT",
      "YEAR",
      "2023",
      null,
      null,
      null,
      "2023-09-15"
    },
    {
      "statistics, quarter II/2024 by unit at 30/06/2024",
      "UNIT",
      "QUARTER",
      "2024",
      "2",
      null,
      null,
      "2024-06-30"
    },
    {
      "statistics, year 2020 by unit at 31/12/2020",
      "UNIT",
      "YEAR",
      "2020",
      null,
      null,
      null,
      "2020-12-31"
    },
  };

  /** The machine is shared: the load average says how busy it was while measuring. */
  static String loadAverage() {
    try {
      String[] parts =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split(" ");
      return "load average "
          + parts[0]
          + ", "
          + parts[1]
          + ", "
          + parts[2]
          + " (1, 5, 15 min; "
          + Runtime.getRuntime().availableProcessors()
          + " cores)";
    } catch (java.io.IOException | RuntimeException e) {
      return "load average unknown";
    }
  }

  private static StatisticsQuery query(
      String groupBy,
      String period,
      String year,
      String number,
      String from,
      String to,
      String at) {
    return StatisticsQuery.of(groupBy, period, year, number, from, to, at, null, null, TODAY);
  }

  /** Prints the figures of many calls after a warm-up; answers "median / p95". */
  private static String measure(String what, Supplier<?> call) {
    for (int i = 0; i < WARM_UP; i++) {
      call.get();
    }
    double[] millis = new double[REPETITIONS];
    for (int i = 0; i < REPETITIONS; i++) {
      long start = System.nanoTime();
      call.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "%s: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms (%d calls)%n",
        what,
        millis[REPETITIONS / 2],
        millis[(int) Math.ceil(REPETITIONS * 0.95) - 1],
        millis[0],
        millis[REPETITIONS - 1],
        REPETITIONS);
    return String.format(
        Locale.ROOT,
        "%.1f / %.1f",
        millis[REPETITIONS / 2],
        millis[(int) Math.ceil(REPETITIONS * 0.95) - 1]);
  }

  private static void units(DirectoryService directory) {
    List<DirectoryFile.UnitRow> units = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      String code = String.format("BM%02d", i);
      boolean department = i <= 18;
      units.add(
          new DirectoryFile.UnitRow(
              code,
              (department ? "Sở đo hiệu năng " : "UBND huyện đo hiệu năng ") + i,
              department ? "DEPARTMENT" : "DISTRICT_COMMITTEE",
              null,
              true,
              null,
              null));
    }
    directory.apply(new DirectoryFile("benchmark-reports", units, List.of()), "benchmark", null);
  }

  /**
   * Directives of ten tasks each, spread evenly from 01/01/2020 to 20/11/2026; a task's fate
   * follows from its numbers: no deadline 10 %, extended 5 %; of those assigned before the last two
   * months 2 % withdrawn, 1 % still open, the rest completed (a fifth late); of the last two months
   * 70 % open.
   */
  private static void load(JdbcClient jdbc, int tasks) {
    int directives = tasks / 10;
    long start = System.nanoTime();
    jdbc.sql(
            """
            insert into directive (number, issued_on, issuer_kind, issuer_key, issuer_name, excerpt, registered_at)
            select 'BMR-' || g || '/TB-UBND', date '2020-01-01' + (g % 2516),
                   case g % 8 when 0 then 'COMMITTEE' when 1 then 'CHAIRMAN' else 'VICE_CHAIRMAN' end,
                   case g % 8 when 0 then 'UBND' when 1 then 'CHU_TICH' else 'bm.pct' || (g % 8) end,
                   case g % 8 when 0 then 'UBND tỉnh' when 1 then 'Chủ tịch UBND tỉnh' else 'Phó Chủ tịch UBND tỉnh số ' || (g % 8) end,
                   'Thông báo kết luận đo hiệu năng số ' || g, now()
            from generate_series(1, ?) g""")
        .param(directives)
        .update();
    System.out.printf(
        Locale.ROOT,
        "reports: %,d directives in %.1f s%n",
        directives,
        (System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    jdbc.sql(
            """
            insert into assigned_task (directive_id, content, lead_unit_code, key_task, assigned_on, original_deadline,
                                       current_deadline, status, status_changed_at, last_progress_at, completed_on, withdrawn_on,
                                       created_at)
            select id, 'Nhiệm vụ đo hiệu năng số ' || id || '.' || k || ': triển khai kết luận của UBND tỉnh', unit, false, assigned,
                   case when deadline is not null and r % 20 = 3 then deadline - 10 else deadline end, deadline,
                   case when withdrawn is not null then 'WITHDRAWN' when completed is not null then 'COMPLETED' else 'IN_PROGRESS' end,
                   now(), case when completed is null and withdrawn is null then least(assigned + (r % 50), date '2026-11-20') + time '10:00' end,
                   completed, withdrawn, now()
            from (
              select id, k, unit, assigned, deadline, r,
                     case when not fresh and r % 50 = 7 then assigned + 5 end as withdrawn,
                     case when (fresh and r % 10 < 7) or (not fresh and (r % 50 = 7 or r % 100 = 11)) then null
                          when deadline is null then assigned + 20
                          when r % 5 = 0 then deadline + 1 + r % 30
                          else deadline - r % 8 end as completed
              from (
                select d.id, k, 'BM' || lpad(cast((d.id * 7 + k * 13) % 30 + 1 as varchar), 2, '0') as unit, d.issued_on as assigned,
                       cast((d.id * 31 + k * 17) % 1000 as integer) as r, d.issued_on > date '2026-09-20' as fresh,
                       case when (d.id * 31 + k * 17) % 10 = 0 then null else d.issued_on + cast(10 + (d.id + k) % 50 as integer) end as deadline
                from directive d cross join generate_series(0, 9) k
                where d.number like 'BMR-%'
              ) raw
            ) fate""")
        .update();
    System.out.printf(
        Locale.ROOT,
        "reports: %,d tasks (tally trigger on) in %.1f s%n",
        tasks,
        (System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    // A million increments left as many dead row versions in the small tally; rewrite it, as after
    // any bulk import.
    jdbc.sql("vacuum full task_outcome_tally").update();
    jdbc.sql("vacuum analyze assigned_task").update();
    jdbc.sql("vacuum analyze directive").update();
    jdbc.sql("vacuum analyze task_outcome_tally").update();
    System.out.printf(
        Locale.ROOT,
        "reports: vacuum full of the tally, vacuum analyze in %.1f s%n",
        (System.nanoTime() - start) / 1e9);
  }
}
