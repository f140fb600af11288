package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.webapp.TasklistBrowser.Screen;

/**
 * Camunda Admin shows a person's name as Vietnamese names are written: "Kiểm Thử Sở Xây Dựng" from
 * the directory is "Họ và tên đệm: Kiểm Thử Sở Xây", "Tên: Dựng", and the page says that the
 * directory is where it is changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminNamesBrowserIT {

  @LocalServerPort int port;
  @Autowired DirectoryService directory;

  @BeforeEach
  void people() {
    assumeTrue(
        TasklistBrowser.installed(),
        "No browser installed: apt-get install chromium chromium-driver");
    TestPeople.ensure(directory);
  }

  @Test
  void adminShowsAVietnameseNameInItsTwoPartsAndNamesTheDirectory() {
    for (Screen screen : Screen.values()) {
      try (TasklistBrowser admin =
          new TasklistBrowser(
              "http://localhost:" + port,
              "adminNames-" + screen.name().toLowerCase() + "-",
              screen)) {
        By firstName = By.cssSelector("input[ng-model='profile.firstName']");
        try {
          admin.open(
              "/camunda/app/admin/default/#/users/" + TestPeople.SXD_OFFICER + "?tab=profile",
              TasklistBrowser.LOGIN_USERNAME);
          admin.signIn(TestPeople.ADMIN, TestPeople.PASSWORD, firstName);
          WebDriver page = admin.driver();
          new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(45))
              .until(d -> !d.findElement(firstName).getDomProperty("value").isEmpty());
          assertThat(page.findElement(firstName).getDomProperty("value"))
              .isEqualTo("Kiểm Thử Sở Xây");
          assertThat(
                  page.findElement(By.cssSelector("input[ng-model='profile.lastName']"))
                      .getDomProperty("value"))
              .isEqualTo("Dựng");
          assertThat(labelOf(page, "profile.firstName")).startsWith("Họ và tên đệm");
          assertThat(labelOf(page, "profile.lastName")).startsWith("Tên");
          assertThat(admin.visibleText()).contains("danh mục cán bộ");
          admin.assertNoForbiddenText("01-profile");
        } catch (RuntimeException | AssertionError e) {
          admin.saveEvidence("01-profile-FAILED");
          throw e;
        }
        admin.screenshot("01-profile");
      }
    }
  }

  private static String labelOf(WebDriver page, String model) {
    return page.findElement(
            By.xpath(
                "//div[contains(@class,'form-group')][.//input[@ng-model='" + model + "']]//label"))
        .getText()
        .trim();
  }
}
