package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.tasktracking.TestPeople;

/**
 * Someone guessing passwords on Tasklist's login form is told, in Vietnamese, to wait; after the
 * wait the right password signs in (the account is not locked).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleBrowserIT {

  private static final String USER = "it.doan.trinhduyet";
  private static final String WAIT = "Đăng nhập sai quá nhiều lần";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void guessingIsToldToWaitThenTheRightPasswordSignsIn() throws InterruptedException {
    assumeTrue(
        TasklistBrowser.installed(),
        "No browser installed: "
            + TasklistBrowser.CHROMIUM
            + " or "
            + TasklistBrowser.CHROMEDRIVER
            + " is missing, so this browser test is skipped.");
    if (identity.createUserQuery().userId(USER).count() == 0) {
      User user = identity.newUser(USER);
      user.setFirstName("Thử");
      user.setLastName("Trình Duyệt");
      user.setPassword(TestPeople.PASSWORD);
      identity.saveUser(user);
    }
    try (TasklistBrowser browser =
        new TasklistBrowser("http://localhost:" + port, "login-throttle-")) {
      WebDriver driver = browser.driver();
      driver.manage().window().setSize(new Dimension(1440, 900));
      browser.openTasklist();
      By wrong = notification("Sai tên đăng nhập hoặc mật khẩu");
      By waitNotice = notification(WAIT);
      WebDriverWait wait =
          new WebDriverWait(driver, Duration.ofSeconds(45), Duration.ofMillis(200));
      boolean toldToWait = false;
      for (int attempt = 0; attempt < 10 && !toldToWait; attempt++) {
        browser.signIn(USER, "doan-sai-" + attempt, By.cssSelector(".notifications .alert"));
        // Each answer replaces the one before: wait for this attempt's.
        wait.until(
            ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(waitNotice),
                ExpectedConditions.visibilityOfElementLocated(wrong)));
        Thread.sleep(700);
        toldToWait =
            !driver.findElements(waitNotice).isEmpty()
                && driver.findElement(waitNotice).isDisplayed();
      }
      assertThat(toldToWait).as("told to wait").isTrue();
      assertThat(browser.visibleText()).contains(WAIT).contains("giây rồi thử lại");
      browser.screenshot("01-desktop-told-to-wait");
      driver.manage().window().setSize(new Dimension(390, 844));
      browser.screenshot("02-phone-told-to-wait");
      driver.manage().window().setSize(new Dimension(1440, 900));

      Matcher seconds = Pattern.compile("chờ (\\d+) giây").matcher(browser.visibleText());
      assertThat(seconds.find()).isTrue();
      Thread.sleep(Long.parseLong(seconds.group(1)) * 1000 + 500);
      browser.signIn(USER, TestPeople.PASSWORD);
      browser.screenshot("03-desktop-signed-in-after-the-wait");
    }
    assertThat(identity.checkPassword(USER, TestPeople.PASSWORD)).isTrue();
  }

  private static By notification(String text) {
    return By.xpath(
        "//*[contains(@class,'notifications')]//*[contains(normalize-space(.), '" + text + "')]");
  }
}
