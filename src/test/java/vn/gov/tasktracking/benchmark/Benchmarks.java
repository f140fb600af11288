package vn.gov.tasktracking.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TaskTrackingApplication;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * The benchmark harness: workloads measured on the application's own engine and database, each next
 * to a baseline run in the same JVM. Not a test; run it with
 *
 * <pre>mvn -Pbenchmark verify -Dbenchmark.tasks=3000
 * mvn -Pbenchmark verify -Dbenchmark.workloads=timers -Dbenchmark.timers=10000
 * mvn -Pbenchmark verify -Dbenchmark.workloads=reminders -Dbenchmark.timers=10000   (harness and real path side by side)
 * mvn -Pbenchmark verify -Dbenchmark.workloads=http -Dbenchmark.httpDirectives=1000 -Dbenchmark.clients=8
 * mvn -Pbenchmark verify -Dbenchmark.workloads=reports -Dbenchmark.profiles=postgres</pre>
 *
 * (add {@code -Dbenchmark.profiles=postgres} and the TASKTRACKING_DB_* variables for PostgreSQL).
 */
public final class Benchmarks {

  private static final String MINIMAL = "benchmark-minimal";

  public static void main(String[] args) {
    int n = Integer.getInteger("benchmark.tasks", 2000);
    String profiles = System.getProperty("benchmark.profiles", "");
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(TaskTrackingApplication.class)
            .profiles(profiles.isBlank() ? new String[0] : profiles.split(","))
            // A production start needs an administrator (security.AdministratorRequired).
            .run(
                "--server.port=0",
                "--camunda.bpm.admin-user.id=benchmark.quantri",
                "--camunda.bpm.admin-user.password=Benchmark-"
                    + Long.toHexString(System.nanoTime()),
                "--camunda.bpm.generic-properties.properties.job-executor-activate=false",
                "--logging.level.root=warn",
                "--logging.level.vn.gov.tasktracking=warn")) {
      // Workloads run jobs themselves or start the job executor when they measure it: it must not
      // run
      // meanwhile (the starter starts it once the application is ready).
      JobExecutor running =
          ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                  app.getBean(org.camunda.bpm.engine.ProcessEngine.class)
                      .getProcessEngineConfiguration())
              .getJobExecutor();
      if (running != null && running.isActive()) {
        running.shutdown();
        System.out.println("Job executor stopped: the workloads drive the jobs themselves.");
      }
      TestPeople.ensure(app.getBean(DirectoryService.class));
      deployMinimal(app.getBean(RepositoryService.class));
      System.out.printf(
          "Database: %s%n", app.getEnvironment().getProperty("spring.datasource.url"));
      // Each workload leaves tasks behind: run the timer workload alone, on a fresh database.
      String workloads = System.getProperty("benchmark.workloads", "registration");
      if (workloads.contains("registration")) {
        registration(app, n);
      }
      int timerCount = Integer.getInteger("benchmark.timers", 10_000);
      if (workloads.contains("timers") && !workloads.contains("reminders")) {
        timers(app, timerCount);
      }
      if (workloads.contains("reminders")) {
        // Side by side in one run: the harness's timer workload, then the same count registered the
        // real way.
        double harness = timers(app, timerCount);
        double real = RealPath.reminders(app, timerCount);
        System.out.printf(
            Locale.ROOT,
            "reminders, %d jobs: harness timer workload %.1f jobs/s, real path %.1f jobs/s (%.2f); load average %s%n",
            timerCount,
            harness,
            real,
            real / harness,
            RealPath.loadAverage());
      }
      if (workloads.contains("http")) {
        RealPath.httpRegistration(
            app,
            Integer.getInteger("benchmark.httpDirectives", 1000),
            Integer.getInteger("benchmark.clients", 8));
      }
      if (workloads.contains("reports")) {
        ReportsBenchmark.run(app, Integer.getInteger("benchmark.reportTasks", 1_000_000));
      }
    }
  }

  /**
   * Registering tasks (directive and register rows, process start up to its asynchronous boundary)
   * against starting a one-user-task process, in alternating rounds so that both see the same
   * machine. Then the announcement jobs that registration left are worked off, so the end-to-end
   * figure counts everything until each task waits at its unit.
   */
  private static void registration(ConfigurableApplicationContext app, int n) {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    AssignmentService assignment = app.getBean(AssignmentService.class);
    ManagementService management = app.getBean(ManagementService.class);
    String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    int warmUp = Math.max(50, n / 10);
    List<DirectiveRequest> requests = new ArrayList<>();
    for (int i = 0; i < n + warmUp; i++) {
      requests.add(
          new DirectiveRequest(
              "BM" + run + "-" + i + "/QĐ-UBND",
              LocalDate.now(),
              "COMMITTEE",
              null,
              "Văn bản đo hiệu năng",
              null,
              List.of(
                  new TaskRequest(
                      "Nhiệm vụ đo hiệu năng " + i,
                      i % 2 == 0 ? "SXD" : "CAOLOC",
                      List.of(),
                      null,
                      10,
                      false))));
    }
    int[] next = {0};
    Runnable register = () -> assignment.register(requests.get(next[0]++));
    Runnable minimal = () -> runtime.startProcessInstanceByKey(MINIMAL);
    // Warm up both paths so the JIT and the connection pool are in the same state for each.
    time(warmUp, minimal);
    time(warmUp, register);
    workOffJobs(management);

    int rounds = 5;
    long minimalNanos = 0;
    long registerNanos = 0;
    for (int r = 0; r < rounds; r++) {
      minimalNanos += time(n / rounds, minimal);
      registerNanos += time(n / rounds, register);
    }
    int measured = (n / rounds) * rounds;
    long jobs =
        management
            .createJobQuery()
            .processDefinitionKey(AssignmentService.PROCESS_KEY)
            .executable()
            .count();
    long jobNanos = workOffJobs(management);
    double minimalRate = measured / (minimalNanos / 1e9);
    double registerRate = measured / (registerNanos / 1e9);
    double endToEndRate = measured / ((registerNanos + jobNanos) / 1e9);
    System.out.printf(
        Locale.ROOT, "minimal one-user-task process: %.1f instances/s%n", minimalRate);
    System.out.printf(
        Locale.ROOT,
        "registration (directive + task + process start): %d tasks, %.1f tasks/s, ratio %.2f%n",
        measured,
        registerRate,
        registerRate / minimalRate);
    System.out.printf(
        Locale.ROOT,
        "announcement jobs (status, inbox, receiving step), one thread: %d jobs, %.1f jobs/s%n",
        jobs,
        jobs / (jobNanos / 1e9));
    System.out.printf(
        Locale.ROOT,
        "end to end until every task waits at its unit: %.1f tasks/s, ratio %.2f%n",
        endToEndRate,
        endToEndRate / minimalRate);
  }

  /**
   * Open tasks whose reminders all fall due at the same moment: how long one node's job executor
   * takes to carry out every timer (remind, schedule the next one), and how many per second.
   */
  private static double timers(ConfigurableApplicationContext app, int n) {
    AssignmentService assignment = app.getBean(AssignmentService.class);
    ManagementService management = app.getBean(ManagementService.class);
    JobExecutor executor =
        ((ProcessEngineConfigurationImpl)
                app.getBean(ProcessEngine.class).getProcessEngineConfiguration())
            .getJobExecutor();
    String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    // Monday 04/03/2030; deadline Friday 29/03/2030: the first reminder is Tuesday 26/03, 08:00.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2030-03-04T02:00:00Z")));
    try {
      int perDirective = 50;
      for (int d = 0; d * perDirective < n; d++) {
        List<TaskRequest> tasks = new ArrayList<>();
        for (int i = 0; i < perDirective && d * perDirective + i < n; i++) {
          tasks.add(
              new TaskRequest(
                  "Nhiệm vụ đo bộ hẹn giờ " + (d * perDirective + i),
                  i % 2 == 0 ? "SXD" : "CAOLOC",
                  List.of(),
                  LocalDate.of(2030, 3, 29),
                  null,
                  false));
        }
        assignment.register(
            new DirectiveRequest(
                "TM" + run + "-" + d + "/KL-UBND",
                LocalDate.of(2030, 3, 4),
                "COMMITTEE",
                null,
                "Văn bản đo bộ hẹn giờ",
                null,
                tasks));
      }
      executor.start();
      while (management
              .createJobQuery()
              .processDefinitionKey(AssignmentService.PROCESS_KEY)
              .messages()
              .count()
          > 0) {
        sleep(500);
      }
      executor.shutdown();
      Date reminderMoment = Date.from(Instant.parse("2030-03-26T01:00:00Z"));
      long due =
          management
              .createJobQuery()
              .processDefinitionKey(AssignmentService.PROCESS_KEY)
              .timers()
              .duedateLowerThan(new Date(reminderMoment.getTime() + 1))
              .count();
      ClockUtil.setCurrentTime(reminderMoment);
      Map<String, long[]> before = tableActivity(app);
      RealPath.Usage usage = RealPath.Usage.start(app);
      System.out.println("timers: the reminders fall due now");
      long start = System.nanoTime();
      executor.start();
      while (management
              .createJobQuery()
              .processDefinitionKey(AssignmentService.PROCESS_KEY)
              .timers()
              .duedateLowerThan(new Date(reminderMoment.getTime() + 1))
              .count()
          > 0) {
        sleep(200);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      executor.shutdown();
      System.out.printf(
          Locale.ROOT,
          "timers: %d reminder jobs due at once, worked off by one node in %.1f s: %.1f jobs/s%n",
          due,
          seconds,
          due / seconds);
      usage.print("timers", due, "job");
      printTableActivity(before, tableActivity(app), due);
      return due / seconds;
    } finally {
      ClockUtil.reset();
    }
  }

  private static final String[] ACTIVITY_COLUMNS = {
    "seq_scan", "seq_tup_read", "idx_scan", "n_tup_ins", "n_tup_upd", "n_tup_del"
  };

  /**
   * PostgreSQL's counters per table (scans, rows read, written): where a workload's statements go.
   */
  static Map<String, long[]> tableActivity(ConfigurableApplicationContext app) {
    JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
    if (!app.getEnvironment()
        .getProperty("spring.datasource.url", "")
        .startsWith("jdbc:postgresql")) {
      return Map.of();
    }
    sleep(1500); // counters reach the statistics view about once a second
    Map<String, long[]> activity = new TreeMap<>();
    jdbc.sql("select relname, " + String.join(", ", ACTIVITY_COLUMNS) + " from pg_stat_user_tables")
        .query(
            (rs, i) -> {
              long[] values = new long[ACTIVITY_COLUMNS.length];
              for (int c = 0; c < values.length; c++) {
                values[c] = rs.getLong(c + 2);
              }
              return activity.put(rs.getString(1), values);
            })
        .list();
    return activity;
  }

  static void printTableActivity(Map<String, long[]> before, Map<String, long[]> after, long jobs) {
    if (after.isEmpty() || jobs == 0) {
      return;
    }
    System.out.printf(
        Locale.ROOT, "per job, by table: %-28s %s%n", "", String.join(" ", ACTIVITY_COLUMNS));
    after.forEach(
        (table, values) -> {
          long[] old = before.getOrDefault(table, new long[values.length]);
          StringBuilder line = new StringBuilder();
          boolean any = false;
          for (int c = 0; c < values.length; c++) {
            double perJob = (values[c] - old[c]) / (double) jobs;
            any |= perJob >= 0.01;
            line.append(String.format(Locale.ROOT, " %8.2f", perJob));
          }
          if (any) {
            System.out.printf(Locale.ROOT, "  %-44s%s%n", table, line);
          }
        });
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long time(int n, Runnable work) {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      work.run();
    }
    return System.nanoTime() - start;
  }

  /**
   * Executes every due job of task-assignment, one after another as one job executor thread would.
   */
  private static long workOffJobs(ManagementService management) {
    long start = System.nanoTime();
    List<Job> jobs;
    while (!(jobs =
            management
                .createJobQuery()
                .processDefinitionKey(AssignmentService.PROCESS_KEY)
                .executable()
                .listPage(0, 500))
        .isEmpty()) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    return System.nanoTime() - start;
  }

  private static void deployMinimal(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(MINIMAL).count() == 0) {
      repository
          .createDeployment()
          .addModelInstance(
              MINIMAL + ".bpmn",
              Bpmn.createExecutableProcess(MINIMAL)
                  .camundaHistoryTimeToLive(1)
                  .startEvent()
                  .userTask("Task_Work")
                  .name("Xử lý")
                  .camundaCandidateGroups("SXD")
                  .endEvent()
                  .done())
          .deploy();
    }
  }
}
