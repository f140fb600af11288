package vn.gov.tasktracking.system.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.system.SystemWork;

/** The engine's jobs, and only they, run as the system's own work. */
class EngineJobsAsSystemWorkTest {

  /** The rest of the chain: notes whether the command ran inside SystemWork. */
  private static final class Recorder extends CommandInterceptor {
    Boolean systemWork;

    @Override
    public <T> T execute(Command<T> command) {
      systemWork = SystemWork.active();
      return null;
    }
  }

  @Test
  void aJobRunsAsSystemWorkAndAnyOtherCommandAsItComes() {
    EngineJobsAsSystemWork.JobsInterceptor interceptor =
        new EngineJobsAsSystemWork.JobsInterceptor();
    Recorder rest = new Recorder();
    interceptor.setNext(rest);

    interceptor.execute(new ExecuteJobsCmd("job-1", new JobFailureCollector("job-1")));
    assertThat(rest.systemWork).isTrue();
    assertThat(SystemWork.active()).as("the mark ends with the job").isFalse();

    interceptor.execute(commandContext -> null);
    assertThat(rest.systemWork).isFalse();
  }
}
