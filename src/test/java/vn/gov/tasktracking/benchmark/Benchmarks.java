package vn.gov.tasktracking.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.tasktracking.TaskTrackingApplication;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * The benchmark harness: workloads measured on the application's own engine and database, each
 * next to a baseline run in the same JVM. Not a test; run it with
 *
 * <pre>mvn -Pbenchmark verify -Dbenchmark.tasks=2000</pre>
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
            .run("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=warn", "--logging.level.vn.gov.tasktracking=warn")) {
      TestPeople.ensure(app.getBean(DirectoryService.class));
      deployMinimal(app.getBean(RepositoryService.class));
      System.out.printf("Database: %s%n", app.getEnvironment().getProperty("spring.datasource.url"));
      registration(app, n);
    }
  }

  /**
   * Registering tasks (directive and register rows, process start up to its asynchronous
   * boundary) against starting a one-user-task process, in alternating rounds so that both see the
   * same machine. Then the announcement jobs that registration left are worked off, so the
   * end-to-end figure counts everything until each task waits at its unit.
   */
  private static void registration(ConfigurableApplicationContext app, int n) {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    AssignmentService assignment = app.getBean(AssignmentService.class);
    ManagementService management = app.getBean(ManagementService.class);
    String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    int warmUp = Math.max(50, n / 10);
    List<DirectiveRequest> requests = new ArrayList<>();
    for (int i = 0; i < n + warmUp; i++) {
      requests.add(new DirectiveRequest("BM" + run + "-" + i + "/QĐ-UBND", LocalDate.now(), "COMMITTEE", null,
          "Văn bản đo hiệu năng", null,
          List.of(new TaskRequest("Nhiệm vụ đo hiệu năng " + i, i % 2 == 0 ? "SXD" : "CAOLOC", List.of(), null, 10, false))));
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
    long jobs = management.createJobQuery().processDefinitionKey(AssignmentService.PROCESS_KEY).executable().count();
    long jobNanos = workOffJobs(management);
    double minimalRate = measured / (minimalNanos / 1e9);
    double registerRate = measured / (registerNanos / 1e9);
    double endToEndRate = measured / ((registerNanos + jobNanos) / 1e9);
    System.out.printf(Locale.ROOT, "minimal one-user-task process: %.1f instances/s%n", minimalRate);
    System.out.printf(Locale.ROOT, "registration (directive + task + process start): %d tasks, %.1f tasks/s, ratio %.2f%n",
        measured, registerRate, registerRate / minimalRate);
    System.out.printf(Locale.ROOT, "announcement jobs (status, inbox, receiving step), one thread: %d jobs, %.1f jobs/s%n",
        jobs, jobs / (jobNanos / 1e9));
    System.out.printf(Locale.ROOT, "end to end until every task waits at its unit: %.1f tasks/s, ratio %.2f%n",
        endToEndRate, endToEndRate / minimalRate);
  }

  private static long time(int n, Runnable work) {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      work.run();
    }
    return System.nanoTime() - start;
  }

  /** Executes every due job of task-assignment, one after another as one job executor thread would. */
  private static long workOffJobs(ManagementService management) {
    long start = System.nanoTime();
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().processDefinitionKey(AssignmentService.PROCESS_KEY).executable().listPage(0, 500)).isEmpty()) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    return System.nanoTime() - start;
  }

  private static void deployMinimal(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(MINIMAL).count() == 0) {
      repository.createDeployment()
          .addModelInstance(MINIMAL + ".bpmn",
              Bpmn.createExecutableProcess(MINIMAL).camundaHistoryTimeToLive(1)
                  .startEvent().userTask("Task_Work").name("Xử lý").camundaCandidateGroups("SXD").endEvent().done())
          .deploy();
    }
  }
}
