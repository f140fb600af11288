package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.tasktracking.TaskTrackingApplication;
import vn.gov.tasktracking.security.internal.AdministratorRequired;
import vn.gov.tasktracking.system.FailedStart;

/**
 * A production start (no demo or test profile) on an empty database with no administrator
 * configured fails, saying what to set, instead of leaving Camunda Admin's first-user page open.
 */
class AdministratorRequiredIT {

  @TempDir Path folder;

  /** In a JVM of its own (see {@link FailedStart}), on an empty database in an empty folder. */
  @Test
  void productionStartWithoutAnAdministratorFails() throws Exception {
    FailedStart.Outcome outcome =
        FailedStart.run(
            folder,
            "--spring.profiles.active=production",
            "--spring.datasource.url=jdbc:h2:file:"
                + folder.resolve("db")
                + ";DB_CLOSE_ON_EXIT=FALSE");
    assertThat(outcome.exitCode()).as(outcome.log()).isNotZero();
    assertThat(outcome.log()).contains(AdministratorRequired.MESSAGE);
  }

  @Test
  void productionStartWithAConfiguredAdministratorStarts() {
    try (ConfigurableApplicationContext app =
        start(
            "--camunda.bpm.process-engine-name=withadmin",
            "--camunda.bpm.admin-user.id=it.quantri.dau",
            "--camunda.bpm.admin-user.password=Quan-tri-dau-tien-1")) {
      assertThat(app.isRunning()).isTrue();
    }
  }

  /** Command-line arguments win over the test profiles that the build sets as system properties. */
  private static ConfigurableApplicationContext start(String... extra) {
    String name = extra[0].substring(extra[0].indexOf('=') + 1);
    String[] args = {
      "--spring.profiles.active=production",
      "--server.port=0",
      "--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
      "--spring.datasource.username=sa",
      "--spring.datasource.password=",
      "--camunda.bpm.job-execution.enabled=false",
      "--spring.jmx.enabled=false"
    };
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return new SpringApplicationBuilder(TaskTrackingApplication.class).run(all);
  }
}
