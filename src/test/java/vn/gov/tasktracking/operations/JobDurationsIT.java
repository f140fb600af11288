package vn.gov.tasktracking.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * How long the jobs a node works off take, one at a time on an idle node: the announcement of a
 * newly registered task and a reminder made due (its timer moved, as the measurement did).
 * Prints the figures that the job lock time is chosen from (docs/operations.md "Thời gian khóa
 * job"); asserts only that every job did its work (one reminder recorded each, the next timer set).
 * On PostgreSQL: {@code -Ppostgres-it -Dit.test=JobDurationsIT}.
 */
@SpringBootTest
class JobDurationsIT {

  private static final int TASKS = 40;

  @Autowired DirectoryService directory;
  @Autowired AssignmentService assignment;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  @Test
  void announcementsAndRemindersOfRealTasks() {
    TestPeople.ensure(directory);
    String batch = UUID.randomUUID().toString().substring(0, 6);
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      String number =
          assignment
              .register(
                  new DirectiveRequest(
                      batch + "-" + i + "/QĐ-UBND",
                      LocalDate.of(2026, 11, 2),
                      "COMMITTEE",
                      null,
                      "Đo thời gian job",
                      null,
                      List.of(
                          new TaskRequest(
                              "Nhiệm vụ đo thời gian " + i,
                              "SXD",
                              List.of("STC"),
                              LocalDate.now().plusDays(20),
                              null,
                              false))))
              .registerNumbers()
              .get(0);
      instances.add(
          runtime
              .createProcessInstanceQuery()
              .processDefinitionKey("task-assignment")
              .processInstanceBusinessKey(number)
              .singleResult()
              .getId());
    }

    List<Long> announcements = new ArrayList<>();
    for (String instance : instances) {
      Job job = management.createJobQuery().processInstanceId(instance).messages().singleResult();
      announcements.add(timed(job.getId()));
    }

    List<Long> reminders = new ArrayList<>();
    long before = jdbc.sql("select count(*) from task_reminder").query(Long.class).single();
    for (String instance : instances) {
      Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
      jdbc.sql("update act_ru_job set duedate_ = ? where id_ = ?")
          .params(Timestamp.valueOf(LocalDateTime.now().minusMinutes(1)), timer.getId())
          .update();
      reminders.add(timed(timer.getId()));
      Job next = management.createJobQuery().processInstanceId(instance).timers().singleResult();
      assertThat(next).as("the next reminder's timer").isNotNull();
      assertThat(next.getId()).isNotEqualTo(timer.getId());
    }
    assertThat(jdbc.sql("select count(*) from task_reminder").query(Long.class).single())
        .isEqualTo(before + TASKS);

    System.out.println(
        "Job durations, one at a time ("
            + TASKS
            + " tasks, ms): announcement "
            + figures(announcements)
            + "; reminder "
            + figures(reminders));
  }

  private long timed(String jobId) {
    long start = System.nanoTime();
    management.executeJob(jobId);
    return System.nanoTime() - start;
  }

  /** Median, 90th percentile and maximum, leaving out the first five (a cold JVM). */
  private static String figures(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos.subList(5, nanos.size()));
    Collections.sort(sorted);
    return String.format(
        "median %.1f, p90 %.1f, max %.1f",
        sorted.get(sorted.size() / 2) / 1e6,
        sorted.get((int) (sorted.size() * 0.9)) / 1e6,
        sorted.get(sorted.size() - 1) / 1e6);
  }
}
