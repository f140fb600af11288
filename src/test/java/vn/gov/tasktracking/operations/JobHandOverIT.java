package vn.gov.tasktracking.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import vn.gov.tasktracking.TaskTrackingApplication;

/**
 * A node that stops hands its jobs over: it stops acquiring, lets the job it runs finish, and
 * unlocks the jobs it acquired but did not start, so that a second node on the same database runs
 * them at once, not after the lock time (here five minutes, so that waiting for it would show).
 *
 * <p>Two applications of their own on one database (a JVM of their own, see the failsafe execution
 * "own-applications"). The jobs are those of a small test process whose step waits, when told to,
 * until the test lets it go: one thread, one job running, the others in the queue.
 */
class JobHandOverIT {

  private static final String DB = "jdbc:h2:mem:jobhandoverit;DB_CLOSE_DELAY=-1";
  private static final int QUEUED = 10;

  /** The test process's jobs (the engine keeps jobs of its own, e.g. the history cleanup's). */
  private static final String HAND_OVER_JOBS =
      "select count(*) from act_ru_job where process_def_key_ = 'handOver'";

  /** The test process's step: counts what ran, and holds the job that is told to wait. */
  public static class Probe {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger executed = new AtomicInteger();

    public void run(DelegateExecution execution) throws InterruptedException {
      if (Boolean.TRUE.equals(execution.getVariable("hold"))) {
        started.countDown();
        release.await(60, TimeUnit.SECONDS);
      }
      executed.incrementAndGet();
    }
  }

  /** Added to the application as a source of beans, not scanned. */
  static class ProbeBeans {
    @Bean
    Probe handOverProbe() {
      return new Probe();
    }
  }

  @Test
  void aStoppingNodeFinishesItsRunningJobAndAnotherNodeTakesTheQueuedOnesAtOnce() throws Exception {
    ConfigurableApplicationContext first = start("jobhandovera");
    ProcessEngine engine = first.getBean(ProcessEngine.class);
    Probe probe = first.getBean(Probe.class);
    JobExecutor executor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    String owner = executor.getLockOwner();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("hand-over.bpmn", model())
        .deploy();

    engine.getRuntimeService().startProcessInstanceByKey("handOver", Map.of("hold", true));
    assertThat(probe.started.await(60, TimeUnit.SECONDS)).as("the held job started").isTrue();
    for (int i = 0; i < QUEUED; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("handOver", Map.of("hold", false));
    }
    waitFor(
        Duration.ofSeconds(60),
        () ->
            count("select count(*) from act_ru_job where lock_owner_ = '" + owner + "'")
                == QUEUED + 1);
    assertThat(probe.executed).hasValue(0);

    // SIGTERM: the context closes; the held job is let go once the node has stopped acquiring.
    Thread closing = new Thread(first::close, "closing-first-node");
    closing.start();
    waitFor(Duration.ofSeconds(30), () -> !executor.isActive());
    probe.release.countDown();
    closing.join(Duration.ofSeconds(60).toMillis());
    assertThat(closing.isAlive()).isFalse();

    assertThat(probe.executed)
        .as("the running job finished, the queued ones were not started")
        .hasValue(1);
    assertThat(count(HAND_OVER_JOBS)).isEqualTo(QUEUED);
    assertThat(
            count(
                "select count(*) from act_ru_job where lock_owner_ is not null or lock_exp_time_ is not null"))
        .isZero();
    assertThat(count(HAND_OVER_JOBS + " and retries_ < 3"))
        .as("no job failed or was counted as tried")
        .isZero();

    // The second node takes them at once: well within the five minutes a lock would have held them.
    long start = System.nanoTime();
    try (ConfigurableApplicationContext second = start("jobhandoverb")) {
      Probe secondProbe = second.getBean(Probe.class);
      waitFor(Duration.ofSeconds(90), () -> count(HAND_OVER_JOBS) == 0);
      assertThat(secondProbe.executed).hasValue(QUEUED);
    }
    System.out.printf(
        "Hand-over: the second node ran the %d queued jobs %.1f s after its start began%n",
        QUEUED, (System.nanoTime() - start) / 1e9);
    assertThat(
            count(
                "select count(*) from act_hi_procinst where proc_def_key_ = 'handOver' and end_time_ is not null"))
        .isEqualTo(QUEUED + 1);
  }

  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess("handOver")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("Task_Work")
        .camundaAsyncBefore()
        .camundaExpression("${handOverProbe.run(execution)}")
        .endEvent()
        .done();
  }

  /** Command-line arguments win over the test profile that the build sets as a system property. */
  private static ConfigurableApplicationContext start(String engineName) {
    return new SpringApplicationBuilder(TaskTrackingApplication.class, ProbeBeans.class)
        .run(
            "--server.port=0",
            // This test's own H2 database, also in the PostgreSQL pass (whose profile would point
            // it elsewhere).
            "--spring.profiles.active=test",
            "--spring.datasource.url=" + DB,
            "--spring.jmx.enabled=false",
            "--camunda.bpm.process-engine-name=" + engineName,
            "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.core-pool-size=1",
            "--camunda.bpm.job-execution.max-pool-size=1",
            "--camunda.bpm.job-execution.queue-capacity=64",
            "--camunda.bpm.job-execution.wait-time-in-millis=200",
            "--camunda.bpm.job-execution.max-wait=1000",
            "--camunda.bpm.job-execution.lock-time-in-millis=300000",
            "--tasktracking.jobs.shutdown-wait=PT30S");
  }

  private static long count(String sql) {
    try (Connection connection = DriverManager.getConnection(DB, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitFor(Duration limit, BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("Not reached within " + limit);
      }
      Thread.sleep(100);
    }
  }
}
