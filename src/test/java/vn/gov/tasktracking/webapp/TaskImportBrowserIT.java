package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.importing.ImportSheets;
import vn.gov.tasktracking.webapp.TasklistBrowser.Screen;

/**
 * The Office imports old tasks from Excel in Tasklist («Nhập nhiệm vụ từ Excel», #/?import=1),
 * through the UI only, on a desktop and on a phone: downloads the template (read back with POI),
 * uploads a file with mistakes and reads each one by row and column, nothing imported; uploads a
 * correct file and finds its tasks in the register. A unit's officer has no such entry in the
 * header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskImportBrowserIT {

  private static final By IMPORT_PAGE = By.cssSelector(".tt-page .tt-import");
  private static final By PROBLEM_ROWS = By.cssSelector("table[data-role=problems] tbody tr");
  private static final By REGISTER_ROWS =
      By.cssSelector("table[data-role=register] tbody tr[data-register-number]");

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired TestRestTemplate rest;

  private final List<TasklistBrowser> browsers = new ArrayList<>();
  private String testName;
  private String prefix;

  @BeforeEach
  void browserAndPeople(TestInfo test) {
    assumeTrue(
        TasklistBrowser.installed(),
        "No browser installed: apt-get install chromium chromium-driver");
    TestPeople.ensure(directory);
    testName = test.getTestMethod().orElseThrow().getName();
    prefix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(TasklistBrowser::close);
    browsers.clear();
  }

  @Test
  void theOfficeDownloadsTheTemplateSeesEveryMistakeThenImportsAndFindsTheTasksOnADesktop()
      throws IOException {
    importJourney(Screen.DESKTOP);
  }

  @Test
  void theOfficeDownloadsTheTemplateSeesEveryMistakeThenImportsAndFindsTheTasksOnAPhone()
      throws IOException {
    importJourney(Screen.PHONE);
  }

  @Test
  void aUnitsOfficerHasNoImportEntry() {
    TasklistBrowser officer = browser("office-import-officer-", Screen.DESKTOP);
    step(
        officer,
        "01-signed-in",
        () -> {
          officer.openTasklist();
          officer.signIn(TestPeople.SXD_OFFICER, TestPeople.PASSWORD);
          // The header's other entries are there: the import's would be by now.
          officer.driver().findElement(By.cssSelector("[data-role=register-link]"));
          sleep(Duration.ofSeconds(2));
        });
    assertThat(officer.driver().findElements(By.cssSelector("[data-role=import-link]"))).isEmpty();
  }

  private void importJourney(Screen screen) throws IOException {
    String name = screen == Screen.DESKTOP ? "desktop" : "phone";
    TasklistBrowser office = browser("office-import-" + name + "-", screen);
    Path downloads = Files.createTempDirectory("office-import-downloads-");
    Path files = Files.createTempDirectory("office-import-files-");

    step(
        office,
        "01-header",
        () -> {
          office.openTasklist();
          office.signIn(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD);
          office.openMenuOnPhone();
          office.clickRole("import-link");
          waitFor(office, IMPORT_PAGE);
        });
    assertThat(office.visibleText())
        .contains("Nhập nhiệm vụ từ Excel", "Tải tệp mẫu", "Nhập nhiệm vụ");
    office.assertNoForbiddenText("01-header");

    // The template, as a person downloads it: a file arrives, and Excel (POI) opens it.
    office.allowDownloads(downloads);
    office.clickRole("template");
    Path template = downloads.resolve("mau-nhap-nhiem-vu.xlsx");
    new WebDriverWait(office.driver(), Duration.ofSeconds(30), Duration.ofMillis(250))
        .until(d -> Files.exists(template) && sizeOf(template) > 0);
    try (InputStream in = Files.newInputStream(template);
        Workbook workbook = new XSSFWorkbook(in)) {
      Row header = workbook.getSheetAt(0).getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Số văn bản *");
      assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Đơn vị chủ trì *");
      assertThat(workbook.getSheet("Hướng dẫn")).isNotNull();
    }

    // A file with three mistakes: each listed by row and column, nothing imported.
    String wrongDirective = prefix + "/SAI-UBND";
    Path wrong = files.resolve("nhiem-vu-co-loi.xlsx");
    Files.write(
        wrong,
        ImportSheets.workbook(
            List.of(
                ImportSheets.row(
                    wrongDirective,
                    "05/01/2025",
                    "UBND tỉnh",
                    "Kết luận (kiểm thử nhập)",
                    "Việc thứ nhất " + prefix,
                    "KHONGCO"),
                ImportSheets.row(
                    wrongDirective,
                    "31/02/2025",
                    "UBND tỉnh",
                    null,
                    "Việc thứ hai " + prefix,
                    "SXD"),
                ImportSheets.row(wrongDirective, "05/01/2025", "UBND tỉnh", null, null, "STC"))));
    step(
        office,
        "02-mistakes",
        () -> {
          upload(office, wrong);
          waitFor(office, PROBLEM_ROWS);
        });
    List<String> problems =
        office.driver().findElements(PROBLEM_ROWS).stream()
            .map(r -> r.getDomAttribute("data-row") + r.getDomAttribute("data-column"))
            .toList();
    assertThat(problems).contains("2F", "3B", "4E");
    String table =
        office.driver().findElement(By.cssSelector("table[data-role=problems]")).getText();
    assertThat(table)
        .contains(
            "Dòng",
            "Cột",
            "Lỗi",
            "«Đơn vị chủ trì»: 'KHONGCO' không có trong danh mục đơn vị",
            "«Ngày văn bản»: '31/02/2025' không phải ngày có thật",
            "«Nội dung nhiệm vụ»: chưa ghi (bắt buộc)");
    if (screen == Screen.DESKTOP) {
      // On a phone the column of headers gives way: each message names its column already.
      assertThat(table).contains("Tên cột");
    }
    assertThat(office.visibleText()).contains("Chưa nhập nhiệm vụ nào.");
    office.assertNoForbiddenText("02-mistakes");
    assertThat(registerTotal(wrongDirective)).isZero();

    // A correct file: two directives, three tasks; the answer says so and opens the register at
    // each directive.
    String committee = prefix + "/TB-UBND";
    String vice = prefix + "/KL-PCT";
    Path correct = files.resolve("nhiem-vu-2025.xlsx");
    Files.write(
        correct,
        ImportSheets.workbook(
            List.of(
                ImportSheets.row(
                    committee,
                    "06/01/2025",
                    "UBND tỉnh",
                    "Kết luận phiên họp (kiểm thử nhập)",
                    "Rà soát quy hoạch " + prefix,
                    "SXD",
                    null,
                    "28/02/2025",
                    "20/02/2025",
                    null,
                    null),
                ImportSheets.row(
                    committee,
                    "06/01/2025",
                    "UBND tỉnh",
                    null,
                    "Rà soát kinh phí " + prefix,
                    "Sở Tài chính",
                    null,
                    null,
                    null,
                    null,
                    null),
                ImportSheets.row(
                    vice,
                    "10/03/2025",
                    "Kiểm Thử Phó Chủ Tịch",
                    "Kết luận kiểm tra (kiểm thử nhập)",
                    "Giải phóng mặt bằng " + prefix,
                    "CAOLOC",
                    null,
                    null,
                    null,
                    null,
                    null))));
    step(
        office,
        "03-imported",
        () -> {
          upload(office, correct);
          waitFor(office, By.cssSelector("[data-role=imported]"));
        });
    assertThat(office.driver().findElement(By.cssSelector("[data-role=imported]")).getText())
        .contains(
            "Đã nhập 3 nhiệm vụ thuộc 2 văn bản chỉ đạo",
            "nhiem-vu-2025.xlsx",
            "1 đã hoàn thành",
            "2 đang thực hiện");
    List<String> imported =
        office
            .driver()
            .findElements(By.cssSelector("table[data-role=imported-tasks] a[data-role=open]"))
            .stream()
            .map(WebElement::getText)
            .toList();
    assertThat(imported).hasSize(3).allMatch(n -> n.matches("NV-\\d{4}-\\d+"));
    office.assertNoForbiddenText("03-imported");
    assertThat(registerTotal(committee)).isEqualTo(2);
    assertThat(registerTotal(vice)).isEqualTo(1);

    step(
        office,
        "04-register",
        () -> {
          office
              .driver()
              .findElement(
                  By.xpath(
                      "//table[@data-role='imported-directives']//tr[td[contains(., '"
                          + committee
                          + "')]]//a[@data-role='register-of-directive']"))
              .click();
          waitFor(office, REGISTER_ROWS);
        });
    WebDriver driver = office.driver();
    assertThat(
            driver.findElements(REGISTER_ROWS).stream()
                .map(r -> r.getDomAttribute("data-register-number"))
                .toList())
        .containsExactlyInAnyOrderElementsOf(imported.subList(0, 2));
    assertThat(driver.findElement(By.cssSelector(".tt-register-result")).getText())
        .contains(
            "Rà soát quy hoạch " + prefix,
            "Rà soát kinh phí " + prefix,
            "Sở Xây dựng",
            "Sở Tài chính");
    office.assertNoForbiddenText("04-register");
  }

  private void upload(TasklistBrowser office, Path file) {
    WebElement input = office.driver().findElement(By.cssSelector("input[data-role=import-file]"));
    input.sendKeys(file.toAbsolutePath().toString());
    office.clickRole("import-submit");
  }

  private static void waitFor(TasklistBrowser browser, By element) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(250))
        .until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  private int registerTotal(String directive) {
    Map<?, ?> page =
        rest.withBasicAuth(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD)
            .getForObject("/api/tasks?directive={d}", Map.class, directive);
    return ((Number) page.get("total")).intValue();
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private TasklistBrowser browser(String who, Screen screen) {
    TasklistBrowser browser = new TasklistBrowser("http://localhost:" + port, who, screen);
    browsers.add(browser);
    return browser;
  }

  private static void step(TasklistBrowser browser, String name, Runnable action) {
    browser.recordStep(name, action);
  }
}
