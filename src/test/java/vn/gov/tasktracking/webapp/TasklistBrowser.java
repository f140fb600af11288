package vn.gov.tasktracking.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium on Camunda Tasklist, with the steps a person takes there.
 *
 * <p>Debian's {@code chromium} and {@code chromedriver} only: both paths are given to Selenium, so
 * it never looks for (or downloads) a driver or a browser of its own. Each instance has a fresh
 * profile, hence its own session; {@link #close()} ends both.
 */
final class TasklistBrowser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /**
   * Tasklist is an AngularJS app loading a few megabytes of scripts; the CI machine has two cores.
   */
  private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(90);

  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(45);

  static final By LOGIN_USERNAME =
      By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  private static final By SEARCH_INPUT = By.cssSelector(".search-container > input.main-field");
  private static final By SEARCH_REMOVE = By.cssSelector(".search-container a.remove-search");

  private final String baseUrl;
  private final String screenshotPrefix;
  private final Path profile;
  private final ChromeDriverService service;
  private final WebDriver driver;
  private final WebDriverWait wait;

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** The two screens every browser test looks at. */
  enum Screen {
    DESKTOP(1440, 900),
    PHONE(390, 844);

    final int width;
    final int height;

    Screen(int width, int height) {
      this.width = width;
      this.height = height;
    }
  }

  TasklistBrowser(String baseUrl, String screenshotPrefix) {
    this(baseUrl, screenshotPrefix, Screen.DESKTOP);
  }

  TasklistBrowser(String baseUrl, String screenshotPrefix, Screen screen) {
    this.baseUrl = baseUrl;
    this.screenshotPrefix = screenshotPrefix;
    try {
      profile = Files.createTempDirectory("tasklist-chromium-");
      Files.createDirectories(SCREENSHOTS);
      // Pictures of an earlier run of the same test would mislead.
      try (Stream<Path> earlier = Files.list(SCREENSHOTS)) {
        for (Path file :
            earlier.filter(f -> f.getFileName().toString().startsWith(screenshotPrefix)).toList()) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Both ways Selenium may learn where the driver is; with either, it does not run Selenium
    // Manager.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(SCREENSHOTS.resolve(screenshotPrefix + "chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        // No calls home: the machine has no network beyond the package registries.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--window-size=" + screen.width + "," + screen.height,
        // An English browser: the webapps show Vietnamese whatever the browser's language.
        "--lang=en-US",
        "--user-data-dir=" + profile);
    ChromeDriver chrome;
    try {
      chrome = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteProfile();
      throw e;
    }
    driver = chrome;
    driver.manage().timeouts().pageLoadTimeout(PAGE_TIMEOUT);
    if (screen == Screen.PHONE) {
      // The window's frame takes part of --window-size; the page itself gets the phone's viewport.
      chrome.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          java.util.Map.of(
              "width",
              screen.width,
              "height",
              screen.height,
              "deviceScaleFactor",
              1,
              "mobile",
              true));
    }
    wait = new WebDriverWait(driver, STEP_TIMEOUT, Duration.ofMillis(250));
  }

  // ---- Steps ---------------------------------------------------------------------------------

  /** Opens Tasklist, which shows its login form to a browser not signed in. */
  void openTasklist() {
    open("/camunda/app/tasklist/", LOGIN_USERNAME);
  }

  /** Signs in with the login form; done once the filters are listed. */
  void signIn(String username, String password) {
    signIn(username, password, By.cssSelector(".task-filter h4.name a"));
  }

  /**
   * Opens another page of the webapps (a path after the server's address) and waits until it shows
   * {@code ready}.
   */
  void open(String path, By ready) {
    driver.get(baseUrl + path);
    try {
      waitLong(ExpectedConditions.visibilityOfElementLocated(ready));
    } catch (org.openqa.selenium.TimeoutException e) {
      // The first load of a webapp on a busy machine (a few megabytes of scripts) may stall on a
      // request: reload once, as a person would.
      driver.navigate().refresh();
      waitLong(ExpectedConditions.visibilityOfElementLocated(ready));
    }
  }

  /** Signs in with the webapps' login form, done once {@code ready} shows. */
  void signIn(String username, String password, By ready) {
    // On a busy machine the login page may move the focus back to the user name while the password
    // is typed;
    // type again until both fields hold what was typed.
    for (int attempt = 1; ; attempt++) {
      WebElement user = driver.findElement(LOGIN_USERNAME);
      WebElement secret =
          driver.findElement(By.cssSelector("form[name='signinForm'] input[type='password']"));
      user.clear();
      user.sendKeys(username);
      secret.clear();
      secret.sendKeys(password);
      if (username.equals(user.getDomProperty("value"))
          && password.equals(secret.getDomProperty("value"))) {
        break;
      }
      if (attempt == 3) {
        throw new IllegalStateException(
            "The login form did not keep the user name and password typed three times");
      }
    }
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    waitLong(ExpectedConditions.visibilityOfElementLocated(ready));
  }

  /** The browser itself, for pages this class has no steps for. */
  WebDriver driver() {
    return driver;
  }

  /** Clicks a filter of the list on the left and waits until its tasks are listed. */
  void openFilter(String name) {
    By filter =
        By.xpath(
            "//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a["
                + containsText(name)
                + "]]");
    click(filter);
    wait.until(ExpectedConditions.attributeContains(filter, "class", "active"));
    waitForListLoaded();
  }

  /**
   * Narrows the task list to one register number, as an officer does with the search box above the
   * list: criterion "Mã nghiệp vụ của phiên quy trình" (the process's business key), after removing
   * the criteria of an earlier search.
   */
  void searchByRegisterNumber(String criterion, String registerNumber) {
    for (int left = driver.findElements(SEARCH_REMOVE).size(); left > 0; left--) {
      int remaining = left - 1;
      click(SEARCH_REMOVE);
      wait.until(d -> d.findElements(SEARCH_REMOVE).size() == remaining);
    }
    WebElement search = wait.until(ExpectedConditions.elementToBeClickable(SEARCH_INPUT));
    search.click();
    // The search box offers the criteria whose names contain what was typed.
    search.sendKeys(criterion.substring(0, 12));
    click(By.xpath("//ul[contains(@class,'dropdown-menu')]//a[" + containsText(criterion) + "]"));
    // The new criterion opens its value field for typing.
    WebElement value =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".search-container [cam-widget-search-pill] input[type='text']")));
    value.sendKeys(registerNumber, Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".search-container"), registerNumber));
  }

  /** Waits until the list shows the task: the search above the list reloads it. */
  void waitForTaskInList(String taskId) {
    waitLong(ExpectedConditions.visibilityOfElementLocated(taskInList(taskId)));
  }

  /** Waits until the list, loaded, shows Tasklist's "no task matches" notice. */
  void waitForEmptyList() {
    waitLong(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath(
                "//*[@cam-tasks]//div[contains(@class,'well')]["
                    + containsText("Không tìm thấy nhiệm vụ nào phù hợp với bộ lọc.")
                    + "]")));
  }

  /** The task's entry in the list, which links to the task by its id. */
  By taskInList(String taskId) {
    return By.cssSelector(".tasks-list li.task a[href*='task=" + taskId + "']");
  }

  /**
   * The whole entry of a task in the list (step name, process, register number and content, unit,
   * deadline), whitespace folded.
   */
  String entryText(String taskId) {
    return driver
        .findElement(
            By.xpath(
                "//ol[contains(@class,'tasks-list')]/li[.//a[contains(@href,'task="
                    + taskId
                    + "')]]"))
        .getText()
        .replaceAll("\\s+", " ");
  }

  /** How many entries the list shows (after a search, those of one register number). */
  int listedEntries() {
    return driver.findElements(By.cssSelector(".tasks-list li.task")).size();
  }

  boolean listShows(String taskId) {
    return !driver.findElements(taskInList(taskId)).isEmpty();
  }

  /** Opens a task from the list and waits for its form. */
  void openTask(String taskId) {
    click(taskInList(taskId));
    waitLong(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  /**
   * Claims the open task with the button beside its groups ("Tiếp nhận"); Tasklist says nothing on
   * success, it shows the assignee instead of the button.
   */
  void claim() {
    By claim = By.xpath("//button[contains(@class,'claim')][normalize-space()='Tiếp nhận']");
    click(claim);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
  }

  void clickButton(String label) {
    click(By.xpath("//button[normalize-space()='" + label + "']"));
  }

  /** Chooses the option of a radio group by its label. */
  void chooseRadio(String optionLabel) {
    click(
        By.xpath(
            "//div[contains(@class,'fjs-form-field-radio')]//label["
                + containsText(optionLabel)
                + "]"));
  }

  /**
   * Opens the searchable select under a field label, types part of an option and picks that option.
   */
  void chooseInSelect(String fieldLabel, String optionText) {
    String field =
        "//div[contains(@class,'fjs-form-field-select')][.//label["
            + containsText(fieldLabel)
            + "]]";
    WebElement input =
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(field + "//input")));
    input.click();
    input.sendKeys(optionText);
    click(
        By.xpath(
            field
                + "//*[contains(@class,'fjs-dropdownlist-item')]["
                + containsText(optionText)
                + "]"));
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.xpath(field + "//*[contains(@class,'fjs-dropdownlist-item')]")));
  }

  /** One chosen tag of a tag list (its container's class, fjs-taglist-tags, is not one). */
  private static final String TAG =
      "*[contains(concat(' ', normalize-space(@class), ' '), ' fjs-taglist-tag ')]";

  /**
   * Types part of an option's text into the tag list under a label and picks the option that shows
   * it.
   */
  void chooseInTagList(String fieldLabel, String optionText) {
    String field =
        "//div[contains(@class,'fjs-form-field-taglist')][.//label["
            + containsText(fieldLabel)
            + "]]";
    By input = By.xpath(field + "//input[contains(@class,'fjs-taglist-input')]");
    click(input);
    driver.findElement(input).sendKeys(optionText);
    click(
        By.xpath(
            field
                + "//*[contains(@class,'fjs-dropdownlist-item')]["
                + containsText(optionText)
                + "]"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath(field + "//" + TAG + "[" + containsText(optionText) + "]")));
    // The list stays open while the field has the focus, over the fields below: leave the field.
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].blur()", driver.findElement(input));
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.xpath(field + "//*[contains(@class,'fjs-dropdownlist-item')]")));
  }

  /** The tags chosen in the tag list under a label, as shown. */
  List<String> tags(String fieldLabel) {
    return driver
        .findElements(
            By.xpath(
                "//div[contains(@class,'fjs-form-field-taglist')][.//label["
                    + containsText(fieldLabel)
                    + "]]"
                    + "//"
                    + TAG))
        .stream()
        .map(e -> e.getText().trim())
        .toList();
  }

  /**
   * Lets the browser save downloads (a link with download) into {@code folder}; headless Chromium
   * refuses them otherwise.
   */
  void allowDownloads(Path folder) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            java.util.Map.of(
                "behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
  }

  /** Clicks a link (or button) of the product's own pages by its data-role. */
  void clickRole(String role) {
    click(By.cssSelector("[data-role='" + role + "']"));
  }

  /** Types into the form field under a label (textarea or input), as a person would. */
  void typeInto(String fieldLabel, String text) {
    WebElement control =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[contains(@class,'fjs-form-field')][.//label["
                        + containsText(fieldLabel)
                        + "]]//*[self::textarea or self::input]")));
    control.click();
    control.sendKeys(text);
    // On a busy machine keystrokes reach the field late and form-js takes the value after a short
    // debounce: wait for the whole text, then leave the field so the form holds what was typed.
    wait.until(
        d -> {
          String value = control.getDomProperty("value");
          return value != null && value.length() >= text.length();
        });
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].blur();", control);
    pause(Duration.ofMillis(500));
  }

  /** The browser window's size, e.g. 1440x900 for a desktop, 390x844 for a phone. */
  void resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  /** The value of the form field under a label (textarea or input). */
  String fieldValue(String fieldLabel) {
    WebElement control =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath(
                    "//div[contains(@class,'fjs-form-field')][.//label["
                        + containsText(fieldLabel)
                        + "]]//*[self::textarea or self::input]")));
    return control.getDomProperty("value");
  }

  /** Opens "Khởi tạo quy trình", picks the process by its name and waits for its start form. */
  void openStartForm(String processName) {
    openMenuOnPhone();
    click(By.xpath("//a[" + containsText("Khởi tạo quy trình") + "]"));
    By process =
        By.xpath(
            "//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a["
                + containsText(processName)
                + "]");
    By form = By.cssSelector(".modal .fjs-container");
    // On a busy machine a click while the dialog still fades in may only focus the entry: click
    // again.
    for (int attempt = 1; ; attempt++) {
      click(process);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(250))
            .until(ExpectedConditions.visibilityOfElementLocated(form));
        return;
      } catch (org.openqa.selenium.TimeoutException notYet) {
        if (attempt == 3
            || driver.findElements(process).stream().noneMatch(WebElement::isDisplayed)) {
          break;
        }
      }
    }
    waitLong(ExpectedConditions.visibilityOfElementLocated(form));
  }

  /** On a narrow screen the header's links are behind the menu button: opens it. */
  void openMenuOnPhone() {
    // Camunda's header marks its menu button "open" (ng-class) while the menu is shown.
    List<WebElement> toggle = driver.findElements(By.cssSelector("button.navbar-toggle"));
    if (!toggle.isEmpty()
        && toggle.get(0).isDisplayed()
        && !String.valueOf(toggle.get(0).getDomAttribute("class")).contains("open")) {
      toggle.get(0).click();
    }
  }

  /** Clicks a button of the open dialog by its label. */
  void clickDialogButton(String label) {
    click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='" + label + "']"));
  }

  /** Types into the text field or text area under a label, replacing what it held. */
  void typeText(String fieldLabel, String text) {
    By field = By.xpath(formField(fieldLabel) + "//*[self::textarea or self::input]");
    // Brought to the middle and clicked again while one of Tasklist's notices still covers it.
    click(field);
    WebElement control = driver.findElement(field);
    // As a person does: select all, delete (form-js keeps its own state, which clear() bypasses).
    control.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    if (!text.isEmpty()) {
      control.sendKeys(text);
    }
  }

  /**
   * Types a date as a person does, into the date field under a label, and leaves the field (Tab).
   */
  void typeDate(String fieldLabel, String text) {
    WebElement input =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    formField(fieldLabel) + "//div[contains(@class,'fjs-datepicker')]//input")));
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
    input.sendKeys(Keys.TAB);
    // A press elsewhere on the page closes the picker, as a person's click beside it does.
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "document.body.dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));");
    wait.until(d -> d.findElements(By.cssSelector(".flatpickr-calendar.open")).isEmpty());
  }

  /** Opens the date field's picker (a click in the field) and leaves it open. */
  void openDatePicker(String fieldLabel) {
    click(By.xpath(formField(fieldLabel) + "//div[contains(@class,'fjs-datepicker')]//input"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
  }

  /** What the date field under a label shows. */
  String dateFieldText(String fieldLabel) {
    return driver
        .findElement(
            By.xpath(formField(fieldLabel) + "//div[contains(@class,'fjs-datepicker')]//input"))
        .getDomProperty("value");
  }

  /** Chooses an option of a plain (not searchable) select under a label. */
  void chooseInSimpleSelect(String fieldLabel, String optionText) {
    String field = formField(fieldLabel);
    // Focus (a Tab from the field before) already opens the list; a click would close it again.
    if (driver
        .findElements(By.xpath(field + "//*[contains(@class,'fjs-dropdownlist-item')]"))
        .stream()
        .noneMatch(WebElement::isDisplayed)) {
      click(By.xpath(field + "//div[contains(@class,'fjs-input-group')]"));
    }
    click(
        By.xpath(
            field
                + "//*[contains(@class,'fjs-dropdownlist-item')]["
                + containsText(optionText)
                + "]"));
  }

  /** The validation messages form-js shows under the field with that label, once it shows any. */
  List<String> waitForFieldErrors(String fieldLabel) {
    wait.until(d -> !fieldErrors(fieldLabel).isEmpty());
    return fieldErrors(fieldLabel);
  }

  /** The validation messages form-js shows under the field with that label. */
  List<String> fieldErrors(String fieldLabel) {
    return driver
        .findElements(
            By.xpath(formField(fieldLabel) + "//*[contains(@class,'fjs-form-field-error')]//li"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Scrolls to the first field with that label, as a person does on a small screen. */
  void scrollTo(String fieldLabel) {
    WebElement field = driver.findElement(By.xpath(formField(fieldLabel)));
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
  }

  /**
   * Everything a person reads on the page: visible text, then the visible placeholders and the
   * title.
   */
  String readableText() {
    return visibleText() + " " + String.join(" ", placeholders()) + " " + driver.getTitle();
  }

  /** Fails on any string of {@link ForbiddenText} on the page. */
  void assertNoForbiddenText(String step) {
    ForbiddenText.assertNoneIn(screenshotPrefix + step, readableText());
  }

  /**
   * Waits (a few seconds) until the element is inside the visible part of the page; false if it
   * never is.
   */
  boolean comesIntoView(By element) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(250))
          .until(d -> inView(element));
      return true;
    } catch (org.openqa.selenium.TimeoutException e) {
      return false;
    }
  }

  /** Whether the element lies within the page's width, nothing of it cut off left or right. */
  boolean fitsWidth(By element) {
    Object answer =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth;",
                driver.findElement(element));
    return Boolean.TRUE.equals(answer);
  }

  /** Whether the element is inside the visible part of the page (the viewport). */
  boolean inView(By element) {
    WebElement found = driver.findElement(element);
    Object answer =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                    + "return r.top < window.innerHeight && r.bottom > 0 && r.left < window.innerWidth && r.right > 0;",
                found);
    return Boolean.TRUE.equals(answer);
  }

  // ---- The task's record tab and the lookup (Tasklist plugin tasktracking-actions) ----------

  /**
   * Opens a tab of the opened task by its label ("Biểu mẫu", "Thao tác", "Hồ sơ nhiệm vụ", ...).
   */
  void openTaskTab(String label) {
    By tab = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='" + label + "']");
    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(tab));
    // On a phone the tabs may sit at the bottom edge, under Tasklist's notices: bring them to the
    // middle first.
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
    // On a busy machine a click may land before Tasklist listens to the tab: click again until its
    // tab is the active one.
    By active =
        By.xpath(
            "//ul[contains(@class,'nav-tabs')]/li[contains(@class,'active')]/a[normalize-space()='"
                + label
                + "']");
    for (int attempt = 1; ; attempt++) {
      wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
          .until(
              d -> {
                d.findElement(tab).click();
                return true;
              });
      try {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(250))
            .until(ExpectedConditions.presenceOfElementLocated(active));
        break;
      } catch (org.openqa.selenium.TimeoutException notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
    if (label.equals("Biểu mẫu")) {
      waitLong(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    } else if (label.equals(ACTIONS_TAB)) {
      waitForRecord();
    }
  }

  static final String ACTIONS_TAB = "Thao tác";

  /** Waits until the record panel has read the task (its heading shows the register number). */
  void waitForRecord() {
    waitLong(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tt-task-panel .tt-title")));
  }

  /** Whether the record panel offers a section ("Tệp kết quả", "Gia hạn", "Rút nhiệm vụ"). */
  boolean recordOffers(String sectionTitle) {
    return driver
        .findElements(
            By.xpath(
                "//div[contains(@class,'tt-task-panel')]//section/h4[normalize-space()='"
                    + sectionTitle
                    + "']"))
        .stream()
        .anyMatch(WebElement::isDisplayed);
  }

  /** Whether the record panel has a button with that label. */
  boolean recordHasButton(String label) {
    return !driver.findElements(recordButton(label)).isEmpty();
  }

  /** Chooses a file for the result, through the hidden file input behind "Chọn tệp…". */
  void chooseResultFile(Path file) {
    WebElement input =
        waitLong(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".tt-task-panel input.tt-file-input")));
    input.sendKeys(file.toAbsolutePath().toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".tt-task-panel .tt-file-name"), file.getFileName().toString()));
  }

  /** Types into a text area or input of the record panel, found by its label. */
  void typeInRecord(String label, String text) {
    WebElement control =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[contains(@class,'tt-task-panel')]//div[contains(@class,'tt-field')][label[normalize-space()='"
                        + label
                        + "']]//*[self::textarea or self::input]")));
    control.clear();
    control.sendKeys(text);
  }

  /**
   * Picks a day in the record panel's date picker under a label: opens it, moves to the month,
   * clicks the day.
   */
  void pickDateInRecord(String label, java.time.LocalDate date) {
    String field =
        "//div[contains(@class,'tt-task-panel')]//div[contains(@class,'tt-date')][label[normalize-space()='"
            + label
            + "']]";
    click(By.xpath(field + "//button[normalize-space()='Chọn ngày']"));
    String title = "Tháng " + date.getMonthValue() + " năm " + date.getYear();
    for (int i = 0; i < 36; i++) {
      WebElement shown =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.xpath(field + "//span[contains(@class,'tt-calendar-title')]")));
      if (shown.getText().trim().equals(title)) {
        break;
      }
      String[] parts = shown.getText().trim().split(" ");
      java.time.YearMonth at =
          java.time.YearMonth.of(Integer.parseInt(parts[3]), Integer.parseInt(parts[1]));
      click(
          By.xpath(
              field
                  + "//button[@aria-label='"
                  + (at.isBefore(java.time.YearMonth.from(date)) ? "Tháng sau" : "Tháng trước")
                  + "']"));
    }
    click(By.xpath(field + "//button[@data-date='" + date + "']"));
  }

  /**
   * Clicks a button of the record panel and waits for what it says, in the panel, next to it or
   * above.
   */
  void clickInRecord(String label) {
    click(recordButton(label));
  }

  /**
   * Waits until the record panel shows a message containing the text (success above, refusal next
   * to the control).
   */
  void waitForRecordMessage(String text) {
    WebElement message =
        waitLong(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//div[contains(@class,'tt-task-panel')]//*[contains(@class,'tt-message')]["
                        + containsText(text)
                        + "]")));
    // On a phone the panel is below the list: bring what it said into view, as a person scrolls to
    // it.
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", message);
  }

  /** The record panel's text. */
  String recordText() {
    return driver.findElement(By.cssSelector(".tt-task-panel")).getText().replaceAll("\\s+", " ");
  }

  /**
   * Opens the header's bell (behind the menu on a phone) and waits until the inbox lists a message
   * containing the text.
   */
  void openInbox(String containing) {
    By bell = By.cssSelector(".tt-bell-button");
    // After a reload the header's plugins come last.
    waitLong(ExpectedConditions.presenceOfElementLocated(bell));
    openMenuOnPhone();
    click(bell);
    waitLong(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath("//*[contains(@class,'tt-inbox-item')][" + containsText(containing) + "]")));
  }

  /** The inbox's text, whitespace folded. */
  String inboxText() {
    return driver.findElement(By.cssSelector(".tt-inbox")).getText().replaceAll("\\s+", " ");
  }

  /**
   * Finds the task in the register ("Sổ theo dõi nhiệm vụ" in the header, the one place to look a
   * task up) by its register number, opens its record page and waits for the actions under the
   * record.
   */
  void lookUpTask(String registerNumber) {
    openMenuOnPhone();
    click(By.cssSelector("a[data-role=register-link]"));
    By toggle = By.cssSelector(".tt-page [data-role=filter-toggle]");
    wait.until(ExpectedConditions.presenceOfElementLocated(toggle));
    if (driver.findElement(toggle).isDisplayed()
        && "false".equals(driver.findElement(toggle).getDomAttribute("aria-expanded"))) {
      click(toggle);
    }
    WebElement number =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".tt-page .tt-register-form input[name=q]")));
    number.clear();
    number.sendKeys(registerNumber, Keys.ENTER);
    click(
        By.cssSelector(
            ".tt-page tr[data-register-number='" + registerNumber + "'] a[data-role=open]"));
    waitLong(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".tt-page [data-role=record-actions] .tt-task-panel .tt-facts")));
  }

  /**
   * Finds a step of a task through the filters a person has, in order, searching each by register
   * number, and opens it. Fails naming the filters when none lists it.
   */
  void openStepFromFilters(
      List<String> filters, String criterion, String registerNumber, String stepId) {
    for (String filter : filters) {
      openFilter(filter);
      searchByRegisterNumber(criterion, registerNumber);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(250))
            .until(ExpectedConditions.visibilityOfElementLocated(taskInList(stepId)));
      } catch (org.openqa.selenium.TimeoutException notHere) {
        continue;
      }
      openTask(stepId);
      return;
    }
    throw new AssertionError(
        "step " + stepId + " of " + registerNumber + " is in none of the filters " + filters);
  }

  /** Completes the opened step's form ("Hoàn thành") and waits until its entry leaves the list. */
  void completeStep(String stepId) {
    clickButton("Hoàn thành");
    waitLong(ExpectedConditions.invisibilityOfElementLocated(taskInList(stepId)));
  }

  /**
   * Chooses an option of a plain select under a label, opening it again when the first click only
   * closed something else (a date picker still open takes the first click on a busy machine).
   */
  void chooseOption(String fieldLabel, String optionText) {
    String field = formField(fieldLabel);
    By item =
        By.xpath(
            field
                + "//*[contains(@class,'fjs-dropdownlist-item')]["
                + containsText(optionText)
                + "]");
    for (int attempt = 1; ; attempt++) {
      if (attempt == 1) {
        // form-js opens a plain select when its input gets the focus, as a Tab from the field above
        // does.
        WebElement input =
            driver.findElement(
                By.xpath(field + "//input[contains(@class,'fjs-select-hidden-input')]"));
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript("arguments[0].focus()", input);
      } else {
        click(By.xpath(field + "//div[contains(@class,'fjs-input-group')]"));
      }
      try {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(250))
            .until(ExpectedConditions.elementToBeClickable(item))
            .click();
        return;
      } catch (org.openqa.selenium.TimeoutException notOpen) {
        if (attempt == 3) {
          throw notOpen;
        }
      }
    }
  }

  private static By recordButton(String label) {
    return By.xpath(
        "//div[contains(@class,'tt-task-panel')]//button[normalize-space()='" + label + "']");
  }

  /** Waits for one of Tasklist's notifications (top right). */
  void waitForNotification(String text) {
    try {
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.xpath("//*[contains(@class,'notifications')]//*[" + containsText(text) + "]")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "No notification «" + text + "»; the page read: " + visibleText(), e);
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void waitUntilGone(By element) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(element));
  }

  /** Text a person sees on the page, whitespace folded. */
  String visibleText() {
    return driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
  }

  /** Placeholders of the visible inputs, which {@link #visibleText()} leaves out. */
  List<String> placeholders() {
    // Read again when Tasklist redraws the page meanwhile (after a completed step it lists the next
    // one).
    for (int attempt = 1; ; attempt++) {
      try {
        return driver.findElements(By.cssSelector("input[placeholder]")).stream()
            .filter(WebElement::isDisplayed)
            .map(e -> e.getDomAttribute("placeholder"))
            .toList();
      } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
        if (attempt == 3) {
          throw redrawn;
        }
      }
    }
  }

  /** Saves {@code target/screenshots/<prefix><name>.png}. */
  Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(screenshotPrefix + name + ".png");
    try {
      Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.move(taken, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Runs one step of a test and saves its screenshot under the step's name; on failure, saves what
   * the browser showed.
   */
  void recordStep(String name, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | AssertionError e) {
      saveEvidence(name + "-FAILED");
      throw e;
    }
    screenshot(name);
  }

  /** After a failure: what the browser showed, as a picture and as HTML. */
  void saveEvidence(String name) {
    try {
      screenshot(name);
      Files.writeString(
          SCREENSHOTS.resolve(screenshotPrefix + name + ".html"),
          driver.getPageSource(),
          StandardCharsets.UTF_8);
    } catch (RuntimeException | IOException e) {
      // Evidence is a courtesy: the test's own failure is what matters.
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteProfile();
    }
  }

  // ---- Helpers -------------------------------------------------------------------------------

  private void waitForListLoaded() {
    waitLong(
        d ->
            d.findElements(By.cssSelector("[cam-tasks] .loader")).stream()
                    .noneMatch(WebElement::isDisplayed)
                && !d.findElements(By.cssSelector("[cam-tasks] > div.ng-scope")).isEmpty());
  }

  /**
   * Clicks like a person: the element brought to the middle of the screen first, and clicked again
   * while one of Tasklist's notices still covers it (on a phone they cover the bottom of the
   * screen).
   */
  private void click(By element) {
    WebElement target = wait.until(ExpectedConditions.elementToBeClickable(element));
    try {
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
    } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
      // Tasklist redrew the list meanwhile (a reload after a search): the click below finds the
      // element again.
    }
    wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(element).click();
              return true;
            });
  }

  private <T> T waitLong(ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, PAGE_TIMEOUT, Duration.ofMillis(250)).until(condition);
  }

  private static String formField(String fieldLabel) {
    return "//div[contains(@class,'fjs-form-field')][.//label[" + containsText(fieldLabel) + "]]";
  }

  private static String containsText(String text) {
    return "contains(normalize-space(.), '" + text + "')";
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile is harmless.
    }
  }
}
