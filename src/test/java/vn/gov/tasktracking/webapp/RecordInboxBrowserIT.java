package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.RecordJourney;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * The task's record and the inbox in the webapps, in a real (headless) Chromium at desktop
 * (1440×900) and phone (390×844) size: an officer sees the bell's count, opens the newest
 * notification and lands on the step in Tasklist, reads the step's record in its tab, and the
 * record page of a task after a whole journey; an officer of another unit cannot open that record
 * by its address; a Vice-Chairman has the bell in Cockpit too. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordInboxBrowserIT {

  private static final Dimension DESKTOP = new Dimension(1440, 900);
  private static final Dimension PHONE = new Dimension(390, 844);
  private static final By BELL_COUNT = By.cssSelector(".tt-bell [data-role=unread]");
  private static final By RECORD = By.cssSelector(".tt-page .tt-record[data-register-number]");
  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final List<String> KINDS =
      List.of(
          "STATUS",
          "PROGRESS",
          "COORDINATION",
          "SUBMISSION",
          "REVIEW",
          "EXTENSION_REQUEST",
          "EXTENSION_DECISION",
          "REMINDER",
          "OVERDUE",
          "ESCALATION",
          "EXPLANATION_REQUEST",
          "EXPLANATION");

  private static String journeyTask;

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;

  private final List<TasklistBrowser> browsers = new ArrayList<>();
  private RecordJourney journey;

  @BeforeEach
  void browserPeopleAndJourney() {
    assumeTrue(
        TasklistBrowser.installed(),
        "No browser installed: "
            + TasklistBrowser.CHROMIUM
            + " or "
            + TasklistBrowser.CHROMEDRIVER
            + " is missing, so this browser test is skipped ('apt-get install chromium chromium-driver').");
    TestPeople.ensure(directory);
    journey = new RecordJourney(context);
    if (journeyTask == null) {
      journeyTask = journey.travel();
    }
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(TasklistBrowser::close);
    browsers.clear();
  }

  @Test
  void anOfficerOpensANotificationLandsOnTheStepAndReadsTheRecords() {
    String fresh =
        journey.registerFor(
            "SXD",
            List.of("STC"),
            "Kiểm tra trật tự xây dựng khu kinh tế cửa khẩu",
            LocalDate.now().plusMonths(2));
    String step = journey.open(fresh, "Task_ReceiveTask").getId();
    long unread = unread(TestPeople.SXD_OFFICER);
    assertThat(unread).isPositive();

    TasklistBrowser browser = browser("record-inbox-officer-");
    WebDriver driver = browser.driver();
    try {
      driver.manage().window().setSize(DESKTOP);
      browser.openTasklist();
      browser.signIn(TestPeople.SXD_OFFICER, TestPeople.PASSWORD);
      wait(driver).until(ExpectedConditions.textToBe(BELL_COUNT, bell(unread)));
      browser.screenshot("01-bell-desktop");

      driver.findElement(By.cssSelector(".tt-bell-button")).click();
      WebElement newest =
          wait(driver)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tt-inbox-item")));
      assertThat(newest.getDomAttribute("data-unread")).isEqualTo("true");
      assertThat(newest.getText())
          .contains("Nhiệm vụ mới " + fresh + " giao Sở Xây dựng chủ trì", "Chưa đọc");
      ForbiddenText.assertNone(driver.findElement(By.cssSelector(".tt-inbox")).getText());
      browser.screenshot("02-inbox-desktop");

      newest.click();
      wait(driver).until(ExpectedConditions.urlContains("task=" + step));
      wait(driver)
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
      assertThat(driver.getCurrentUrl()).doesNotContain("record=");
      wait(driver).until(ExpectedConditions.textToBe(BELL_COUNT, bell(unread - 1)));
      assertThat(unread(TestPeople.SXD_OFFICER)).isEqualTo(unread - 1);
      browser.screenshot("03-step-desktop");

      driver.findElement(By.linkText("Hồ sơ nhiệm vụ")).click();
      WebElement tab =
          wait(driver)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".tt-record[data-register-number='" + fresh + "']")));
      assertThat(tab.getText())
          .contains(
              "Kiểm tra trật tự xây dựng khu kinh tế cửa khẩu",
              "Sở Xây dựng",
              "Sở Tài chính",
              "Quá trình xử lý",
              "Chờ đơn vị tiếp nhận",
              "Đã vào sổ",
              "Đang thực hiện trong hạn");
      ForbiddenText.assertNone(tab.getText());
      browser.screenshot("04-step-record-tab-desktop");
      // One entry in the header to look tasks up: the register (no second «Tra cứu nhiệm vụ» beside
      // it).
      assertThat(driver.findElements(By.cssSelector("[data-role=register-link]"))).hasSize(1);
      assertThat(textOf(driver, driver.findElement(By.cssSelector("[cam-widget-header]"))))
          .doesNotContain("Tra cứu nhiệm vụ");

      // The tab «Thao tác» shows its panel alone: the record of the other tab is not drawn over or
      // under it.
      browser.openTaskTab("Thao tác");
      assertActionsTabAlone(driver);
      browser.screenshot("04b-step-actions-tab-desktop");
      driver.manage().window().setSize(PHONE);
      assertActionsTabAlone(driver);
      browser.screenshot("04c-step-actions-tab-phone");
      driver.manage().window().setSize(DESKTOP);

      driver.get("http://localhost:" + port + TASKLIST + "#/?record=" + journeyTask);
      WebElement record =
          wait(driver)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(
                          ".tt-page .tt-record[data-register-number='" + journeyTask + "']")));
      for (String kind : KINDS) {
        assertThat(record.findElements(By.cssSelector(".tt-timeline li[data-kind=" + kind + "]")))
            .as(kind)
            .isNotEmpty();
      }
      String text = textOf(driver, record);
      assertThat(text)
          .contains(
              RecordJourney.CONTENT,
              "Hoàn thành quá hạn",
              "Hạn ban đầu",
              "20/03/2026",
              "25/03/2026",
              RecordJourney.EXTENSION_REASON,
              RecordJourney.EXPLANATION,
              RecordJourney.LEADER_COMMENT,
              RecordJourney.OFFICE_COMMENT,
              RecordJourney.COORDINATION_INPUT,
              "Hoàn thành 40%",
              "Kiểm Thử Phó Chủ Tịch",
              "Hệ thống",
              RecordJourney.DIRECTIVE_FILE,
              RecordJourney.RESULT_FILE);
      assertThat(
              record
                  .findElement(By.cssSelector("[data-role=status-class]"))
                  .getDomAttribute("class"))
          .contains("tt-badge-amber");
      // Newest first: the last entry is the registration, the first the completion.
      List<WebElement> entries = record.findElements(By.cssSelector(".tt-timeline li"));
      assertThat(textOf(driver, entries.get(0))).contains("Đã hoàn thành");
      assertThat(textOf(driver, entries.get(entries.size() - 1))).contains("Đã vào sổ");
      ForbiddenText.assertNone(text);
      fullPage(driver, "05-record-page-desktop", browser);

      driver.manage().window().setSize(PHONE);
      driver.navigate().refresh();
      wait(driver).until(ExpectedConditions.visibilityOfElementLocated(RECORD));
      browser.screenshot("06-record-page-phone");
      driver.get("http://localhost:" + port + TASKLIST + "#/?task=" + step);
      wait(driver)
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
      browser.screenshot("07-step-phone");
      openBellOnPhone(driver);
      browser.screenshot("08-inbox-phone");
    } catch (RuntimeException | AssertionError e) {
      browser.saveEvidence("failure");
      throw e;
    }
  }

  @Test
  void anOfficerOfAnotherUnitCannotOpenTheRecordByItsAddress() {
    TasklistBrowser browser = browser("record-inbox-other-unit-");
    WebDriver driver = browser.driver();
    try {
      driver.manage().window().setSize(DESKTOP);
      browser.openTasklist();
      browser.signIn(TestPeople.CAOLOC_OFFICER, TestPeople.PASSWORD);
      driver.get("http://localhost:" + port + TASKLIST + "#/?record=" + journeyTask);
      WebElement message =
          wait(driver)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".tt-page [data-role=message]")));
      wait(driver).until(ExpectedConditions.textToBePresentInElement(message, "không được xem"));
      assertThat(message.getText())
          .isEqualTo(
              "Không có nhiệm vụ số " + journeyTask + " hoặc bạn không được xem nhiệm vụ này.");
      assertThat(driver.findElements(By.cssSelector(".tt-timeline"))).isEmpty();
      assertThat(textOf(driver, driver.findElement(By.tagName("body"))))
          .doesNotContain(RecordJourney.CONTENT);
      browser.screenshot("01-refused-desktop");
      driver.manage().window().setSize(PHONE);
      browser.screenshot("02-refused-phone");
    } catch (RuntimeException | AssertionError e) {
      browser.saveEvidence("failure");
      throw e;
    }
  }

  @Test
  void aViceChairmanHasTheBellInCockpitAndItsNotificationsOpenTheRecordsOldLinksToo() {
    // A notification stored before links opened Tasklist: its link is the API's task, at the old
    // fixed port.
    String other =
        journey.registerFor(
            "SNV", List.of(), "Rà soát quy chế làm việc của các sở", LocalDate.now().plusMonths(3));
    String oldSubject =
        "Nhắc hạn xử lý nhiệm vụ " + other + " (thông báo trước khi có hồ sơ nhiệm vụ)";
    jdbc.sql(
            "insert into notification (recipient, subject, body, link, created_at) values (?, ?, ?, ?, ?)")
        .params(
            TestPeople.VICE_CHAIRMAN,
            oldSubject,
            "Nhiệm vụ sắp đến hạn.",
            "http://localhost:8080/api/tasks/" + other,
            Timestamp.from(Instant.now()))
        .update();
    long unread = unread(TestPeople.VICE_CHAIRMAN);
    assertThat(unread).isPositive();
    TasklistBrowser browser = browser("record-inbox-cockpit-");
    WebDriver driver = browser.driver();
    try {
      driver.manage().window().setSize(DESKTOP);
      browser.open("/camunda/app/cockpit/", TasklistBrowser.LOGIN_USERNAME);
      browser.signIn(TestPeople.VICE_CHAIRMAN, TestPeople.PASSWORD, By.cssSelector(".tt-bell"));
      wait(driver).until(ExpectedConditions.textToBe(BELL_COUNT, bell(unread)));
      driver.findElement(By.cssSelector(".tt-bell-button")).click();
      wait(driver)
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.xpath(
                      "//button[contains(@class,'tt-inbox-item')][contains(., 'quá hạn') and contains(., '"
                          + journeyTask
                          + "')]")));
      ForbiddenText.assertNone(driver.findElement(By.cssSelector(".tt-inbox")).getText());
      browser.screenshot("01-cockpit-inbox-desktop");
      driver.manage().window().setSize(PHONE);
      openBellOnPhone(driver);
      browser.screenshot("02-cockpit-inbox-phone");
      driver.manage().window().setSize(DESKTOP);
      driver.navigate().refresh();
      wait(driver)
          .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tt-bell-button")))
          .click();
      WebElement old =
          wait(driver)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.xpath(
                          "//button[contains(@class,'tt-inbox-item')][contains(., '"
                              + oldSubject
                              + "')]")));

      // From Cockpit's bell, the old row opens the task's record in Tasklist (no step of it is
      // theirs), in this browser's address.
      old.click();
      WebElement record =
          wait(driver)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".tt-page .tt-record[data-register-number='" + other + "']")));
      assertThat(driver.getCurrentUrl())
          .startsWith("http://localhost:" + port + "/camunda/app/tasklist/")
          .contains("record=" + other)
          .doesNotContain("/api/");
      assertThat(record.getText()).contains("Rà soát quy chế làm việc của các sở", "Sở Nội vụ");
      ForbiddenText.assertNone(record.getText());
      browser.screenshot("03-old-notification-record-from-cockpit-desktop");

      // From Tasklist's bell, the escalation of the finished task opens its record too.
      wait(driver)
          .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tt-bell-button")))
          .click();
      WebElement escalation =
          wait(driver)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.xpath(
                          "//button[contains(@class,'tt-inbox-item')][contains(., 'quá hạn') and contains(., '"
                              + journeyTask
                              + "')]")));
      escalation.click();
      wait(driver)
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector(
                      ".tt-page .tt-record[data-register-number='" + journeyTask + "']")));
      assertThat(driver.getCurrentUrl())
          .contains("/app/tasklist/")
          .contains("record=" + journeyTask);
      // The actions outside the steps stand under the record (the task is finished: only its
      // extension's history).
      WebElement actions =
          wait(driver)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("[data-role=record-actions]")));
      wait(driver).until(ExpectedConditions.textToBePresentInElement(actions, "Được đồng ý"));
      assertThat(actions.getText())
          .startsWith("Thao tác")
          .doesNotContain("Nhiệm vụ " + journeyTask);
      ForbiddenText.assertNone(textOf(driver, driver.findElement(By.cssSelector(".tt-page"))));
      browser.screenshot("04-record-from-tasklist-bell-desktop");
    } catch (RuntimeException | AssertionError e) {
      browser.saveEvidence("failure");
      throw e;
    }
  }

  /**
   * The actions' panel is shown and no record lies under or over it: no record of the step's other
   * tab is displayed, and nothing of the panel's area is covered by another element.
   */
  private static void assertActionsTabAlone(WebDriver driver) {
    WebElement panel =
        wait(driver)
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tt-task-panel")));
    wait(driver)
        .until(
            d ->
                d.findElements(By.cssSelector(".tt-task-panel .tt-title")).stream()
                    .anyMatch(WebElement::isDisplayed));
    assertThat(driver.findElements(By.cssSelector(".tt-record[data-register-number]")))
        .noneMatch(WebElement::isDisplayed);
    Object covered =
        ((JavascriptExecutor) driver)
            .executeScript(
                "const p = arguments[0]; p.scrollIntoView({block: 'start'}); const r = p.getBoundingClientRect();"
                    + "const points = [[r.left + 10, r.top + 10], [r.left + r.width / 2, r.top + 10], [r.right - 10, r.top + 10]];"
                    + "return points.filter(([x, y]) => y < window.innerHeight).map(([x, y]) => document.elementFromPoint(x, y))"
                    + ".filter(e => e && !p.contains(e) && e !== p).map(e => e.className).join(', ');",
                panel);
    assertThat((String) covered).as("elements over the actions' panel").isEmpty();
    ForbiddenText.assertNone(panel.getText());
  }

  /** On a phone the header's entries are behind its menu button. */
  private static void openBellOnPhone(WebDriver driver) {
    wait(driver)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[cam-widget-header] .navbar-toggle")))
        .click();
    wait(driver)
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tt-bell-button")))
        .click();
    wait(driver)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tt-inbox-item")));
  }

  private TasklistBrowser browser(String prefix) {
    TasklistBrowser browser = new TasklistBrowser("http://localhost:" + port, prefix);
    browsers.add(browser);
    return browser;
  }

  /** What the bell shows for a count: the number, or "99+" above 99. */
  private static String bell(long unread) {
    return unread > 99 ? "99+" : Long.toString(unread);
  }

  private long unread(String user) {
    Map<?, ?> body =
        rest.withBasicAuth(user, TestPeople.PASSWORD)
            .getForObject("/api/notifications/unread-count", Map.class);
    return ((Number) body.get("unread")).longValue();
  }

  private static WebDriverWait wait(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(250));
  }

  /** Text of an element, also where it is scrolled out of view. */
  private static String textOf(WebDriver driver, WebElement element) {
    return ((String)
            ((JavascriptExecutor) driver).executeScript("return arguments[0].innerText", element))
        .replaceAll("\\s+", " ");
  }

  /** A picture of the whole record page, not only the window's part. */
  private static void fullPage(WebDriver driver, String name, TasklistBrowser browser) {
    long height =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('.tt-page').scrollHeight + 60");
    driver
        .manage()
        .window()
        .setSize(
            new Dimension(DESKTOP.width, (int) Math.min(Math.max(height, DESKTOP.height), 4000)));
    browser.screenshot(name);
    driver.manage().window().setSize(DESKTOP);
  }
}
