package vn.gov.tasktracking.system.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.system.SystemWork;

/**
 * The engine's jobs are the system's own work: timers, async continuations and the delegates and
 * listeners they run execute inside {@link SystemWork}, whether the job executor or {@code
 * ManagementService.executeJob} runs them. So the access rules, which deny a caller without a user,
 * let them pass because they say so, not because nobody is signed in.
 */
@Component
class EngineJobsAsSystemWork extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing) {
    List<CommandInterceptor> all = new ArrayList<>();
    // One instance per chain: an interceptor knows its next one.
    all.add(new JobsInterceptor());
    if (existing != null) {
      all.addAll(existing);
    }
    return all;
  }

  /** Runs a job's execution as system work; every other command as it comes. */
  static final class JobsInterceptor extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof ExecuteJobsCmd) {
        return SystemWork.call(() -> next.execute(command));
      }
      return next.execute(command);
    }
  }
}
