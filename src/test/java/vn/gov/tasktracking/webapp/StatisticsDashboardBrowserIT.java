package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.gov.tasktracking.importing.ImportSheets.row;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.importing.ImportSheets;
import vn.gov.tasktracking.importing.TaskImportService;

/**
 * The managers' dashboard in Cockpit ("Thống kê nhiệm vụ"), in a real (headless) Chromium: a
 * Vice-Chairman signs in to Cockpit, opens the dashboard from the header, chooses the second
 * quarter of 2019 and a reference date, and reads a unit's figures in the table. The register is
 * known: tasks of Sở Y tế imported from a workbook. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsDashboardBrowserIT {

  private static final String UNIT = "SYT";
  private static final String STATISTICS =
      "/api/reports/statistics?period=QUARTER&year=2019&number=2&at=2019-06-20";
  private static final By DASHBOARD_FORM = By.cssSelector(".tt-reports form.tt-form");
  private static final List<String> FIELDS =
      List.of(
          "assigned",
          "completedOnTime",
          "completedBeforeDeadline",
          "completedLate",
          "openWithinDeadline",
          "dueSoon",
          "openOverdue",
          "withdrawn");

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired TaskImportService imports;
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
            + " is missing, so this Cockpit browser test is skipped ('apt-get install chromium chromium-driver').");
    TestPeople.ensure(directory);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void viceChairmanReadsAUnitsFiguresForTheSecondQuarterOfTheDashboardInCockpit() {
    Map<String, Long> before = apiFigures();
    importQuarterOfSoYTe();
    // At 20/06/2019, assigned in Q2: 2 done on time (1 before the deadline), 1 late, 1 open
    // overdue, 2 open within the
    // deadline (1 due within 3 working days), 1 done without deadline: 7; 1 withdrawn apart; 1
    // assigned in July is not counted.
    Map<String, Long> expected = new LinkedHashMap<>();
    long[] added = {7, 2, 1, 1, 2, 1, 1, 1};
    for (int i = 0; i < FIELDS.size(); i++) {
      expected.put(FIELDS.get(i), before.get(FIELDS.get(i)) + added[i]);
    }
    assertThat(apiFigures()).isEqualTo(expected);

    browser = new TasklistBrowser("http://localhost:" + port, "dashboard-");
    WebDriver driver = browser.driver();
    try {
      browser.open("/camunda/app/cockpit/", TasklistBrowser.LOGIN_USERNAME);
      browser.signIn(
          TestPeople.VICE_CHAIRMAN, TestPeople.PASSWORD, By.linkText("Thống kê nhiệm vụ"));
      driver.findElement(By.linkText("Thống kê nhiệm vụ")).click();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      wait.until(ExpectedConditions.visibilityOfElementLocated(DASHBOARD_FORM));
      // The default period (this quarter) loads first.
      wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector(".tt-reports [data-role=period]")));

      new Select(driver.findElement(By.name("period"))).selectByVisibleText("Quý");
      driver.findElement(By.name("year")).clear();
      driver.findElement(By.name("year")).sendKeys("2019");
      new Select(driver.findElement(By.name("number"))).selectByVisibleText("Quý II");
      driver.findElement(By.name("at")).clear();
      driver.findElement(By.name("at")).sendKeys("20/06/2019");
      driver.findElement(By.xpath("//button[normalize-space()='Xem thống kê']")).click();
      wait.until(
          ExpectedConditions.textToBe(
              By.cssSelector(".tt-reports [data-role=period]"),
              "Nhiệm vụ giao từ 01/04/2019 đến 30/06/2019, tình trạng tại ngày 20/06/2019."));

      for (Map.Entry<String, Long> figure : expected.entrySet()) {
        assertThat(cell(driver, figure.getKey()))
            .as(figure.getKey())
            .isEqualTo(Long.toString(figure.getValue()));
      }
      assertThat(text(driver, By.cssSelector("tr[data-unit=" + UNIT + "] .tt-unit")).trim())
          .isEqualTo("Sở Y tế");
      assertThat(driver.findElements(By.cssSelector("svg.tt-chart rect.tt-fill-red"))).isNotEmpty();
      // The whole page's text, also the rows below Cockpit's scrolled view (other tests' units may
      // fill the quarter too).
      String page = text(driver, By.cssSelector(".tt-reports"));
      assertThat(page)
          .contains(
              "Hoàn thành đúng hạn",
              "Đang thực hiện quá hạn",
              "Sắp đến hạn",
              "Toàn tỉnh",
              "Tỷ lệ đúng hạn")
          .doesNotContain("undefined", "NaN", "null");

      // Tall enough for the whole table in one picture.
      long height =
          (Long) ((JavascriptExecutor) driver).executeScript("return document.body.scrollHeight");
      driver
          .manage()
          .window()
          .setSize(new Dimension(1500, (int) Math.min(Math.max(height + 150, 1000), 3000)));
      browser.screenshot("02-quarter-2-2019");
    } catch (RuntimeException | AssertionError e) {
      browser.saveEvidence("failure");
      throw e;
    }
  }

  private String cell(WebDriver driver, String field) {
    return text(driver, By.cssSelector("tr[data-unit=" + UNIT + "] td[data-field=" + field + "]"))
        .trim()
        .replace(".", "");
  }

  /**
   * An element's text content: getText() answers "" for a row below Cockpit's scrolled view (the
   * chart above grows with the units other tests leave in the quarter).
   */
  private static String text(WebDriver driver, By element) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript("return arguments[0].textContent", driver.findElement(element));
  }

  private Map<String, Long> apiFigures() {
    ResponseEntity<Map> answer =
        rest.withBasicAuth(TestPeople.VICE_CHAIRMAN, TestPeople.PASSWORD)
            .getForEntity(STATISTICS, Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    // A unit without tasks in the period has no row.
    Map<String, Object> row =
        ((List<Map<String, Object>>) answer.getBody().get("rows"))
            .stream().filter(r -> UNIT.equals(r.get("key"))).findFirst().orElse(Map.of());
    Map<String, Long> figures = new LinkedHashMap<>();
    FIELDS.forEach(f -> figures.put(f, row.containsKey(f) ? ((Number) row.get(f)).longValue() : 0));
    return figures;
  }

  private void importQuarterOfSoYTe() {
    String number = UUID.randomUUID().toString().substring(0, 6) + "/TB-UBND";
    String vice = UUID.randomUUID().toString().substring(0, 6) + "/KL-PCT";
    imports.importTasks(
        "quy-2-2019.xlsx",
        ImportSheets.workbook(
            List.of(
                row(
                    number,
                    "01/04/2019",
                    "UBND tỉnh",
                    "Kết luận giao ban quý II/2019",
                    "Kiểm tra an toàn thực phẩm",
                    UNIT,
                    "02/04/2019",
                    "30/04/2019",
                    "25/04/2019",
                    null,
                    null),
                row(
                    number,
                    "01/04/2019",
                    "UBND tỉnh",
                    null,
                    "Báo cáo tiêm chủng",
                    UNIT,
                    "05/04/2019",
                    "15/05/2019",
                    "15/05/2019",
                    null,
                    null),
                row(
                    number,
                    "01/04/2019",
                    "UBND tỉnh",
                    null,
                    "Rà soát trạm y tế xã",
                    UNIT,
                    "10/04/2019",
                    "10/05/2019",
                    "20/05/2019",
                    null,
                    null),
                row(
                    number,
                    "01/04/2019",
                    "UBND tỉnh",
                    null,
                    "Đề án bệnh viện tuyến huyện",
                    UNIT,
                    "15/04/2019",
                    "31/05/2019",
                    "15/07/2019",
                    null,
                    null),
                row(
                    vice,
                    "03/06/2019",
                    TestPeople.VICE_CHAIRMAN,
                    "Kết luận làm việc với Sở Y tế",
                    "Phòng chống dịch mùa hè",
                    UNIT,
                    null,
                    "30/09/2019",
                    "10/08/2019",
                    null,
                    null),
                row(
                    vice,
                    "03/06/2019",
                    TestPeople.VICE_CHAIRMAN,
                    null,
                    "Báo cáo nhanh dịch sốt xuất huyết",
                    UNIT,
                    "10/06/2019",
                    "24/06/2019",
                    "24/06/2019",
                    null,
                    null),
                row(
                    vice,
                    "03/06/2019",
                    TestPeople.VICE_CHAIRMAN,
                    null,
                    "Tham mưu văn bản chỉ đạo",
                    UNIT,
                    "12/06/2019",
                    null,
                    "18/06/2019",
                    null,
                    null),
                row(
                    number,
                    "01/04/2019",
                    "UBND tỉnh",
                    null,
                    "Mua sắm thiết bị",
                    UNIT,
                    "20/05/2019",
                    null,
                    null,
                    "01/06/2019",
                    null),
                row(
                    vice,
                    "03/06/2019",
                    TestPeople.VICE_CHAIRMAN,
                    null,
                    "Tổng kết 6 tháng",
                    UNIT,
                    "15/07/2019",
                    "31/07/2019",
                    "30/07/2019",
                    null,
                    null),
                row(
                    vice,
                    "03/06/2019",
                    TestPeople.VICE_CHAIRMAN,
                    null,
                    "Kiểm tra trường học",
                    "SGDDT",
                    "04/06/2019",
                    "14/06/2019",
                    "12/06/2019",
                    null,
                    null),
                row(
                    vice,
                    "03/06/2019",
                    TestPeople.VICE_CHAIRMAN,
                    null,
                    "Sửa chữa trường lớp",
                    "SGDDT",
                    "04/06/2019",
                    "14/06/2019",
                    null,
                    null,
                    null))));
  }
}
