package vn.gov.tasktracking.operations.internal;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.system.StartupStep;

/**
 * Health indicator "startup" (readiness group): down until the start-up steps are done (the
 * directory loaded, the process models deployed, the authorizations granted; see {@link
 * StartupStep}) and, where this node works off jobs, the job executor runs.
 */
@Component("startup")
class StartupReadiness implements HealthIndicator {

  private final ObjectProvider<StartupStep> steps;
  private final ProcessEngine engine;
  private final boolean jobExecutionEnabled;

  StartupReadiness(
      ObjectProvider<StartupStep> steps,
      ProcessEngine engine,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobExecutionEnabled) {
    this.steps = steps;
    this.engine = engine;
    this.jobExecutionEnabled = jobExecutionEnabled;
  }

  /**
   * @return the start-up steps not yet done; empty once the node may serve requests
   */
  List<String> pendingSteps() {
    return steps.orderedStream().filter(step -> !step.done()).map(StartupStep::stepName).toList();
  }

  boolean jobExecutorRunning() {
    JobExecutor executor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    return executor != null && executor.isActive();
  }

  @Override
  public Health health() {
    List<String> pending = pendingSteps();
    boolean jobsReady = !jobExecutionEnabled || jobExecutorRunning();
    Health.Builder health = pending.isEmpty() && jobsReady ? Health.up() : Health.down();
    return health
        .withDetail("pendingSteps", pending)
        .withDetail(
            "jobExecutor", !jobExecutionEnabled ? "disabled" : jobsReady ? "running" : "stopped")
        .build();
  }
}
