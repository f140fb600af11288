package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.gov.tasktracking.webapp.BrowserJourney.AWAITING_ME;
import static vn.gov.tasktracking.webapp.BrowserJourney.CRITERION;
import static vn.gov.tasktracking.webapp.BrowserJourney.UNIT_WORK;
import static vn.gov.tasktracking.webapp.BrowserJourney.shown;
import static vn.gov.tasktracking.webapp.BrowserJourney.step;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.webapp.BrowserJourney.Issuer;
import vn.gov.tasktracking.webapp.TasklistBrowser.Screen;

/**
 * The issuer decides an extension in person, in Tasklist (issue 13): a task given by a
 * Vice-Chairman; the unit asks for an extension in the step's tab «Thao tác»; the Vice-Chairman
 * finds «Quyết định gia hạn» in the filter «Chờ tôi duyệt» (with its count), opens it with its form
 * and grants it with a new date typed day/month/year (desktop), or refuses it with a reason
 * (phone); the unit reads the decision in the task's record and in its inbox; the register holds
 * the new date, or the old one. Through the browser only; the engine is read to find a step's entry
 * and to check what was stored. Screenshots {@code target/screenshots/<test>-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExtensionDecisionBrowserIT {

  private static final String DECIDE = "Quyết định gia hạn";

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired AssignmentService assignment;
  @Autowired JdbcClient jdbc;

  private BrowserJourney journey;

  @BeforeEach
  void browserAndPeople(TestInfo test) {
    assumeTrue(
        TasklistBrowser.installed(),
        "No browser installed: apt-get install chromium chromium-driver");
    TestPeople.ensure(directory);
    journey =
        new BrowserJourney(
            port, test.getTestMethod().orElseThrow().getName(), runtime, tasks, management);
  }

  @AfterEach
  void closeBrowsers() {
    if (journey != null) {
      journey.close();
    }
  }

  @Test
  void theViceChairmanGrantsANewDateTypedDayMonthYearOnADesktop() {
    Screen screen = Screen.DESKTOP;
    String registerNumber = givenByTheViceChairman(screen);
    TasklistBrowser sxd = journey.signedIn("sxd-", TestPeople.SXD_OFFICER, screen);
    LocalDate deadline = assignment.task(registerNumber).currentDeadline();
    LocalDate proposed = deadline.plusDays(20);
    requestExtension(sxd, registerNumber, proposed);

    TasklistBrowser issuer = journey.signedIn("issuer-", TestPeople.VICE_CHAIRMAN, screen);
    String decide = openDecision(issuer, registerNumber);
    assertThat(issuer.fieldValue("Đề nghị gia hạn của đơn vị"))
        .contains(registerNumber, shown(proposed), "Chờ ý kiến thẩm định");
    // The issuer grants less than asked: a date typed as people write it, day first.
    LocalDate granted = deadline.plusDays(12);
    step(
        issuer,
        "03-granted",
        () -> {
          issuer.chooseRadio("Đồng ý gia hạn");
          assertThat(issuer.dateFieldText("Hạn xử lý mới")).isEqualTo(shown(proposed));
          issuer.typeDate("Hạn xử lý mới", shown(granted));
          assertThat(issuer.dateFieldText("Hạn xử lý mới")).isEqualTo(shown(granted));
          issuer.typeText("Ý kiến", "Đồng ý gia hạn, đề nghị Sở hoàn thành đúng hạn mới.");
          issuer.completeStep(decide);
        });
    // The register: the new date (due the next working day when it falls on a day off), decided by
    // the issuer.
    Map<String, Object> decided = extension(registerNumber);
    assertThat(decided)
        .containsEntry("status", "APPROVED")
        .containsEntry("decided_by", TestPeople.VICE_CHAIRMAN);
    assertThat(((java.sql.Date) decided.get("approved_deadline")).toLocalDate()).isEqualTo(granted);
    LocalDate due = assignment.task(registerNumber).currentDeadline();
    assertThat(due).isBetween(granted, granted.plusDays(4));

    // The unit sees it: in the task's record, and in its inbox.
    step(
        sxd,
        "10-decision-in-record",
        () -> {
          sxd.driver().navigate().refresh();
          sxd.waitForRecord();
        });
    assertThat(sxd.recordText())
        .contains(
            "Được đồng ý", "Hạn mới: " + shown(granted), "đề nghị Sở hoàn thành đúng hạn mới");
    step(sxd, "11-inbox", () -> sxd.openInbox("được gia hạn"));
    assertThat(sxd.fitsWidth(By.cssSelector(".tt-inbox")))
        .as("the inbox within the screen")
        .isTrue();
    assertThat(sxd.inboxText()).contains("Nhiệm vụ " + registerNumber + " được gia hạn");
    assertThat(message(registerNumber, "được gia hạn"))
        .contains("Ý kiến: Đồng ý gia hạn, đề nghị Sở")
        .doesNotContain("Ý kiến: Hạn");
  }

  @Test
  void theViceChairmanRefusesWithAReasonOnAPhone() {
    Screen screen = Screen.PHONE;
    String registerNumber = givenByTheViceChairman(screen);
    TasklistBrowser sxd = journey.signedIn("sxd-", TestPeople.SXD_OFFICER, screen);
    LocalDate deadline = assignment.task(registerNumber).currentDeadline();
    requestExtension(sxd, registerNumber, deadline.plusDays(30));

    TasklistBrowser issuer = journey.signedIn("issuer-", TestPeople.VICE_CHAIRMAN, screen);
    String decide = openDecision(issuer, registerNumber);
    step(
        issuer,
        "03-refused",
        () -> {
          issuer.chooseRadio("Không đồng ý");
          assertThat(
                  issuer
                      .driver()
                      .findElements(
                          By.xpath("//label[contains(normalize-space(.),'Hạn xử lý mới')]"))
                      .stream()
                      .noneMatch(WebElement::isDisplayed))
              .as("no new date when refusing")
              .isTrue();
          issuer.typeText(
              "Ý kiến", "Không gia hạn: nhiệm vụ trọng tâm, phải hoàn thành trong quý.");
          issuer.completeStep(decide);
        });
    assertThat(extension(registerNumber))
        .containsEntry("status", "REJECTED")
        .containsEntry("decided_by", TestPeople.VICE_CHAIRMAN);
    assertThat(assignment.task(registerNumber).currentDeadline()).isEqualTo(deadline);

    step(
        sxd,
        "10-decision-in-record",
        () -> {
          sxd.driver().navigate().refresh();
          sxd.waitForRecord();
        });
    assertThat(sxd.recordText()).contains("Không được đồng ý", "phải hoàn thành trong quý");
    step(sxd, "11-inbox", () -> sxd.openInbox("không được đồng ý"));
    assertThat(sxd.fitsWidth(By.cssSelector(".tt-inbox")))
        .as("the inbox within the screen")
        .isTrue();
    assertThat(sxd.inboxText())
        .contains("Đề nghị gia hạn nhiệm vụ " + registerNumber + " không được đồng ý");
    assertThat(message(registerNumber, "không được đồng ý"))
        .contains("Lý do: Không gia hạn: nhiệm vụ trọng tâm")
        .doesNotContain("Lý do: Ý kiến");
  }

  // ---- Steps ---------------------------------------------------------------------------------

  private String givenByTheViceChairman(Screen screen) {
    TasklistBrowser office = journey.signedIn("office-", TestPeople.OFFICE_SPECIALIST, screen);
    String registerNumber =
        journey.register(office, Issuer.viceChairman("Kiểm Thử Phó"), "Xây dựng", null);
    assertThat(assignment.task(registerNumber).issuerKey()).isEqualTo(TestPeople.VICE_CHAIRMAN);
    return registerNumber;
  }

  /**
   * The unit's focal point asks from the receipt step's tab «Thao tác», the date typed
   * day/month/year.
   */
  private void requestExtension(TasklistBrowser sxd, String registerNumber, LocalDate proposed) {
    String receive = journey.step(registerNumber, "Task_ReceiveTask");
    step(
        sxd,
        "01-receive-open",
        () -> sxd.openStepFromFilters(List.of(UNIT_WORK), CRITERION, registerNumber, receive));
    step(
        sxd,
        "02-requested",
        () -> {
          sxd.openTaskTab(TasklistBrowser.ACTIONS_TAB);
          sxd.typeInRecord("Lý do đề nghị gia hạn", "Chờ ý kiến thẩm định của Bộ Xây dựng.");
          sxd.typeInRecord("Ngày đề nghị gia hạn đến", shown(proposed));
          sxd.clickInRecord("Gửi đề nghị gia hạn");
          sxd.waitForRecordMessage("Đã gửi đề nghị gia hạn");
        });
    assertThat(sxd.recordText()).contains("Chờ quyết định", shown(proposed));
  }

  /** The issuer finds the step in «Chờ tôi duyệt», with its count, and opens it with its form. */
  private String openDecision(TasklistBrowser issuer, String registerNumber) {
    String decide = journey.step(registerNumber, "Task_DecideExtension");
    step(
        issuer,
        "01-awaiting-me",
        () -> {
          issuer.openFilter(AWAITING_ME);
          assertThat(issuer.driver().findElement(By.cssSelector(".task-filter.active")).getText())
              .matches("(?s).*" + AWAITING_ME + "\\s*\\(?[1-9]\\d*\\)?.*");
          issuer.searchByRegisterNumber(CRITERION, registerNumber);
          issuer.waitForTaskInList(decide);
        });
    // The entry names the task and its deadline (the step itself has no due date of its own).
    assertThat(issuer.entryText(decide))
        .contains(
            DECIDE,
            registerNumber,
            "Sở Xây dựng",
            shown(assignment.task(registerNumber).currentDeadline()))
        .doesNotContain("Không có thời hạn");
    step(
        issuer,
        "02-decision-open",
        () -> {
          issuer.openTask(decide);
          issuer.claim();
        });
    // The step's groups by their names, not their identifiers.
    assertThat(issuer.visibleText())
        .contains("Chuyên viên Văn phòng UBND tỉnh")
        .doesNotContain("office-specialist");
    return decide;
  }

  /**
   * The body of the officer's notification about the decision, as the inbox and the e-mail give it.
   */
  private String message(String registerNumber, String subject) {
    return jdbc.sql(
            "select body from notification where recipient = ? and subject like ? order by id desc")
        .params(TestPeople.SXD_OFFICER, "%" + registerNumber + "%" + subject + "%")
        .query(String.class)
        .list()
        .get(0);
  }

  private Map<String, Object> extension(String registerNumber) {
    return jdbc
        .sql(
            "select t.* from task_extension t join assigned_task a on a.id = t.task_id where a.register_number = ?")
        .param(registerNumber)
        .query()
        .listOfRows()
        .stream()
        .map(
            row -> {
              Map<String, Object> lower = new java.util.HashMap<>();
              row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
              return lower;
            })
        .reduce((a, b) -> b)
        .orElseThrow();
  }
}
