package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.TaskView;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.webapp.TasklistBrowser.Screen;

/**
 * Camunda Forms in Tasklist as a person fills them, in an English (US) Chromium: dates typed
 * day/month/year are stored as those days, the picker is Vietnamese, form-js's messages are
 * Vietnamese; on a desktop and on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CamundaFormsBrowserIT {

  private static final String REGISTER_PROCESS = "Giao và theo dõi nhiệm vụ";

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired AssignmentService assignment;

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
  void datesTypedDayMonthYearAreStoredAsThoseDaysOnADesktop() {
    typedDatesAreStored(Screen.DESKTOP);
  }

  @Test
  void datesTypedDayMonthYearAreStoredAsThoseDaysOnAPhone() {
    typedDatesAreStored(Screen.PHONE);
  }

  private void typedDatesAreStored(Screen screen) {
    String directiveNumber =
        UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/TB-UBND";
    TasklistBrowser office = browser("office-", screen);
    step(
        office,
        "01-signed-in",
        () -> {
          office.openTasklist();
          office.signIn(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD);
        });
    step(office, "02-start-form", () -> office.openStartForm(REGISTER_PROCESS));
    office.assertNoForbiddenText("02-start-form");
    assertThat(office.placeholders())
        .contains("ngày/tháng/năm")
        .doesNotContain("mm/dd/yyyy", "dd/mm/yyyy");

    // Nothing filled yet, then wrong values: form-js's messages, in Vietnamese.
    step(
        office,
        "03-validation-messages",
        () -> {
          office.typeText("Số, ký hiệu văn bản", "x");
          office.typeText("Số, ký hiệu văn bản", "");
          // Leaving the field, as a person does, shows what is wrong with it.
          office.typeText("Trích yếu văn bản", "");
          assertThat(office.waitForFieldErrors("Số, ký hiệu văn bản"))
              .containsExactly("Trường này bắt buộc nhập.");
        });
    office.assertNoForbiddenText("03-validation-messages");

    step(office, "04-picker-open", () -> office.openDatePicker("Ngày ban hành"));
    String picker =
        office.driver().findElement(By.cssSelector(".flatpickr-calendar.open")).getText();
    assertThat(picker).contains("T2", "CN").contains("Tháng");
    // Weeks start on Monday.
    assertThat(
            office
                .driver()
                .findElements(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday"))
                .get(0)
                .getText()
                .trim())
        .isEqualTo("T2");
    assertThat(office.fitsWidth(By.cssSelector(".flatpickr-calendar.open")))
        .as("picker within the %s screen", screen)
        .isTrue();
    office.assertNoForbiddenText("04-picker-open");

    step(
        office,
        "05-dates-typed",
        () -> {
          office.typeDate("Ngày ban hành", "05/11/2026");
          office.typeText("Số, ký hiệu văn bản", directiveNumber);
          office.chooseOption("Người/cơ quan giao", "UBND tỉnh");
          office.typeText("Trích yếu văn bản", "Kết luận giao ban (kiểm thử ngày tháng)");
          office.typeText("Nội dung nhiệm vụ", "Rà soát quy hoạch (kiểm thử ngày tháng)");
          office.chooseInSelect("Đơn vị chủ trì", "Xây dựng");
          office.typeDate("Hạn xử lý", "25/11/2026");
        });
    assertThat(office.dateFieldText("Ngày ban hành")).isEqualTo("05/11/2026");
    assertThat(office.dateFieldText("Hạn xử lý")).isEqualTo("25/11/2026");
    assertThat(office.fieldErrors("Hạn xử lý")).isEmpty();
    office.assertNoForbiddenText("05-dates-typed");

    step(
        office,
        "06-started",
        () -> {
          office.clickDialogButton("Khởi tạo");
          office.waitUntilGone(By.cssSelector(".modal .fjs-container"));
        });

    // Read back through the engine: the form's variables, then the register.
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("task-assignment")
            .variableValueEquals("number", directiveNumber)
            .singleResult();
    assertThat(instance)
        .as("process started by the form with directive %s", directiveNumber)
        .isNotNull();
    assertThat(runtime.getVariable(instance.getId(), "issuedOn")).hasToString("2026-11-05");
    assertThat(runtime.getVariable(instance.getId(), "deadline")).hasToString("2026-11-25");
    TaskView task = assignment.task(instance.getBusinessKey());
    assertThat(task.leadUnit()).isEqualTo("SXD");
    assertThat(task.currentDeadline()).hasToString("2026-11-25");
    assertThat(task.directiveIssuedOn()).hasToString("2026-11-05");
  }

  @Test
  void theOfficeChoosesTheViceChairmanAndTheUnitsByNameOnADesktop() {
    unitsChosenByName(Screen.DESKTOP);
  }

  @Test
  void theOfficeChoosesTheViceChairmanAndTheUnitsByNameOnAPhone() {
    unitsChosenByName(Screen.PHONE);
  }

  /**
   * The start form's pickers: the Vice-Chairman and the units are found by typing part of their
   * Vietnamese names (options from the directory), the task is registered with their codes and
   * username, and Tasklist says its register number, which opens the task's record.
   */
  private void unitsChosenByName(Screen screen) {
    String name = screen == Screen.DESKTOP ? "desktop" : "phone";
    String directiveNumber = UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/KL-PCT";
    TasklistBrowser office =
        new TasklistBrowser(
            "http://localhost:" + port, "office-import-start-form-" + name + "-", screen);
    browsers.add(office);
    step(
        office,
        "01-start-form",
        () -> {
          office.openTasklist();
          office.signIn(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD);
          office.openStartForm(REGISTER_PROCESS);
        });
    assertThat(office.visibleText())
        .doesNotContain("/api/directives", "Mã đơn vị", "Tên đăng nhập");
    office.assertNoForbiddenText("01-start-form");

    step(
        office,
        "02-chosen-by-name",
        () -> {
          office.typeDate("Ngày ban hành", "02/11/2026");
          office.typeText("Số, ký hiệu văn bản", directiveNumber);
          office.chooseOption("Người/cơ quan giao", "Phó Chủ tịch UBND tỉnh");
          office.chooseInSelect("Phó Chủ tịch giao việc", "Kiểm Thử Phó");
          office.typeText("Trích yếu văn bản", "Kết luận kiểm tra (kiểm thử chọn đơn vị)");
          office.typeText("Nội dung nhiệm vụ", "Giải phóng mặt bằng (kiểm thử chọn đơn vị)");
          office.chooseInSelect("Đơn vị chủ trì", "Xây dựng");
          office.chooseInTagList("Các đơn vị phối hợp", "Tài chính");
          office.chooseInTagList("Các đơn vị phối hợp", "Cao Lộc");
          office.chooseRadio("Không có thời hạn");
        });
    assertThat(office.fieldValue("Đơn vị chủ trì")).isEqualTo("Sở Xây dựng");
    assertThat(office.tags("Các đơn vị phối hợp"))
        .containsExactly("Sở Tài chính", "UBND huyện Cao Lộc");
    office.assertNoForbiddenText("02-chosen-by-name");

    step(
        office,
        "03-registered",
        () -> {
          office.clickDialogButton("Khởi tạo");
          office.waitUntilGone(By.cssSelector(".modal .fjs-container"));
          office.waitForNotification("Đã vào sổ nhiệm vụ");
        });
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("task-assignment")
            .variableValueEquals("number", directiveNumber)
            .singleResult();
    assertThat(instance)
        .as("process started by the form with directive %s", directiveNumber)
        .isNotNull();
    TaskView task = assignment.task(instance.getBusinessKey());
    assertThat(task.leadUnit()).isEqualTo("SXD");
    assertThat(task.coordinatingUnits()).containsExactlyInAnyOrder("STC", "CAOLOC");
    assertThat(task.issuerKey()).isEqualTo(TestPeople.VICE_CHAIRMAN);
    assertThat(task.currentDeadline()).isNull();
    By link = By.cssSelector("[data-role=started-record]");
    assertThat(office.driver().findElement(link).getText()).isEqualTo(instance.getBusinessKey());
    office.assertNoForbiddenText("03-registered");

    By record =
        By.cssSelector(
            ".tt-page .tt-record[data-register-number='" + instance.getBusinessKey() + "']");
    step(
        office,
        "04-record",
        () -> {
          office.driver().findElement(link).click();
          new org.openqa.selenium.support.ui.WebDriverWait(
                  office.driver(), java.time.Duration.ofSeconds(45))
              .until(
                  org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                      record));
        });
    assertThat(office.driver().findElement(record).getText())
        .contains(instance.getBusinessKey(), "Sở Xây dựng");
    office.assertNoForbiddenText("04-record");
  }

  @Test
  void aDateThatDoesNotExistIsRefusedNotMoved() {
    TasklistBrowser office = browser("office-", Screen.DESKTOP);
    step(
        office,
        "01-start-form",
        () -> {
          office.openTasklist();
          office.signIn(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD);
          office.openStartForm(REGISTER_PROCESS);
        });
    step(
        office,
        "02-impossible-dates",
        () -> {
          office.typeDate("Ngày ban hành", "31/02/2026");
          office.typeDate("Hạn xử lý", "11/25/2026");
        });
    assertThat(office.dateFieldText("Ngày ban hành")).isEmpty();
    assertThat(office.dateFieldText("Hạn xử lý")).isEmpty();
    office.assertNoForbiddenText("02-impossible-dates");
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
}
