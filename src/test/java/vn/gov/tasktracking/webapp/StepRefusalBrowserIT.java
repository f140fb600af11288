package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.internal.DirectoryFile;
import vn.gov.tasktracking.inspection.InspectionRequests;
import vn.gov.tasktracking.inspection.InspectionService;
import vn.gov.tasktracking.system.SystemWork;

/**
 * A step's refusal as a person meets it in Tasklist (issue 12, M3 and the refusal Tasklist showed
 * as "ENGINE-03051 ... TaskListener" with a 500): a Cao Lộc officer who is neither leader nor focal
 * point fills in the unit's inspection report and presses "Hoàn thành"; Tasklist shows the
 * Vietnamese sentence alone and the step stays open, nothing recorded. Screenshots on a desktop
 * (1440x900) and a phone (390x844) under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StepRefusalBrowserIT {

  private static final String REFUSAL = "Chỉ lãnh đạo, đầu mối của";

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired InspectionService inspections;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void people() {
    assumeTrue(
        TasklistBrowser.installed(),
        "No browser installed: apt-get install chromium chromium-driver (.ci/run does).");
    TestPeople.ensure(directory);
    directory.apply(
        new DirectoryFile(
            "it-security",
            List.of(),
            List.of(
                person(
                    "it.sec.totruong", "Tổ Trưởng Bảo Mật", "UNIT_LEADER", "WORKING_GROUP_MEMBER"),
                person("it.sec.thanhvien", "Thành Viên Bảo Mật", "WORKING_GROUP_MEMBER"))),
        "test",
        null);
  }

  @Test
  void aPlainOfficerSubmittingTheUnitsReportSeesWhyInVietnameseAndTheStepStaysOpen() {
    // Set-up is the system's own work: no person is signed in on the test's thread.
    long id =
        SystemWork.call(
            () ->
                inspections
                    .plan(
                        new InspectionRequests.Plan(
                            "CAOLOC",
                            LocalDate.of(2029, 1, 1),
                            LocalDate.of(2029, 12, 31),
                            LocalDate.of(2030, 6, 10),
                            null,
                            "it.sec.totruong",
                            List.of("it.sec.thanhvien"),
                            "Kiểm tra (kiểm thử trình duyệt)"))
                    .id());
    String code = InspectionService.code(id);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();
    tasks.complete(
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_ApprovePlan")
            .singleResult()
            .getId(),
        Map.of("planDecision", "APPROVE"));
    Task report =
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_SubmitUnitReport")
            .singleResult();

    try (TasklistBrowser officer =
        new TasklistBrowser("http://localhost:" + port, "step-refusal-")) {
      officer.driver().manage().window().setSize(new Dimension(1440, 900));
      officer.openTasklist();
      officer.signIn(TestPeople.CAOLOC_OFFICER, TestPeople.PASSWORD);
      officer.openFilter("Việc của đơn vị");
      officer.searchByRegisterNumber("Mã nghiệp vụ của phiên quy trình", code);
      officer.waitForTaskInList(report.getId());
      officer.openTask(report.getId());
      officer.claim();
      WebElement keyResults =
          officer
              .driver()
              .findElement(
                  By.xpath(
                      "//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(),'Kết quả nổi bật')]]//textarea"));
      keyResults.sendKeys("Hoàn thành kế hoạch năm");
      officer.clickButton("Hoàn thành");
      officer.waitForNotification(REFUSAL);
      officer.screenshot("01-desktop-refused");
      String page = officer.visibleText();
      assertThat(page).contains(REFUSAL).doesNotContain("ENGINE-", "TaskListener", "Exception");

      officer.driver().manage().window().setSize(new Dimension(390, 844));
      officer.screenshot("02-phone-refused");
    }

    assertThat(tasks.createTaskQuery().taskId(report.getId()).count()).isEqualTo(1);
    assertThat(
            jdbc.sql("select report_submitted_at from inspection where id = ?")
                .param(id)
                .query((rs, n) -> rs.getTimestamp(1))
                .list())
        .containsExactly((java.sql.Timestamp) null);
  }

  private static DirectoryFile.PersonRow person(String username, String fullName, String... roles) {
    return new DirectoryFile.PersonRow(
        username,
        fullName,
        null,
        username + "@example.vn",
        null,
        "VPUBND",
        List.of(roles),
        true,
        TestPeople.PASSWORD);
  }
}
