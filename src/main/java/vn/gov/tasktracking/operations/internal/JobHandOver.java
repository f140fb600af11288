package vn.gov.tasktracking.operations.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Graceful shutdown of the job executor (SIGTERM, or the context closed): first of everything that
 * runs when the context closes, while the engine and the database are still there,
 *
 * <ol>
 *   <li>the acquisition stops: this node takes no more jobs;
 *   <li>the jobs it acquired but has not started (the executor's queue) are dropped from the queue;
 *   <li>the running jobs finish, for at most {@code tasktracking.jobs.shutdown-wait}; after that
 *       they are interrupted;
 *   <li>every job still locked by this node's lock owner is unlocked, so another node acquires it
 *       at once instead of after the lock time. The revision is raised too: a job still running
 *       here past the bound cannot commit after another node took it (the engine's optimistic
 *       locking).
 * </ol>
 *
 * Without this, Spring stopped the executor's threads and left up to a queue's worth of jobs locked
 * for the whole lock time (issue 21: 180 s without progress after a node stopped).
 */
@Component
class JobHandOver
    implements ApplicationListener<ContextClosedEvent>, ApplicationContextAware, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(JobHandOver.class);

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final Duration wait;
  private volatile boolean handedOver;
  private ApplicationContext context;

  JobHandOver(
      ProcessEngine engine,
      DataSource dataSource,
      @Value("${tasktracking.jobs.shutdown-wait:PT20S}") Duration wait) {
    this.engine = engine;
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setQueryTimeout(10);
    this.wait = wait;
  }

  @Override
  public void setApplicationContext(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    if (handedOver || event.getApplicationContext() != context) {
      return;
    }
    handedOver = true;
    JobExecutor executor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    if (executor == null) {
      return;
    }
    long start = System.nanoTime();
    boolean wasActive = executor.isActive();
    executor.shutdown();
    ThreadPoolExecutor threads = threadsOf(executor);
    int dropped = 0;
    boolean finished = true;
    if (threads != null) {
      List<Runnable> queued = new ArrayList<>();
      threads.getQueue().drainTo(queued);
      dropped = queued.size();
      threads.shutdown();
      finished = awaitTermination(threads, wait);
      if (!finished) {
        LOG.warn(
            "Jobs still running after {} s: interrupted; their locks are released, another node runs them again",
            wait.toSeconds());
        threads.shutdownNow();
        awaitTermination(threads, Duration.ofSeconds(2));
      }
    }
    int released = release(executor.getLockOwner());
    if (wasActive || released > 0) {
      LOG.info(
          "Job executor stopped in {} ms: {} queued batches dropped, running jobs {}, {} job locks released (lock owner {})",
          (System.nanoTime() - start) / 1_000_000,
          dropped,
          finished ? "finished" : "interrupted",
          released,
          executor.getLockOwner());
    }
  }

  /** Unlocks every job this node's executor still holds; @return how many. */
  int release(String lockOwner) {
    if (lockOwner == null) {
      return 0;
    }
    try {
      return jdbc.update(
          "update act_ru_job set lock_owner_ = null, lock_exp_time_ = null, rev_ = rev_ + 1 where lock_owner_ = ?",
          lockOwner);
    } catch (RuntimeException e) {
      LOG.warn(
          "Job locks of {} not released ({}): other nodes take those jobs when the lock time has passed",
          lockOwner,
          e.toString());
      return 0;
    }
  }

  private static ThreadPoolExecutor threadsOf(JobExecutor executor) {
    if (executor instanceof SpringJobExecutor spring
        && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor pool) {
      try {
        return pool.getThreadPoolExecutor();
      } catch (IllegalStateException notInitialized) {
        return null;
      }
    }
    if (executor instanceof DefaultJobExecutor own) {
      return own.getThreadPoolExecutor();
    }
    return null;
  }

  private static boolean awaitTermination(ThreadPoolExecutor threads, Duration wait) {
    try {
      return threads.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
