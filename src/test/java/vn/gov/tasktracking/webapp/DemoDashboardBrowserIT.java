package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.tasktracking.system.EngineClock;

/**
 * Right after the first start of the demo profile on an empty database, a Vice-Chairman opens the
 * Cockpit dashboard "Thống kê nhiệm vụ" and sees the province's work in every colour of
 * docs/domain.md: the current quarter first, then the last twelve months. Screenshots in {@code
 * target/screenshots/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.profiles.include=demo",
      "spring.datasource.url=jdbc:h2:mem:demo-dashboard;DB_CLOSE_DELAY=-1",
      "tasktracking.demo.password=Mat-khau-bang-thong-ke",
      "camunda.bpm.process-engine-name=demodashboard"
    })
class DemoDashboardBrowserIT {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final List<String> COLOURS =
      List.of("green", "amber", "blue", "orange", "red", "grey");

  @LocalServerPort int port;
  @Autowired EngineClock clock;

  private TasklistBrowser browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void viceChairmanSeesTheDemoProvinceInEveryColourOfTheDashboard() {
    assumeTrue(
        TasklistBrowser.installed(),
        "No browser installed: "
            + TasklistBrowser.CHROMIUM
            + " or "
            + TasklistBrowser.CHROMEDRIVER
            + " is missing, so this Cockpit browser test is skipped ('apt-get install chromium chromium-driver').");
    browser = new TasklistBrowser("http://localhost:" + port, "demo-dashboard-");
    WebDriver driver = browser.driver();
    try {
      // The engine by its name: other test contexts of this JVM register an engine "default", which
      // the webapps would otherwise choose (and sign in against).
      browser.open("/camunda/app/cockpit/demodashboard/", TasklistBrowser.LOGIN_USERNAME);
      browser.signIn("phochutich", "Mat-khau-bang-thong-ke", By.linkText("Thống kê nhiệm vụ"));
      driver.findElement(By.linkText("Thống kê nhiệm vụ")).click();
      // Generous: the first statistics request of a fresh application on a busy machine takes a
      // while.
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(180));
      wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector(".tt-reports [data-role=period]")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.tt-chart rect")));
      assertThat(driver.findElements(By.cssSelector("svg.tt-chart rect")))
          .as("bars of the current quarter")
          .isNotEmpty();
      fullPage(driver, 1440);
      browser.screenshot("01-this-quarter");

      LocalDate today = clock.today();
      new Select(driver.findElement(By.name("period"))).selectByVisibleText("Từ ngày – đến ngày");
      type(driver, "from", DAY.format(today.minusYears(1)));
      type(driver, "to", DAY.format(today));
      driver.findElement(By.xpath("//button[normalize-space()='Xem thống kê']")).click();
      wait.until(
          ExpectedConditions.textToBe(
              By.cssSelector(".tt-reports [data-role=period]"),
              "Nhiệm vụ giao từ "
                  + DAY.format(today.minusYears(1))
                  + " đến "
                  + DAY.format(today)
                  + ", tình trạng tại ngày "
                  + DAY.format(today)
                  + "."));
      for (String colour : COLOURS) {
        assertThat(driver.findElements(By.cssSelector("svg.tt-chart rect.tt-fill-" + colour)))
            .as("bars in " + colour)
            .isNotEmpty();
        // Due soon is a sub-count of within deadline: the table shows it without a colour of its
        // own.
        if (!colour.equals("orange")) {
          assertThat(driver.findElements(By.cssSelector(".tt-table td.tt-cell-" + colour)))
              .as("table cells in " + colour)
              .isNotEmpty();
        }
      }
      String page =
          (String)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "return arguments[0].textContent",
                      driver.findElement(By.cssSelector(".tt-reports")));
      assertThat(page)
          .contains("Sở Xây dựng", "UBND huyện Cao Lộc", "Toàn tỉnh")
          .doesNotContain("undefined", "NaN", "null");
      fullPage(driver, 1440);
      browser.screenshot("02-last-twelve-months-desktop");
      driver.manage().window().setSize(new Dimension(390, 844));
      browser.screenshot("03-last-twelve-months-phone");
    } catch (RuntimeException | AssertionError e) {
      browser.saveEvidence("failure");
      throw e;
    }
  }

  private static void type(WebDriver driver, String field, String value) {
    driver.findElement(By.name(field)).clear();
    driver.findElement(By.name(field)).sendKeys(value);
  }

  /** Tall enough for the whole page in one picture. */
  private static void fullPage(WebDriver driver, int width) {
    long height =
        (Long) ((JavascriptExecutor) driver).executeScript("return document.body.scrollHeight");
    driver
        .manage()
        .window()
        .setSize(new Dimension(width, (int) Math.min(Math.max(height + 150, 900), 3000)));
  }
}
