package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.RecordJourney;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * A Vice-Chairman in Cockpit, in a real (headless) Chromium at desktop (1440×900) and phone
 * (390×844) size: lands on the statistics dashboard, clicks a unit's figure of open overdue tasks
 * in the statistics dashboard, finds exactly the tasks it counts in the register, opens one's
 * record, and exports the register's list to Excel, whose rows are those the page shows (read with
 * POI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegisterDashboardBrowserIT {

  private static final String UNIT = "SNV";
  private static final Dimension DESKTOP = new Dimension(1440, 900);
  private static final Dimension PHONE = new Dimension(390, 844);
  private static final By REGISTER_ROWS =
      By.cssSelector("table[data-role=register] tbody tr[data-register-number]");

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate rest;

  private TasklistBrowser browser;

  @BeforeEach
  void browserAndPeople() {
    assumeTrue(
        TasklistBrowser.installed(),
        "No browser installed: "
            + TasklistBrowser.CHROMIUM
            + " or "
            + TasklistBrowser.CHROMEDRIVER
            + " is missing, so this browser test is skipped ('apt-get install chromium chromium-driver').");
    TestPeople.ensure(directory);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aLeaderOpensTheOverdueTasksOfAUnitFromTheDashboardReadsOneAndExportsTheList()
      throws IOException {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    LocalDate quarterStart =
        today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
    RecordJourney journey = new RecordJourney(context);
    List<String> overdue = new ArrayList<>();
    // Assigned on the quarter's first day, due the next day: open and overdue today (unless today
    // is that day).
    assumeTrue(
        today.isAfter(quarterStart.plusDays(1)),
        "The quarter has just begun: no task of it can be overdue yet.");
    for (String content :
        List.of("Rà soát biên chế các sở", "Sắp xếp đơn vị sự nghiệp", "Đề án vị trí việc làm")) {
      overdue.add(journey.registerOn(quarterStart, UNIT, content, quarterStart.plusDays(1)));
    }
    String withinDeadline =
        journey.registerOn(quarterStart, UNIT, "Tổng kết công tác thi đua", today.plusDays(30));
    journey.registerOn(quarterStart, UNIT, "Theo dõi công tác cải cách hành chính", null);

    String query =
        "unit="
            + UNIT
            + "&figure=OPEN_OVERDUE&assignedFrom="
            + quarterStart
            + "&assignedTo="
            + today
            + "&at="
            + today
            + "&size=200";
    List<String> expected = registerNumbers(query);
    assertThat(expected).containsAll(overdue).doesNotContain(withinDeadline);

    browser = new TasklistBrowser("http://localhost:" + port, "register-dashboard-");
    WebDriver driver = browser.driver();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(250));
    try {
      driver.manage().window().setSize(DESKTOP);
      browser.open("/camunda/app/cockpit/", TasklistBrowser.LOGIN_USERNAME);
      // A provincial leader lands on the statistics, not on Camunda's start page.
      browser.signIn(
          TestPeople.VICE_CHAIRMAN,
          TestPeople.PASSWORD,
          By.cssSelector(".tt-reports form.tt-form"));
      assertThat(driver.getCurrentUrl()).contains("#/thong-ke-nhiem-vu");
      By figure = By.cssSelector("tr[data-unit=" + UNIT + "] td[data-field=openOverdue] a");
      // The table may lie below Cockpit's scrolled view: brought into it first, as a person
      // scrolls.
      ((JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'})",
              wait.until(ExpectedConditions.presenceOfElementLocated(figure)));
      WebElement link = wait.until(ExpectedConditions.elementToBeClickable(figure));
      assertThat(link.getText()).isEqualTo(Integer.toString(expected.size()));
      browser.screenshot("01-dashboard-desktop");
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
      link.click();

      wait.until(ExpectedConditions.urlContains("so-theo-doi-nhiem-vu"));
      wait.until(d -> d.findElements(REGISTER_ROWS).size() == expected.size());
      List<String> shown =
          driver.findElements(REGISTER_ROWS).stream()
              .map(r -> r.getDomAttribute("data-register-number"))
              .toList();
      assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(driver.findElements(By.cssSelector("table[data-role=register] tbody tr")))
          .allSatisfy(r -> assertThat(r.getDomAttribute("class")).isEqualTo("tt-row-red"));
      String page = driver.findElement(By.cssSelector(".tt-register")).getText();
      assertThat(page)
          .contains(
              "Sổ theo dõi nhiệm vụ",
              "Đang thực hiện quá hạn",
              "Sở Nội vụ",
              expected.size() + " nhiệm vụ");
      ForbiddenText.assertNone(driver.findElement(By.cssSelector(".tt-register-result")).getText());
      browser.screenshot("02-register-overdue-desktop");
      // On a phone the filters fold behind one button, which says how many are on; the list comes
      // first.
      driver.manage().window().setSize(PHONE);
      WebElement toggle =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("[data-role=filter-toggle]")));
      assertThat(toggle.getText()).isEqualTo("Bộ lọc (4 đang áp dụng)");
      assertThat(driver.findElement(By.cssSelector(".tt-register-form")).isDisplayed()).isFalse();
      assertThat(driver.findElement(REGISTER_ROWS).getLocation().getY()).isLessThan(PHONE.height);
      browser.screenshot("03-register-overdue-phone");
      toggle.click();
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector(".tt-register-form input[name=q]")));
      ForbiddenText.assertNone(driver.findElement(By.cssSelector(".tt-register")).getText());
      browser.screenshot("03b-register-filters-open-phone");
      toggle.click();
      wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tt-register-form")));
      driver.manage().window().setSize(DESKTOP);
      // On a wide screen the form is open and the button is not there.
      assertThat(driver.findElement(By.cssSelector(".tt-register-form")).isDisplayed()).isTrue();
      assertThat(toggle.isDisplayed()).isFalse();

      // The Excel file of exactly what the page shows, downloaded with the page's session.
      String href = driver.findElement(By.cssSelector("[data-role=excel]")).getDomProperty("href");
      String base64 =
          (String)
              ((JavascriptExecutor) driver)
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                          + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })"
                          + ".catch(e => done('ERROR ' + e));",
                      href);
      assertThat(base64).doesNotStartWith("ERROR");
      assertThat(excelRegisterNumbers(Base64.getDecoder().decode(base64)))
          .containsExactlyElementsOf(shown);

      // A row opens the task's record.
      String first = shown.get(0);
      driver
          .findElement(By.cssSelector("tr[data-register-number='" + first + "'] a[data-role=open]"))
          .click();
      WebElement record =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector(".tt-page .tt-record[data-register-number='" + first + "']")));
      assertThat(record.getText()).contains("Đang thực hiện quá hạn", "Sở Nội vụ");
      ForbiddenText.assertNone(record.getText());
      browser.screenshot("04-record-desktop");

      // More figures open exactly what they count: the unit's total, the province's tasks without a
      // deadline and its total.
      figureOpensItsTasks(
          driver,
          wait,
          By.cssSelector("tr[data-unit=" + UNIT + "] td[data-field=assigned] a"),
          "05-unit-assigned");
      figureOpensItsTasks(
          driver,
          wait,
          By.cssSelector("[data-tile=noDeadline] a[data-figure=noDeadline]"),
          "06-no-deadline");
      figureOpensItsTasks(
          driver,
          wait,
          By.cssSelector("[data-tile=assigned] a[data-figure=assigned]"),
          "07-total-assigned");
      // Rates, the score and the band are no list of tasks: plain.
      assertThat(
              driver.findElements(
                  By.cssSelector(
                      "td[data-field=completionRate] a, td[data-field=onTimeRate] a, td[data-field=score] a")))
          .isEmpty();
    } catch (RuntimeException | AssertionError e) {
      browser.saveEvidence("failure");
      throw e;
    }
  }

  /**
   * Opens the dashboard, clicks a figure and finds the register holding as many tasks as it says,
   * the register's own API answering the same count for the link's filters.
   */
  private void figureOpensItsTasks(
      WebDriver driver, WebDriverWait wait, By figure, String screenshot) {
    driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/thong-ke-nhiem-vu");
    WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(figure));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
    link = wait.until(ExpectedConditions.elementToBeClickable(figure));
    long count = Long.parseLong(link.getText().replace(".", ""));
    String href = link.getDomAttribute("href");
    link.click();
    wait.until(ExpectedConditions.urlContains("so-theo-doi-nhiem-vu"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[data-role=total]"), count + " nhiệm vụ, đang xem"));
    wait.until(d -> d.findElements(REGISTER_ROWS).size() == Math.min(count, 20));
    assertThat(
            ((Number)
                    rest.withBasicAuth(TestPeople.VICE_CHAIRMAN, TestPeople.PASSWORD)
                        .getForObject(
                            "/api/tasks?" + href.substring(href.indexOf('?') + 1) + "&size=1",
                            Map.class)
                        .get("total"))
                .longValue())
        .isEqualTo(count);
    ForbiddenText.assertNone(driver.findElement(By.cssSelector(".tt-register")).getText());
    browser.screenshot(screenshot + "-desktop");
  }

  private List<String> registerNumbers(String query) {
    Map<?, ?> page =
        rest.withBasicAuth(TestPeople.VICE_CHAIRMAN, TestPeople.PASSWORD)
            .getForObject("/api/tasks?" + query, Map.class);
    return ((List<Map<String, Object>>) page.get("items"))
        .stream().map(t -> (String) t.get("registerNumber")).toList();
  }

  /**
   * The register numbers of the workbook's rows, top to bottom (column B of each task row; A is the
   * row number).
   */
  private static List<String> excelRegisterNumbers(byte[] file) throws IOException {
    List<String> numbers = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        Cell cell = row.getCell(1);
        if (cell != null
            && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && cell.getStringCellValue().matches("NV-\\d{4}-\\d+")) {
          numbers.add(cell.getStringCellValue());
        }
      }
    }
    return numbers;
  }
}
