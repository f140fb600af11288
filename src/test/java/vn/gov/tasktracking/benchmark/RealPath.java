package vn.gov.tasktracking.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.internal.DirectoryFile;
import vn.gov.tasktracking.directory.internal.DirectoryFile.PersonRow;
import vn.gov.tasktracking.notification.NotificationService;

/**
 * Workloads of the paths a province actually runs (issue 21): directives posted to the running
 * application over HTTP with HTTP Basic as the Office does, and reminders made due in a register
 * filled that way, with the lead unit's real people (focal points, leader, the officer who
 * accepted).
 */
final class RealPath {

  /**
   * SXD's people besides the test people (it.sxd.chuyenvien is its officer and focal point,
   * it.sxd.lanhdao its leader).
   */
  static final String FOCAL_POINT = "bm.sxd.daumoi";

  static final String OFFICER = "bm.sxd.chuyenvien";

  private RealPath() {}

  static void ensurePeople(ConfigurableApplicationContext app) {
    app.getBean(DirectoryService.class)
        .apply(
            new DirectoryFile(
                "benchmark",
                List.of(),
                List.of(
                    new PersonRow(
                        FOCAL_POINT,
                        "Đo Hiệu Năng Đầu Mối",
                        null,
                        FOCAL_POINT + "@example.vn",
                        null,
                        "SXD",
                        List.of("FOCAL_POINT"),
                        true,
                        TestPeople.PASSWORD),
                    new PersonRow(
                        OFFICER,
                        "Đo Hiệu Năng Chuyên Viên",
                        null,
                        OFFICER + "@example.vn",
                        null,
                        "SXD",
                        List.of("OFFICER"),
                        true,
                        TestPeople.PASSWORD))),
            "benchmark",
            null);
  }

  // ---- HTTP ------------------------------------------------------------------------------

  /**
   * Posts directives to the application's own port as the Office specialist, from {@code clients}
   * threads at once.
   */
  static final class Client {
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI directives;
    private final String authorization;
    private final ObjectMapper json;

    Client(ConfigurableApplicationContext app, String username, String password) {
      this.directives =
          URI.create(
              "http://127.0.0.1:"
                  + app.getEnvironment().getProperty("local.server.port")
                  + "/api/directives");
      this.authorization =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
      this.json = app.getBean(ObjectMapper.class);
    }

    /**
     * @return the register numbers of the directive's tasks
     */
    @SuppressWarnings("unchecked")
    List<String> post(DirectiveRequest request) {
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(directives)
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
          throw new IllegalStateException(
              "POST /api/directives answered " + response.statusCode() + ": " + response.body());
        }
        return (List<String>) json.readValue(response.body(), Map.class).get("registerNumbers");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Runs {@code count} posts from {@code clients} threads; returns the register numbers and the
   * elapsed nanoseconds.
   */
  static long postAll(
      Client client, List<DirectiveRequest> requests, int clients, List<String> numbers) {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger next = new AtomicInteger();
    List<String> all = Collections.synchronizedList(numbers);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        done.add(
            pool.submit(
                () -> {
                  int i;
                  while ((i = next.getAndIncrement()) < requests.size()) {
                    all.addAll(client.post(requests.get(i)));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
    return System.nanoTime() - start;
  }

  private static List<DirectiveRequest> directives(
      String prefix, int directives, int tasksEach, Integer workingDays) {
    List<DirectiveRequest> requests = new ArrayList<>();
    for (int d = 0; d < directives; d++) {
      List<TaskRequest> tasks = new ArrayList<>();
      for (int t = 0; t < tasksEach; t++) {
        tasks.add(
            new TaskRequest(
                "Nhiệm vụ đo đường thật " + d + "." + t,
                "SXD",
                List.of(),
                null,
                workingDays,
                false));
      }
      requests.add(
          new DirectiveRequest(
              prefix + "-" + d + "/KL-UBND",
              LocalDate.now(),
              "COMMITTEE",
              null,
              "Văn bản đo đường thật",
              null,
              tasks));
    }
    return requests;
  }

  /**
   * Registration through HTTP: {@code clients} threads each posting directives of one task with
   * HTTP Basic as the Office specialist, to the application's port.
   */
  static void httpRegistration(ConfigurableApplicationContext app, int n, int clients) {
    Client client = new Client(app, TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD);
    String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    List<String> numbers = new ArrayList<>();
    // As on a node: its job executor works off the announcements of what is registered meanwhile.
    ((ProcessEngineConfigurationImpl)
            app.getBean(ProcessEngine.class).getProcessEngineConfiguration())
        .getJobExecutor()
        .start();
    // A node that has served for a while: the JIT has compiled the path (a cold one costs 2.5 times
    // the CPU).
    postAll(
        client,
        directives("HW" + run, Integer.getInteger("benchmark.httpWarmUp", 300), 1, 10),
        clients,
        numbers);
    Usage usage = Usage.start(app);
    long nanos = postAll(client, directives("HT" + run, n, 1, 10), clients, numbers);
    System.out.printf(
        Locale.ROOT,
        "http registration: %d directives of one task, %d clients, HTTP Basic as %s: %.1f s, %.1f directives/s%n",
        n,
        clients,
        TestPeople.OFFICE_SPECIALIST,
        nanos / 1e9,
        n / (nanos / 1e9));
    usage.print("http registration", n, "directive");
  }

  // ---- Reminders on the real path ---------------------------------------------------------

  /**
   * Tasks registered through HTTP (directives of 50 tasks, lead unit SXD with its real people),
   * announcements worked off, every other task accepted by the unit with an officer named, then the
   * first reminder made due by moving the timer jobs' due date (as issue 21 did, the engine's clock
   * untouched), and the application's job executor timed until none is due.
   *
   * @return reminder jobs per second
   */
  static double reminders(ConfigurableApplicationContext app, int n) {
    ManagementService management = app.getBean(ManagementService.class);
    TaskService taskService = app.getBean(TaskService.class);
    JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
    JobExecutor executor =
        ((ProcessEngineConfigurationImpl)
                app.getBean(ProcessEngine.class).getProcessEngineConfiguration())
            .getJobExecutor();
    ensurePeople(app);
    String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    int perDirective = 50;
    List<String> numbers = new ArrayList<>();
    // 40 working days: the first reminder is weeks away, as in the issue.
    long registerNanos =
        postAll(
            new Client(app, TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD),
            directives("RP" + run, (n + perDirective - 1) / perDirective, perDirective, 40),
            4,
            numbers);
    System.out.printf(
        Locale.ROOT,
        "real path: %d tasks registered through POST /api/directives (%d per directive, 4 clients) in %.1f s%n",
        numbers.size(),
        perDirective,
        registerNanos / 1e9);
    long announceNanos = drain(executor, () -> management.createJobQuery().messages().count() > 0);
    System.out.printf(
        Locale.ROOT,
        "real path: announcements worked off by the job executor in %.1f s: %.1f jobs/s%n",
        announceNanos / 1e9,
        numbers.size() / (announceNanos / 1e9));
    // Every other task accepted by SXD with its officer named, as the receiving form does.
    List<String> instances = new ArrayList<>();
    for (List<String> chunk : chunks(numbers, 500)) {
      instances.addAll(
          jdbc.sql(
                  "select id_ from act_ru_execution where parent_id_ is null and business_key_ in (:keys)")
              .param("keys", chunk)
              .query(String.class)
              .list());
    }
    List<Task> receiving = new ArrayList<>();
    for (List<String> chunk : chunks(instances, 500)) {
      receiving.addAll(
          taskService
              .createTaskQuery()
              .processInstanceIdIn(chunk.toArray(String[]::new))
              .taskDefinitionKey("Task_ReceiveTask")
              .list());
    }
    List<Task> accepted = new ArrayList<>();
    for (int i = 0; i < receiving.size(); i += 2) {
      accepted.add(receiving.get(i));
    }
    long acceptStart = System.nanoTime();
    parallel(
        4,
        accepted,
        task ->
            taskService.complete(
                task.getId(), Map.of("receiveDecision", "ACCEPT", "officer", OFFICER)));
    drain(executor, () -> management.createJobQuery().messages().count() > 0);
    System.out.printf(
        Locale.ROOT,
        "real path: %d tasks accepted by SXD with officer %s in %.1f s%n",
        accepted.size(),
        OFFICER,
        (System.nanoTime() - acceptStart) / 1e9);

    // The reminders fall due: the timer jobs' due date moved back, the engine's clock untouched.
    int due = 0;
    for (List<String> chunk : chunks(instances, 500)) {
      due +=
          jdbc.sql(
                  "update act_ru_job set duedate_ = now() - interval '1 minute' where type_ = 'timer' and process_instance_id_ in (:ids)")
              .param("ids", chunk)
              .update();
    }
    Counts before = Counts.of(jdbc);
    Map<String, long[]> tables = Benchmarks.tableActivity(app);
    Usage usage = Usage.start(app);
    System.out.println("real path: the reminders fall due now");
    long nanos =
        drain(
            executor,
            () ->
                management
                        .createJobQuery()
                        .processDefinitionKey(AssignmentService.PROCESS_KEY)
                        .timers()
                        .duedateLowerThan(new Date())
                        .count()
                    > 0);
    double rate = due / (nanos / 1e9);
    System.out.printf(
        Locale.ROOT,
        "real path: %d reminder jobs due at once, worked off by one node in %.1f s: %.1f jobs/s%n",
        due,
        nanos / 1e9,
        rate);
    usage.print("real path reminders", due, "job");
    Counts after = Counts.of(jdbc);
    Benchmarks.printTableActivity(tables, Benchmarks.tableActivity(app), due);
    System.out.printf(
        Locale.ROOT,
        "real path, per reminder job: %.2f reminders recorded, %.2f notifications (%.2f in inboxes), %.2f notification-delivery"
            + " processes started, %.2f jobs left to run (e-mail deliveries), %.2f transactions committed%n",
        (after.reminders - before.reminders) / (double) due,
        (after.notifications - before.notifications) / (double) due,
        (after.inbox - before.inbox) / (double) due,
        (after.deliveries - before.deliveries) / (double) due,
        (after.jobsLeft - before.jobsLeft) / (double) due,
        (after.commits - before.commits) / (double) due);
    long doubled =
        jdbc.sql(
                    "select count(*) from (select task_id from task_reminder group by task_id, kind, due_at having count(*) > 1) d")
                .query(Long.class)
                .single()
            + jdbc.sql(
                    "select count(*) from (select recipient, register_number, kind from notification_log where kind = 'REMINDER'"
                        + " group by recipient, register_number, kind having count(*) > 1) d")
                .query(Long.class)
                .single();
    System.out.printf(
        Locale.ROOT,
        "real path: reminders recorded %d of %d due, recorded or notified twice: %d%n",
        after.reminders - before.reminders,
        due,
        doubled);
    return rate;
  }

  /** Starts the job executor, waits while {@code busy}, stops it; the elapsed nanoseconds. */
  static long drain(JobExecutor executor, java.util.function.BooleanSupplier busy) {
    long start = System.nanoTime();
    executor.start();
    while (busy.getAsBoolean()) {
      Benchmarks.sleep(200);
    }
    long nanos = System.nanoTime() - start;
    executor.shutdown();
    return nanos;
  }

  private static <T> void parallel(
      int threads, List<T> items, java.util.function.Consumer<T> work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (T item : items) {
        done.add(pool.submit(() -> work.accept(item)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
  }

  private static <T> List<List<T>> chunks(List<T> all, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += size) {
      chunks.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return chunks;
  }

  /** Rows that tell what the reminders did, and the database's commits. */
  private record Counts(
      long reminders,
      long notifications,
      long inbox,
      long deliveries,
      long jobsLeft,
      long commits) {
    static Counts of(JdbcClient jdbc) {
      return new Counts(
          count(jdbc, "select count(*) from task_reminder"),
          count(jdbc, "select count(*) from notification_log"),
          count(jdbc, "select count(*) from notification"),
          count(
              jdbc,
              "select count(*) from act_hi_procinst where proc_def_key_ = '"
                  + NotificationService.DELIVERY_PROCESS_KEY
                  + "'"),
          count(jdbc, "select count(*) from act_ru_job"),
          count(
              jdbc, "select xact_commit from pg_stat_database where datname = current_database()"));
    }

    private static long count(JdbcClient jdbc, String sql) {
      return jdbc.sql(sql).query(Long.class).single();
    }
  }

  /**
   * CPU spent by this JVM and by the PostgreSQL backends serving this database, and the load
   * average, over a measurement: whether the node or the database is the bottleneck.
   */
  static final class Usage {
    private final JdbcClient jdbc;
    private final long jvmNanos;
    private final Map<Integer, Long> backendTicks;
    private final long start = System.nanoTime();

    private Usage(ConfigurableApplicationContext app) {
      this.jdbc = JdbcClient.create(app.getBean(DataSource.class));
      this.jvmNanos = jvmCpu();
      this.backendTicks = backendTicks();
    }

    static Usage start(ConfigurableApplicationContext app) {
      return new Usage(app);
    }

    void print(String what, long count, String unit) {
      double wall = (System.nanoTime() - start) / 1e9;
      double jvm = (jvmCpu() - jvmNanos) / 1e9;
      Map<Integer, Long> now = backendTicks();
      long ticks = 0;
      for (Map.Entry<Integer, Long> e : now.entrySet()) {
        ticks += e.getValue() - backendTicks.getOrDefault(e.getKey(), 0L);
      }
      double db = ticks / 100.0;
      System.out.printf(
          Locale.ROOT,
          "%s: CPU of this JVM %.1f s (%.2f ms per %s, %.2f cores), of PostgreSQL for this database %.1f s (%.2f ms per %s, %.2f cores);"
              + " load average %s%n",
          what,
          jvm,
          jvm * 1000 / count,
          unit,
          jvm / wall,
          db,
          db * 1000 / count,
          unit,
          db / wall,
          loadAverage());
    }

    private static long jvmCpu() {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    /** utime + stime (clock ticks, 100 per second) of each backend connected to this database. */
    private Map<Integer, Long> backendTicks() {
      Map<Integer, Long> ticks = new HashMap<>();
      for (Integer pid :
          jdbc.sql("select pid from pg_stat_activity where datname = current_database()")
              .query(Integer.class)
              .list()) {
        try {
          String stat = Files.readString(Path.of("/proc", pid.toString(), "stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException e) {
          // a backend that ended meanwhile, or another host's: not counted
        }
      }
      return ticks;
    }
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }
}
