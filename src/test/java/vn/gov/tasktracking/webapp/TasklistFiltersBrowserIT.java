package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.webapp.TasklistBrowser.Screen;

/**
 * Tasklist's shared filters and list entries as people see them: the unit leader finds the sign-off
 * step offered to them by name in "Chờ tôi duyệt", with its count; each entry says which task it is
 * (register number, content, lead unit, deadline as a date) with no priority number; overdue steps
 * are red in "Quá hạn", steps due soon orange in "Sắp đến hạn"; on a phone the opened task comes
 * into view. The tasks are brought to the step under test through the engine (set-up, not the
 * journey under test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistFiltersBrowserIT {

  private static final String AWAITING_ME = "Chờ tôi duyệt";

  @LocalServerPort int port;
  @Autowired AssignmentService assignment;
  @Autowired DirectoryService directory;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired EngineClock clock;

  private final List<TasklistBrowser> browsers = new ArrayList<>();
  private String testName;

  @BeforeEach
  void browserAndPeople(TestInfo test) {
    assumeTrue(
        TasklistBrowser.installed(),
        "No browser installed: apt-get install chromium chromium-driver");
    TestPeople.ensure(directory);
    testName = test.getTestMethod().orElseThrow().getName();
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(TasklistBrowser::close);
    browsers.clear();
  }

  @Test
  void theLeadersSignOffStepIsInTheLeadersOwnFilterWithItsCount() {
    String registerNumber =
        registerTaskFor(
            "SXD",
            "Báo cáo rà soát quy hoạch xây dựng vùng huyện (kiểm thử bộ lọc)",
            clock.today().plusDays(20));
    Task signOff = bringToLeaderSignOff(registerNumber);

    // The engine first: the filter, run as the leader, finds the step offered to them by name.
    assertThat(inFilter(AWAITING_ME, TestPeople.SXD_LEADER)).contains(signOff.getId());
    // ...and nobody else's: not the officer's, not the Office's.
    assertThat(inFilter(AWAITING_ME, TestPeople.SXD_OFFICER)).doesNotContain(signOff.getId());
    assertThat(inFilter(AWAITING_ME, TestPeople.OFFICE_SPECIALIST)).doesNotContain(signOff.getId());

    for (Screen screen : Screen.values()) {
      TasklistBrowser leader = browser("leader-" + screen.name().toLowerCase() + "-", screen);
      step(
          leader,
          "01-my-work",
          () -> {
            leader.openTasklist();
            leader.signIn(TestPeople.SXD_LEADER, TestPeople.PASSWORD);
            leader.openFilter(AWAITING_ME);
            leader.searchByRegisterNumber("Mã nghiệp vụ của phiên quy trình", registerNumber);
            leader.waitForTaskInList(signOff.getId());
          });
      String filter = leader.driver().findElement(By.cssSelector(".task-filter.active")).getText();
      // Tasklist writes the count after the name (the brackets are CSS).
      assertThat(filter).matches("(?s).*" + AWAITING_ME + "\\s*\\(?[1-9]\\d*\\)?.*");
      String entry = entryText(leader, signOff.getId());
      assertThat(entry)
          .contains(
              "Lãnh đạo đơn vị duyệt kết quả",
              registerNumber,
              "Báo cáo rà soát quy hoạch",
              "Sở Xây dựng",
              TaskListDates.day(assignment.task(registerNumber).currentDeadline()));
      assertThat(entry).doesNotContain("50");
      leader.assertNoForbiddenText("01-my-work");

      step(
          leader,
          "02-task-open",
          () -> {
            leader.openTask(signOff.getId());
            assertThat(leader.comesIntoView(By.cssSelector(".task-details .task-card .names")))
                .as("opened task in view on %s", screen)
                .isTrue();
          });
      leader.assertNoForbiddenText("02-task-open");
      // The step's deadline belongs to the deadline watch: shown, not offered for editing.
      assertThat(
              leader
                  .driver()
                  .findElements(By.cssSelector("[cam-tasklist-task-meta] .reset-due-date"))
                  .stream()
                  .noneMatch(WebElement::isDisplayed))
          .isTrue();
      assertThat(leader.visibleText()).doesNotContain("Tạo nhiệm vụ", "Thêm nhóm");
    }
  }

  @Test
  void overdueStepsAreRedAndStepsDueSoonOrangeInTheirFilters() {
    String overdue =
        registerTaskFor(
            "SXD", "Tổng hợp báo cáo quá hạn (kiểm thử bộ lọc)", clock.today().minusDays(3));
    String dueSoon =
        registerTaskFor(
            "SXD", "Tổng hợp báo cáo sắp đến hạn (kiểm thử bộ lọc)", clock.today().plusDays(2));
    String overdueStep = receiveStepOf(overdue).getId();
    String dueSoonStep = receiveStepOf(dueSoon).getId();

    // The engine first: each filter, run as the unit's officer, holds the one and not the other.
    assertThat(inFilter("Quá hạn", TestPeople.SXD_OFFICER))
        .contains(overdueStep)
        .doesNotContain(dueSoonStep);
    assertThat(inFilter("Sắp đến hạn", TestPeople.SXD_OFFICER))
        .contains(dueSoonStep)
        .doesNotContain(overdueStep);
    assertThat(inFilter("Quá hạn", TestPeople.CAOLOC_OFFICER)).doesNotContain(overdueStep);

    TasklistBrowser officer = browser("officer-", Screen.DESKTOP);
    step(
        officer,
        "01-overdue",
        () -> {
          officer.openTasklist();
          officer.signIn(TestPeople.SXD_OFFICER, TestPeople.PASSWORD);
          officer.openFilter("Quá hạn");
          officer.searchByRegisterNumber("Mã nghiệp vụ của phiên quy trình", overdue);
          officer.waitForTaskInList(overdueStep);
        });
    assertThat(entryClasses(officer, overdueStep)).contains("tt-overdue");
    // The deadline the register holds: a date on a day off is due the next working day (Civil Code
    // art. 148).
    assertThat(entryText(officer, overdueStep))
        .contains(overdue, TaskListDates.day(assignment.task(overdue).currentDeadline()));
    officer.assertNoForbiddenText("01-overdue");

    step(
        officer,
        "02-due-soon",
        () -> {
          officer.openFilter("Sắp đến hạn");
          officer.searchByRegisterNumber("Mã nghiệp vụ của phiên quy trình", dueSoon);
          officer.waitForTaskInList(dueSoonStep);
        });
    assertThat(entryClasses(officer, dueSoonStep)).contains("tt-due-soon");
    officer.assertNoForbiddenText("02-due-soon");
  }

  // ---- Helpers -------------------------------------------------------------------------------

  /**
   * The steps the shared filter lists for that person, as Tasklist asks the engine, checked against
   * its count.
   */
  private List<String> inFilter(String filterName, String user) {
    String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      List<Task> found = filters.list(filterId);
      assertThat(filters.count(filterId)).isEqualTo(found.size());
      return found.stream().map(Task::getId).toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String entryText(TasklistBrowser browser, String taskId) {
    return browser.entryText(taskId);
  }

  private static String entryClasses(TasklistBrowser browser, String taskId) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//ol[contains(@class,'tasks-list')]/li[.//a[contains(@href,'task="
                    + taskId
                    + "')]]"))
        .getDomAttribute("class");
  }

  private String registerTaskFor(String unit, String content, LocalDate deadline) {
    String number = UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/TB-UBND";
    String registerNumber =
        assignment
            .register(
                new DirectiveRequest(
                    number,
                    clock.today().minusDays(30),
                    "COMMITTEE",
                    null,
                    "Thông báo kết luận (kiểm thử bộ lọc)",
                    null,
                    List.of(new TaskRequest(content, unit, List.of(), deadline, null, false))))
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
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(registerNumber)
        .taskDefinitionKey("Task_ReceiveTask")
        .singleResult();
  }

  /** Receipt by the unit, the officer's result: the step waits for the unit's leaders. */
  private Task bringToLeaderSignOff(String registerNumber) {
    tasks.complete(
        receiveStepOf(registerNumber).getId(),
        Map.of("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
    Task result =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(registerNumber)
            .taskDefinitionKey("Task_CarryOutWork")
            .singleResult();
    tasks.complete(
        result.getId(),
        Map.of(
            "workAction",
            "RESULT",
            "resultText",
            "Đã ban hành báo cáo rà soát",
            "resultDocument",
            "12/BC-SXD"));
    Task signOff =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(registerNumber)
            .taskDefinitionKey("Task_LeaderSignOff")
            .singleResult();
    assertThat(signOff).isNotNull();
    assertThat(signOff.getAssignee()).isNull();
    return signOff;
  }

  private TasklistBrowser browser(String who, Screen screen) {
    TasklistBrowser browser =
        new TasklistBrowser("http://localhost:" + port, testName + "-" + who, screen);
    browsers.add(browser);
    return browser;
  }

  private static void step(TasklistBrowser browser, String name, Runnable action) {
    browser.recordStep(name, action);
  }

  /** Dates as the list shows them. */
  static final class TaskListDates {
    static String day(LocalDate date) {
      return String.format(
          "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
  }
}
