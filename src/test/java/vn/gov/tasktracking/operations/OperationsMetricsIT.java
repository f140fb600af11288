package vn.gov.tasktracking.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.system.Probes;

/**
 * The operators' view: probes anonymous and saying UP or DOWN only, the rest of the actuator for
 * administrators, and the gauges (job backlog, incidents, notifications by state, reminder lag)
 * equal to what the database holds after the situations are created. A database of its own, so that
 * the reminder lag is this test's reminder.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:operationsmetricsit;DB_CLOSE_DELAY=-1",
      "camunda.bpm.process-engine-name=operationsmetricsit",
      "tasktracking.notification.channels=inbox,email",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=9",
      // Every read of a gauge reads the database (production: every 10 s at most).
      "tasktracking.metrics.refresh=PT0S"
    })
class OperationsMetricsIT {

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired AssignmentService assignment;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  private Http http;

  @BeforeEach
  void people() {
    TestPeople.ensure(directory);
    http = new Http(port);
  }

  @Test
  void probesAreAnonymousAndSayUpOrDownOnly() {
    for (String probe : List.of(Probes.LIVENESS, Probes.READINESS)) {
      Http.Answer answer = http.get(null, probe);
      assertThat(answer.status()).as(probe).isEqualTo(200);
      assertThat(answer.json()).as(probe).isEqualTo(Map.of("status", "UP"));
    }
  }

  @Test
  void metricsAndHealthDetailsAreForAdministratorsOnly() {
    for (String path :
        List.of(
            "/actuator/metrics",
            "/actuator/metrics/tasktracking.jobs",
            "/actuator/health",
            "/actuator")) {
      Http.Answer anonymous = http.get(null, path);
      assertThat(anonymous.status()).as(path).isEqualTo(401);
      assertThat(anonymous.json().get("message")).asString().contains("Cần đăng nhập");

      for (String user :
          List.of(TestPeople.SXD_OFFICER, TestPeople.OFFICE_SPECIALIST, TestPeople.VICE_CHAIRMAN)) {
        Http.Answer notAdmin = http.get(user, path);
        assertThat(notAdmin.status()).as(user + " " + path).isEqualTo(403);
        assertThat(notAdmin.json().get("message")).asString().contains("Chỉ quản trị hệ thống");
        assertThat(notAdmin.body()).doesNotContain("tasktracking.jobs").doesNotContain("database");
      }
      assertThat(http.get(TestPeople.ADMIN, path).status()).as(path).isEqualTo(200);
    }
    Http.Answer health = http.get(TestPeople.ADMIN, "/actuator/health");
    assertThat(health.body())
        .contains("\"startup\"")
        .contains("\"database\"")
        .contains("pendingSteps");
  }

  @Test
  void gaugesShowWhatTheDatabaseHolds() {
    // A task announced: its notifications are recorded (e-mail ones pending) and its reminder timer
    // waits.
    String announced = register("Báo cáo tình hình giải ngân vốn đầu tư công quý IV");
    String announcedInstance = instanceOf(announced);
    management.executeJob(
        management.createJobQuery().processInstanceId(announcedInstance).singleResult().getId());
    Job reminder =
        management.createJobQuery().processInstanceId(announcedInstance).timers().singleResult();
    assertThat(reminder.getDuedate()).isInTheFuture();
    assertThat(http.metric("tasktracking.reminders.lag")).isZero();

    double due = http.metric("tasktracking.jobs", "state:due");
    double locked = http.metric("tasktracking.jobs", "state:locked");
    double failed = http.metric("tasktracking.jobs", "state:failed");
    double incidents = http.metric("tasktracking.incidents.open");
    assertThat(due)
        .isEqualTo(
            count(
                "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
                    + " and (duedate_ is null or duedate_ <= now()) and lock_owner_ is null"));

    // Two tasks registered: their announcement jobs are due.
    String first = register("Rà soát quy hoạch xây dựng vùng huyện Cao Lộc");
    String second = register("Kiểm tra an toàn công trình trường học trước mùa mưa bão");
    assertThat(http.metric("tasktracking.jobs", "state:due")).isEqualTo(due + 2);

    // One of them acquired by a node (as Camunda's acquisition locks it), the other failed for
    // good.
    Job firstJob = management.createJobQuery().processInstanceId(instanceOf(first)).singleResult();
    jdbc.sql("update act_ru_job set lock_owner_ = 'other-node', lock_exp_time_ = ? where id_ = ?")
        .params(Timestamp.valueOf(java.time.LocalDateTime.now().plusMinutes(5)), firstJob.getId())
        .update();
    Job secondJob =
        management.createJobQuery().processInstanceId(instanceOf(second)).singleResult();
    management.setJobRetries(secondJob.getId(), 0);

    assertThat(http.metric("tasktracking.jobs", "state:due")).isEqualTo(due);
    assertThat(http.metric("tasktracking.jobs", "state:locked")).isEqualTo(locked + 1);
    assertThat(http.metric("tasktracking.jobs", "state:failed")).isEqualTo(failed + 1);
    assertThat(http.metric("tasktracking.incidents.open"))
        .isEqualTo(incidents + 1)
        .isEqualTo(count("select count(*) from act_ru_incident"));

    // The reminder made due an hour ago, as an operator moves a timer: it is an hour late, and due.
    jdbc.sql("update act_ru_job set duedate_ = ? where id_ = ?")
        .params(Timestamp.valueOf(java.time.LocalDateTime.now().minusHours(1)), reminder.getId())
        .update();
    assertThat(http.metric("tasktracking.reminders.lag")).isCloseTo(3600, within(60.0));
    assertThat(http.metric("tasktracking.jobs", "state:due")).isEqualTo(due + 1);

    // Notifications by state, as the log holds them; the announcement's e-mails wait for the mail
    // server.
    long pending = count("select count(*) from notification_log where state = 'PENDING'");
    assertThat(
            count(
                "select count(*) from notification_log where state = 'PENDING' and register_number = '"
                    + announced
                    + "'"))
        .isPositive();
    assertThat(http.metric("tasktracking.notifications", "state:pending")).isEqualTo(pending);
    assertThat(http.metric("tasktracking.notifications", "state:sent"))
        .isEqualTo(count("select count(*) from notification_log where state = 'SENT'"));
    assertThat(http.metric("tasktracking.notifications", "state:failed"))
        .isEqualTo(count("select count(*) from notification_log where state = 'FAILED'"));

    // Delivered by hand: one fewer pending, one more sent.
    String key =
        jdbc.sql(
                "select notification_key from notification_log where state = 'PENDING' and register_number = ?")
            .param(announced)
            .query(String.class)
            .list()
            .get(0);
    double sent = http.metric("tasktracking.notifications", "state:sent");
    jdbc.sql("update notification_log set state = 'SENT' where notification_key = ?")
        .param(key)
        .update();
    assertThat(http.metric("tasktracking.notifications", "state:pending")).isEqualTo(pending - 1);
    assertThat(http.metric("tasktracking.notifications", "state:sent")).isEqualTo(sent + 1);
  }

  private String register(String content) {
    String number = UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND";
    return assignment
        .register(
            new DirectiveRequest(
                number,
                LocalDate.of(2026, 11, 2),
                "COMMITTEE",
                null,
                "Trích yếu",
                null,
                List.of(
                    new TaskRequest(
                        content, "SXD", List.of(), LocalDate.now().plusMonths(3), null, false))))
        .registerNumbers()
        .get(0);
  }

  private String instanceOf(String registerNumber) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("task-assignment")
        .processInstanceBusinessKey(registerNumber)
        .singleResult()
        .getId();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
