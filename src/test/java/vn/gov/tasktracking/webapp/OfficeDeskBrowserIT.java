package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.webapp.TasklistBrowser.Screen;

/**
 * The Provincial Office's desk in Tasklist («Vào sổ văn bản»), in headless Chromium at desktop and
 * phone size, through the UI only: the Office's specialist registers a directive of a Vice-Chairman
 * with its file and three tasks — five working days across Tết Bính Ngọ, the day shown before
 * saving being the day the register keeps; one with coordinating units chosen by name; one without
 * deadline. A first save is refused (a deadline before the directive's date, a unit typed and not
 * in the directory): each message stands beside its field and everything typed stays. The second
 * save gives three register numbers, each opening its record; the directive's page lists its tasks
 * and takes an addendum; the same number of the same issuer in the same year is then refused at the
 * number. Each lead unit finds its receiving step in Tasklist. The engine is read only to find a
 * step's entry and to check what was stored; the announcement jobs the server would run are run by
 * the test (the job executor is off in tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficeDeskBrowserIT {

  private static final String UNIT_WORK = "Việc của đơn vị";
  private static final String CRITERION = "Mã nghiệp vụ của phiên quy trình";
  private static final By DESK = By.cssSelector(".tt-desk-page .tt-desk");
  private static final By DESK_LINK = By.cssSelector("[data-role=office-desk-link]");

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  private final List<TasklistBrowser> browsers = new ArrayList<>();

  @BeforeEach
  void browserAndPeople() {
    assumeTrue(
        TasklistBrowser.installed(),
        "No browser installed: apt-get install chromium chromium-driver");
    TestPeople.ensure(directory);
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(TasklistBrowser::close);
    browsers.clear();
  }

  @Test
  void theOfficeRegistersADirectiveWithThreeTasksOnADesktopAndEachUnitReceivesItsTask() {
    List<String> numbers = registerAndAddTo(Screen.DESKTOP, "office-desk-desktop-");
    String[][] receivers = {
      {TestPeople.SXD_OFFICER, "SXD"},
      {TestPeople.STC_OFFICER, "STC"},
      {TestPeople.CAOLOC_OFFICER, "CAOLOC"}
    };
    for (int i = 0; i < 3; i++) {
      String number = numbers.get(i);
      runJobs(number);
      Task receive =
          tasks
              .createTaskQuery()
              .processInstanceBusinessKey(number)
              .taskDefinitionKey("Task_ReceiveTask")
              .singleResult();
      assertThat(receive).as("receiving step of %s", number).isNotNull();
      TasklistBrowser unit =
          browser(Screen.DESKTOP, "office-desk-unit-" + receivers[i][1].toLowerCase() + "-");
      unit.openTasklist();
      unit.signIn(receivers[i][0], TestPeople.PASSWORD);
      assertThat(unit.driver().findElements(DESK_LINK))
          .as("the desk is the Office's alone")
          .isEmpty();
      unit.openStepFromFilters(List.of(UNIT_WORK), CRITERION, number, receive.getId());
      assertThat(unit.visibleText()).contains("Tiếp nhận nhiệm vụ", number);
      unit.screenshot("01-receiving-step");
      unit.assertNoForbiddenText("01-receiving-step");
    }
  }

  @Test
  void theOfficeRegistersADirectiveWithThreeTasksOnAPhone() {
    List<String> numbers = registerAndAddTo(Screen.PHONE, "office-desk-phone-");
    assertThat(numbers).hasSize(4);
  }

  /**
   * The whole journey at the Office's desk; the register numbers of the three tasks, then the
   * addendum's.
   */
  private List<String> registerAndAddTo(Screen screen, String prefix) {
    TasklistBrowser office = browser(screen, prefix);
    try {
      return registerAndAddTo(office);
    } catch (RuntimeException | AssertionError e) {
      office.saveEvidence("99-failed");
      throw e;
    }
  }

  private List<String> registerAndAddTo(TasklistBrowser office) {
    String number = UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "/TB-UBND";
    WebDriver driver = office.driver();
    office.openTasklist();
    office.signIn(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD);
    office.openMenuOnPhone();
    wait(driver).until(ExpectedConditions.elementToBeClickable(DESK_LINK)).click();
    wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("tt-desk-number")));
    office.screenshot("01-empty-form");
    office.assertNoForbiddenText("01-empty-form");

    type(driver, By.id("tt-desk-number"), number);
    type(driver, By.cssSelector("input[name=issuedOn]"), "10/02/2026");
    new Select(driver.findElement(By.id("tt-desk-issuer")))
        .selectByVisibleText("Phó Chủ tịch UBND tỉnh Kiểm Thử Phó Chủ Tịch");
    type(
        driver,
        By.id("tt-desk-excerpt"),
        "Thông báo kết luận của Phó Chủ tịch UBND tỉnh về chuẩn bị mùa mưa lũ");
    Path file = directiveFile();
    driver.findElement(By.id("tt-desk-file")).sendKeys(file.toAbsolutePath().toString());
    wait(driver)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".tt-file-name"), file.getFileName().toString()));

    // Task 1: five working days from Tuesday 10/02/2026, across Tết Bính Ngọ (14/02 to 22/02 off).
    WebElement first = task(driver, 1);
    type(
        driver,
        first.findElement(By.name("content")),
        "Rà soát các công trình xung yếu trước mùa mưa lũ");
    chooseUnit(
        driver,
        first.findElement(By.cssSelector("input[id^=tt-desk-lead]")),
        "Sở Xây",
        "Sở Xây dựng");
    first.findElement(By.cssSelector("input[type=radio][value=days]")).click();
    type(driver, first.findElement(By.name("deadlineWorkingDays")), "5");
    WebElement computed = first.findElement(By.cssSelector("[data-role=computed-deadline]"));
    wait(driver)
        .until(ExpectedConditions.textToBePresentInElement(computed, "Hạn xử lý: 24/02/2026"));
    String shownDeadline = computed.getDomAttribute("data-date");

    // Task 2: coordinating units chosen by name, typed without accents; a deadline before the
    // directive's date.
    click(driver, By.cssSelector("[data-role=add-task]"));
    WebElement second = task(driver, 2);
    type(
        driver,
        second.findElement(By.name("content")),
        "Bố trí kinh phí dự phòng cho khắc phục hậu quả thiên tai");
    chooseUnit(
        driver,
        second.findElement(By.cssSelector("input[id^=tt-desk-lead]")),
        "tai chinh",
        "Sở Tài chính");
    WebElement coordinating = second.findElement(By.cssSelector("input[id^=tt-desk-coordinating]"));
    chooseUnit(driver, coordinating, "xay dung", "Sở Xây dựng");
    chooseUnit(driver, coordinating, "Y tế", "Sở Y tế");
    assertThat(second.findElements(By.cssSelector(".tt-chips li"))).hasSize(2);
    type(driver, second.findElement(By.name("deadline")), "05/02/2026");

    // Task 3: no deadline, a key task; its unit typed and not chosen from the list.
    click(driver, By.cssSelector("[data-role=add-task]"));
    WebElement third = task(driver, 3);
    type(
        driver,
        third.findElement(By.name("content")),
        "Tổ chức diễn tập phòng chống lụt bão cấp huyện");
    type(driver, third.findElement(By.cssSelector("input[id^=tt-desk-lead]")), "Huyện Không Có");
    third.findElement(By.cssSelector("input[id^=tt-desk-lead]")).sendKeys(Keys.ESCAPE);
    third.findElement(By.cssSelector("input[type=radio][value=none]")).click();
    third.findElement(By.name("keyTask")).click();
    // A fourth row added by mistake and removed again.
    click(driver, By.cssSelector("[data-role=add-task]"));
    click(driver, By.cssSelector("[data-role=task]:nth-of-type(4) [data-role=remove-task]"));
    assertThat(driver.findElements(By.cssSelector("[data-role=task]"))).hasSize(3);
    office.screenshot("02-filled-form");
    office.assertNoForbiddenText("02-filled-form");

    click(driver, By.cssSelector("[data-role=save]"));
    WebElement deadlineError =
        wait(driver)
            .until(
                ExpectedConditions.visibilityOf(
                    task(driver, 2)
                        .findElement(
                            By.xpath(
                                ".//input[@name='deadline']/ancestor::div[contains(@class,'tt-desk-field')]//p[contains(@class,'tt-field-error')]"))));
    assertThat(deadlineError.getText())
        .contains("Nhiệm vụ thứ 2", "trước ngày ban hành văn bản 10/02/2026");
    WebElement unitError =
        task(driver, 3)
            .findElement(
                By.xpath(
                    ".//input[starts-with(@id,'tt-desk-lead')]/ancestor::div[contains(@class,'tt-desk-field')]/p[contains(@class,'tt-field-error')]"));
    assertThat(unitError.getText())
        .contains("Nhiệm vụ thứ 3", "'Huyện Không Có' không có trong danh mục đơn vị");
    assertThat(driver.findElement(By.cssSelector("[data-role=status]")).getText())
        .contains("Chưa lưu được");
    // Nothing typed is lost.
    assertThat(driver.findElement(By.id("tt-desk-number")).getDomProperty("value"))
        .isEqualTo(number);
    assertThat(driver.findElement(By.cssSelector("input[name=issuedOn]")).getDomProperty("value"))
        .isEqualTo("10/02/2026");
    assertThat(task(driver, 1).findElement(By.name("deadlineWorkingDays")).getDomProperty("value"))
        .isEqualTo("5");
    assertThat(task(driver, 2).findElement(By.name("content")).getDomProperty("value"))
        .startsWith("Bố trí kinh phí");
    assertThat(task(driver, 2).findElements(By.cssSelector(".tt-chips li"))).hasSize(2);
    assertThat(task(driver, 2).findElement(By.name("deadline")).getDomProperty("value"))
        .isEqualTo("05/02/2026");
    assertThat(task(driver, 3).findElement(By.name("keyTask")).isSelected()).isTrue();
    assertThat(directivesNumbered(number)).isZero();
    scrollTo(driver, deadlineError);
    office.screenshot("03-refused-at-the-fields");
    office.assertNoForbiddenText("03-refused-at-the-fields");

    type(driver, task(driver, 2).findElement(By.name("deadline")), "31/03/2026");
    assertThat(deadlineError.isDisplayed())
        .as("the message goes once the field is changed")
        .isFalse();
    chooseUnit(
        driver,
        task(driver, 3).findElement(By.cssSelector("input[id^=tt-desk-lead]")),
        "Cao Lộc",
        "UBND huyện Cao Lộc");
    click(driver, By.cssSelector("[data-role=save]"));
    WebElement result =
        wait(driver)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-role=register-numbers]")));
    List<String> numbers =
        new ArrayList<>(
            result.findElements(By.cssSelector("[data-role=register-number]")).stream()
                .map(WebElement::getText)
                .toList());
    assertThat(numbers).hasSize(3).allMatch(n -> n.matches("NV-2026-\\d+"));
    assertThat(driver.getCurrentUrl()).contains("directive=");
    office.screenshot("04-registered");
    office.assertNoForbiddenText("04-registered");

    // What the register keeps: the day shown before saving, the units, no deadline, the key task,
    // the file.
    List<Map<String, Object>> stored =
        jdbc.sql(
                """
            select t.register_number, t.current_deadline, t.lead_unit_code, t.key_task, d.document_id
            from assigned_task t join directive d on d.id = t.directive_id where t.register_number in (:numbers) order by t.id""")
            .param("numbers", numbers)
            .query()
            .listOfRows();
    assertThat(stored).hasSize(3);
    assertThat(String.valueOf(stored.get(0).get("current_deadline")))
        .startsWith(shownDeadline)
        .startsWith("2026-02-24");
    assertThat(stored)
        .extracting(r -> r.get("lead_unit_code"))
        .containsExactly("SXD", "STC", "CAOLOC");
    assertThat(stored.get(2).get("current_deadline")).isNull();
    assertThat(stored.get(2).get("key_task")).isEqualTo(Boolean.TRUE);
    assertThat(stored.get(0).get("document_id")).isNotNull();
    assertThat(
            jdbc.sql(
                    "select unit_code from task_coordination t join assigned_task a on a.id = t.task_id where a.register_number = ?"
                        + " order by unit_code")
                .param(numbers.get(1))
                .query(String.class)
                .list())
        .containsExactly("SXD", "SYT");

    // Each number opens its record.
    click(
        driver,
        By.xpath("//a[@data-role='register-number'][normalize-space()='" + numbers.get(1) + "']"));
    WebElement record =
        wait(driver)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(
                        ".tt-page .tt-record[data-register-number='" + numbers.get(1) + "']")));
    assertThat(record.getText())
        .contains("Bố trí kinh phí dự phòng", number, "Sở Tài chính", "Sở Xây dựng", "Sở Y tế");
    office.screenshot("05-record");
    office.assertNoForbiddenText("05-record");
    // The record leads back to the directive with all its tasks.
    WebElement toDirective = record.findElement(By.cssSelector("a[data-role=directive]"));
    scrollTo(driver, toDirective);
    toDirective.click();

    // The directive's page: its tasks together, then one more task (its addendum).
    WebElement table =
        wait(driver)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-role=directive-tasks]")));
    assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(3);
    assertThat(
            table
                .findElement(By.cssSelector("tr[data-register-number='" + numbers.get(0) + "']"))
                .getText())
        .contains("24/02/2026");
    assertThat(
            table
                .findElement(By.cssSelector("tr[data-register-number='" + numbers.get(2) + "']"))
                .getText())
        .contains("Không thời hạn", "Trọng tâm");
    assertThat(driver.findElement(By.cssSelector("[data-role=document]")).getText())
        .isEqualTo(file.getFileName().toString());
    office.screenshot("06-directive");
    office.assertNoForbiddenText("06-directive");

    WebElement added = task(driver, 1);
    type(
        driver,
        added.findElement(By.name("content")),
        "Bổ sung: kiểm tra cơ sở y tế vùng ngập lụt");
    chooseUnit(
        driver, added.findElement(By.cssSelector("input[id^=tt-desk-lead]")), "y te", "Sở Y tế");
    added.findElement(By.cssSelector("input[type=radio][value=days]")).click();
    type(driver, added.findElement(By.name("deadlineWorkingDays")), "3");
    WebElement addedComputed = added.findElement(By.cssSelector("[data-role=computed-deadline]"));
    wait(driver).until(ExpectedConditions.textToBePresentInElement(addedComputed, "Hạn xử lý: "));
    String addedDeadline = addedComputed.getDomAttribute("data-date");
    click(driver, By.cssSelector("[data-role=save]"));
    WebElement addendum =
        wait(driver)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-role=result] [data-role=register-number]")));
    String addedNumber = addendum.getText();
    table =
        wait(driver)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-role=directive-tasks]")));
    assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(4);
    assertThat(
            table
                .findElement(By.cssSelector("tr[data-register-number='" + addedNumber + "']"))
                .getText())
        .contains("Sở Y tế", shown(LocalDate.parse(addedDeadline)));
    assertThat(
            String.valueOf(
                jdbc.sql("select current_deadline from assigned_task where register_number = ?")
                    .param(addedNumber)
                    .query()
                    .singleValue()))
        .startsWith(addedDeadline);
    office.screenshot("07-addendum");
    office.assertNoForbiddenText("07-addendum");
    numbers.add(addedNumber);

    // The same issuer's number again in the same year: refused at the number, the form kept.
    WebElement header = driver.findElement(DESK_LINK);
    office.openMenuOnPhone();
    wait(driver).until(ExpectedConditions.elementToBeClickable(header)).click();
    wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("tt-desk-number")));
    type(driver, By.id("tt-desk-number"), number);
    type(driver, By.cssSelector("input[name=issuedOn]"), "10/02/2026");
    new Select(driver.findElement(By.id("tt-desk-issuer")))
        .selectByVisibleText("Phó Chủ tịch UBND tỉnh Kiểm Thử Phó Chủ Tịch");
    type(driver, By.id("tt-desk-excerpt"), "Vào sổ nhầm lần thứ hai");
    type(driver, task(driver, 1).findElement(By.name("content")), "Nội dung vào sổ nhầm");
    chooseUnit(
        driver,
        task(driver, 1).findElement(By.cssSelector("input[id^=tt-desk-lead]")),
        "Sở Xây",
        "Sở Xây dựng");
    click(driver, By.cssSelector("[data-role=save]"));
    WebElement numberError =
        wait(driver)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath(
                        "//input[@id='tt-desk-number']/ancestor::div[contains(@class,'tt-desk-field')]/p[contains(@class,'tt-field-error')]")));
    assertThat(numberError.getText())
        .contains("Văn bản số " + number, "đã được vào sổ trước đây", "năm 2026");
    assertThat(driver.findElement(By.id("tt-desk-excerpt")).getDomProperty("value"))
        .isEqualTo("Vào sổ nhầm lần thứ hai");
    assertThat(directivesNumbered(number)).isEqualTo(1);
    office.screenshot("08-number-already-used");
    office.assertNoForbiddenText("08-number-already-used");
    return numbers;
  }

  private TasklistBrowser browser(Screen screen, String prefix) {
    TasklistBrowser browser = new TasklistBrowser("http://localhost:" + port, prefix, screen);
    browsers.add(browser);
    return browser;
  }

  private static WebElement task(WebDriver driver, int n) {
    return driver.findElement(By.cssSelector("[data-role=task]:nth-of-type(" + n + ")"));
  }

  private static void chooseUnit(WebDriver driver, WebElement input, String typed, String name) {
    scrollTo(driver, input);
    input.clear();
    input.click();
    input.sendKeys(typed);
    WebElement list =
        input.findElement(By.xpath("following-sibling::ul[contains(@class,'tt-suggestions')]"));
    WebElement option =
        wait(driver)
            .until(
                ExpectedConditions.elementToBeClickable(
                    list.findElement(
                        By.xpath(".//li[@role='option'][normalize-space()='" + name + "']"))));
    option.click();
  }

  private static void type(WebDriver driver, By field, String text) {
    type(driver, driver.findElement(field), text);
  }

  private static void type(WebDriver driver, WebElement field, String text) {
    scrollTo(driver, field);
    field.clear();
    field.sendKeys(text);
    // A date typed fires the same events as a date picked; the field's value is read when saving.
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", field);
  }

  private static void click(WebDriver driver, By element) {
    WebElement target = driver.findElement(element);
    scrollTo(driver, target);
    wait(driver).until(ExpectedConditions.elementToBeClickable(target)).click();
  }

  private static void scrollTo(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  private static WebDriverWait wait(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(45), Duration.ofMillis(250));
  }

  private long directivesNumbered(String number) {
    return jdbc.sql("select count(*) from directive where number = ?")
        .param(number)
        .query(Long.class)
        .single();
  }

  private void runJobs(String registerNumber) {
    for (ProcessInstance instance :
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(registerNumber).list()) {
      management
          .createJobQuery()
          .processInstanceId(instance.getId())
          .executable()
          .list()
          .forEach(job -> management.executeJob(job.getId()));
    }
  }

  private static String shown(LocalDate date) {
    return String.format(
        "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  private static Path directiveFile() {
    try {
      Path dir = Files.createDirectories(Path.of("target", "office-desk-files"));
      return Files.writeString(
          dir.resolve("thong-bao-ket-luan-mua-lu.txt"),
          "Thông báo kết luận của Phó Chủ tịch UBND tỉnh (kiểm thử).",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
