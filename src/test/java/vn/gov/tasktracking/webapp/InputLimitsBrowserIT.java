package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * A result longer than the register takes, typed into Tasklist's form, is refused with the
 * product's Vietnamese message, and the step stays open (issue 12, L); at desktop and phone size.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputLimitsBrowserIT {

  @LocalServerPort int port;
  @Autowired AssignmentService assignment;
  @Autowired DirectoryService directory;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void people() {
    assumeTrue(
        TasklistBrowser.installed(),
        "No chromium/chromedriver: browser test skipped (.ci/run installs them).");
    TestPeople.ensure(directory);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"desktop, 1440, 900", "phone, 390, 844"})
  void anOverlongResultIsRefusedInVietnameseAndTheStepStaysOpen(
      String device, int width, int height) {
    String registerNumber = registerAndAccept();
    Task step =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(registerNumber)
            .taskDefinitionKey("Task_CarryOutWork")
            .singleResult();
    long submissions = jdbc.sql("select count(*) from task_submission").query(Long.class).single();

    try (TasklistBrowser officer =
        new TasklistBrowser("http://localhost:" + port, "input-limits-" + device + "-")) {
      officer.resize(width, height);
      step(
          officer,
          "01-signed-in",
          () -> {
            officer.openTasklist();
            officer.signIn(TestPeople.SXD_OFFICER, TestPeople.PASSWORD);
          });
      step(
          officer,
          "02-result-form",
          () -> {
            officer.open(
                "/camunda/app/tasklist/default/#/?task=" + step.getId(),
                org.openqa.selenium.By.cssSelector(".fjs-container"));
            officer.chooseRadio("Báo cáo kết quả thực hiện");
            officer.typeInto("Kết quả thực hiện nhiệm vụ", "Đã hoàn thành. " + "x".repeat(3000));
          });
      step(
          officer,
          "03-refused",
          () -> {
            officer.clickButton("Hoàn thành");
            officer.waitForNotification("vượt quá 3000 ký tự cho phép");
          });
      assertThat(officer.visibleText())
          .contains("Kết quả thực hiện dài 3015 ký tự, vượt quá 3000 ký tự cho phép");
    }
    assertThat(tasks.createTaskQuery().taskId(step.getId()).count()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from task_submission").query(Long.class).single())
        .isEqualTo(submissions);
  }

  private String registerAndAccept() {
    String number = UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/TB-UBND";
    String registerNumber =
        assignment
            .register(
                new DirectiveRequest(
                    number,
                    LocalDate.of(2026, 11, 2),
                    "COMMITTEE",
                    null,
                    "Thông báo kết luận (kiểm thử độ dài)",
                    null,
                    List.of(
                        new TaskRequest(
                            "Báo cáo kết quả quá dài (kiểm thử trình duyệt)",
                            "SXD",
                            List.of(),
                            LocalDate.of(2099, 12, 31),
                            null,
                            false))))
            .registerNumbers()
            .get(0);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult()
            .getId();
    management
        .createJobQuery()
        .processInstanceId(instance)
        .executable()
        .list()
        .forEach(job -> management.executeJob(job.getId()));
    tasks.complete(
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_ReceiveTask")
            .singleResult()
            .getId(),
        Map.of("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
    return registerNumber;
  }

  private static void step(TasklistBrowser browser, String name, Runnable action) {
    browser.recordStep(name, action);
  }
}
