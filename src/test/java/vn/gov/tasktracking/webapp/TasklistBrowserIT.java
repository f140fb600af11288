package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.assignment.TaskStatus;
import vn.gov.tasktracking.assignment.TaskView;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * Officers working in the Vietnamese Camunda Tasklist, in a real (headless) Chromium: the unit's
 * officer finds, claims and completes the receiving step; an officer of another unit never sees it.
 * Screenshots of every step go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistBrowserIT {

  private static final String UNIT_WORK = "Việc của đơn vị";
  private static final String RECEIVE_TASK = "Tiếp nhận nhiệm vụ";
  private static final String BUSINESS_KEY_CRITERION = "Mã nghiệp vụ của phiên quy trình";
  private static final String SXD_OFFICER_NAME = "Kiểm Thử Sở Xây Dựng";
  private static final String NO_BROWSER =
      "No browser installed: "
          + TasklistBrowser.CHROMIUM
          + " or "
          + TasklistBrowser.CHROMEDRIVER
          + " is missing, so this Tasklist browser test is skipped. Install Debian's packages with "
          + "'apt-get install chromium chromium-driver' (.ci/run does).";
  private static final Logger LOG = LoggerFactory.getLogger(TasklistBrowserIT.class);

  @LocalServerPort int port;
  @Autowired AssignmentService assignment;
  @Autowired DirectoryService directory;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired TestRestTemplate rest;

  private final List<TasklistBrowser> browsers = new ArrayList<>();
  private String testName;

  /** Needs Debian's chromium and chromedriver: without them each test is skipped, saying why. */
  @BeforeEach
  void browserAndPeople(TestInfo test) {
    if (!TasklistBrowser.installed()) {
      LOG.warn(NO_BROWSER);
    }
    assumeTrue(TasklistBrowser.installed(), NO_BROWSER);
    TestPeople.ensure(directory);
    testName = test.getTestMethod().orElseThrow().getName();
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(TasklistBrowser::close);
    browsers.clear();
  }

  @Test
  void unitOfficerClaimsAndCompletesTheReceivingStepInVietnameseTasklist() {
    String registerNumber =
        registerTaskFor("SXD", "Rà soát hồ sơ cấp phép xây dựng (kiểm thử trình duyệt)");
    String taskId = receiveStepOf(registerNumber).getId();

    TasklistBrowser officer = browser("sxd-");
    step(officer, "01-login-form", officer::openTasklist);
    assertThat(officer.visibleText()).contains("Đăng nhập").doesNotContain("Log in", "Please");
    assertThat(officer.placeholders()).containsExactly("Tên đăng nhập", "Mật khẩu");

    step(
        officer, "02-signed-in", () -> officer.signIn(TestPeople.SXD_OFFICER, TestPeople.PASSWORD));
    String page = officer.visibleText();
    assertThat(page)
        .contains(
            "Việc của tôi",
            UNIT_WORK,
            "Sắp đến hạn",
            "Quá hạn",
            "Xử lý nhiệm vụ",
            "Khởi tạo quy trình",
            SXD_OFFICER_NAME);
    // A free task belongs to no process: the control is not offered.
    assertThat(page).doesNotContain("Tạo nhiệm vụ");
    assertThat(page)
        .doesNotContain(
            "Start process",
            "Create task",
            "Keyboard Shortcuts",
            "Created",
            "Select a task in the list");
    assertThat(officer.placeholders()).contains("Lọc nhiệm vụ").doesNotContain("Filter Tasks");

    step(
        officer,
        "03-unit-work-searched",
        () -> {
          officer.openFilter(UNIT_WORK);
          officer.searchByRegisterNumber(BUSINESS_KEY_CRITERION, registerNumber);
          officer.waitForTaskInList(taskId);
        });

    step(officer, "04-task-open", () -> officer.openTask(taskId));
    assertThat(officer.fieldValue("Nhiệm vụ")).contains(registerNumber);
    assertThat(officer.visibleText())
        .contains(RECEIVE_TASK, "Biểu mẫu", "Lịch sử", "Sơ đồ", "Mô tả", "Nhắc việc", "Tiếp nhận")
        .doesNotContain("Claim", "Diagram", "History", "Set follow-up date", "Add Comment");

    step(officer, "05-claimed", officer::claim);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo(TestPeople.SXD_OFFICER);

    step(
        officer,
        "06-form-filled",
        () -> {
          officer.chooseRadio("Tiếp nhận và giao cán bộ");
          officer.chooseInSelect("Cán bộ thực hiện", SXD_OFFICER_NAME);
        });
    assertThat(officer.visibleText())
        .contains("Lưu", "Hoàn thành")
        .doesNotContain("Save", "Complete");

    step(
        officer,
        "07-completed",
        () -> {
          officer.clickButton("Hoàn thành");
          // Tasklist then lists the officer's next steps of the same process: one, «Thực hiện nhiệm
          // vụ».
          officer.waitForNotification("Bạn được giao các nhiệm vụ sau trong cùng quy trình");
          officer.waitForNotification("Thực hiện nhiệm vụ");
          officer.waitUntilGone(officer.taskInList(taskId));
        });

    TaskView registered = assignment.task(registerNumber);
    assertThat(registered.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(registered.officer()).isEqualTo(TestPeople.SXD_OFFICER);
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceBusinessKey(registerNumber)
                .taskAssignee(TestPeople.SXD_OFFICER)
                .list())
        .extracting(Task::getTaskDefinitionKey)
        .containsExactly("Task_CarryOutWork");
  }

  @Test
  void officerOfAnotherUnitDoesNotSeeTheTaskInUnitWork() {
    String sxdNumber = registerTaskFor("SXD", "Kiểm tra trật tự xây dựng (kiểm thử trình duyệt)");
    String sxdTask = receiveStepOf(sxdNumber).getId();
    String caoLocNumber = registerTaskFor("CAOLOC", "Giải phóng mặt bằng (kiểm thử trình duyệt)");
    String caoLocTask = receiveStepOf(caoLocNumber).getId();

    TasklistBrowser other = browser("caoloc-");
    step(other, "01-login-form", other::openTasklist);
    step(other, "02-signed-in", () -> other.signIn(TestPeople.CAOLOC_OFFICER, TestPeople.PASSWORD));
    step(
        other,
        "03-own-unit-task-listed",
        () -> {
          other.openFilter(UNIT_WORK);
          other.searchByRegisterNumber(BUSINESS_KEY_CRITERION, caoLocNumber);
          other.waitForTaskInList(caoLocTask);
        });

    step(
        other,
        "04-other-unit-task-not-listed",
        () -> {
          other.searchByRegisterNumber(BUSINESS_KEY_CRITERION, sxdNumber);
          other.waitForEmptyList();
        });
    assertThat(other.listShows(sxdTask)).isFalse();

    // Backstop, whatever the page shows: Camunda's REST API gives the task to its unit only.
    assertThat(engineRestTasks(TestPeople.CAOLOC_OFFICER, sxdNumber)).isEmpty();
    assertThat(engineRestTasks(TestPeople.SXD_OFFICER, sxdNumber)).hasSize(1);
  }

  @Test
  void officerSeesTheDirectiveWithItsDateAndADeadlineOnNationalDayDueTheNextWorkingDay() {
    String number = UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "/TB-UBND";
    String registerNumber =
        assignment
            .register(
                new DirectiveRequest(
                    number,
                    LocalDate.of(2026, 8, 20),
                    "COMMITTEE",
                    null,
                    "Thông báo trước Quốc khánh (kiểm thử trình duyệt)",
                    null,
                    List.of(
                        new TaskRequest(
                            "Báo cáo tình hình dịp Quốc khánh (kiểm thử trình duyệt)",
                            "SXD",
                            List.of(),
                            LocalDate.of(2026, 9, 2),
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
    String taskId = receiveStepOf(registerNumber).getId();

    TasklistBrowser officer = browser("sxd-");
    step(
        officer,
        "01-signed-in",
        () -> {
          officer.openTasklist();
          officer.signIn(TestPeople.SXD_OFFICER, TestPeople.PASSWORD);
        });
    step(
        officer,
        "02-task-listed",
        () -> {
          officer.openFilter(UNIT_WORK);
          officer.searchByRegisterNumber(BUSINESS_KEY_CRITERION, registerNumber);
          officer.waitForTaskInList(taskId);
        });
    step(officer, "03-desktop-task-open", () -> officer.openTask(taskId));
    assertThat(officer.fieldValue("Nhiệm vụ"))
        .contains("Văn bản: " + number + " ngày 20/08/2026 của UBND tỉnh")
        .contains(
            "Hạn xử lý: hạn theo văn bản 02/09/2026, tính đến hết 03/09/2026 theo Điều 148 BLDS");
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate())
        .isEqualTo(
            java.util.Date.from(
                LocalDate.of(2026, 9, 4)
                    .atStartOfDay(java.time.ZoneOffset.ofHours(7))
                    .toInstant()
                    .minusSeconds(60)));

    step(
        officer,
        "04-phone-task-open",
        () -> {
          officer.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
          officer.openTask(taskId);
          // The form sits below the list on a phone: bring the task's summary into the screenshot.
          ((org.openqa.selenium.JavascriptExecutor) officer.driver())
              .executeScript(
                  "arguments[0].scrollIntoView({block: 'center'});",
                  officer
                      .driver()
                      .findElement(
                          org.openqa.selenium.By.xpath(
                              "//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.), 'Nhiệm vụ')]]//textarea")));
        });
    assertThat(officer.fieldValue("Nhiệm vụ"))
        .contains("tính đến hết 03/09/2026 theo Điều 148 BLDS");
  }

  // ---- Helpers -------------------------------------------------------------------------------

  /** Registers one task as the Office would, then runs the job that announces it to the unit. */
  private String registerTaskFor(String unit, String content) {
    String number = UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/TB-UBND";
    String registerNumber =
        assignment
            .register(
                new DirectiveRequest(
                    number,
                    LocalDate.of(2026, 11, 2),
                    "COMMITTEE",
                    null,
                    "Thông báo kết luận (kiểm thử trình duyệt)",
                    null,
                    List.of(
                        new TaskRequest(
                            content, unit, List.of(), LocalDate.of(2026, 12, 31), null, false))))
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
    return registerNumber;
  }

  private Task receiveStepOf(String registerNumber) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(registerNumber)
            .taskDefinitionKey("Task_ReceiveTask")
            .singleResult();
    assertThat(task).as("receiving step of %s", registerNumber).isNotNull();
    assertThat(task.getName()).isEqualTo(RECEIVE_TASK);
    return task;
  }

  private List<?> engineRestTasks(String user, String registerNumber) {
    ResponseEntity<List> answer =
        rest.withBasicAuth(user, TestPeople.PASSWORD)
            .getForEntity(
                "/engine-rest/task?processInstanceBusinessKey={key}",
                List.class,
                Map.of("key", registerNumber));
    assertThat(answer.getStatusCode().is2xxSuccessful()).isTrue();
    return answer.getBody();
  }

  private TasklistBrowser browser(String who) {
    TasklistBrowser browser = new TasklistBrowser("http://localhost:" + port, testName + "-" + who);
    browsers.add(browser);
    return browser;
  }

  /** Runs one step and saves its screenshot; on failure, saves what the page showed instead. */
  private static void step(TasklistBrowser browser, String name, Runnable action) {
    browser.recordStep(name, action);
  }
}
