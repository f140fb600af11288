package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.system.VietnamTime;
import vn.gov.tasktracking.webapp.TasklistBrowser.Screen;

/**
 * What the browser journeys of people's work share: each person signed in in their own Chromium, a
 * step that checks the page for {@link ForbiddenText} and saves its screenshot, the Office's
 * registration with Tasklist's start form, and the engine read only to find a step's entry in the
 * list or to run the background jobs the job executor (off in tests) would run.
 */
final class BrowserJourney implements AutoCloseable {

  static final String REGISTER_PROCESS = "Giao và theo dõi nhiệm vụ";
  static final String CRITERION = "Mã nghiệp vụ của phiên quy trình";
  static final String MY_WORK = "Việc của tôi";
  static final String UNIT_WORK = "Việc của đơn vị";
  static final String AWAITING_ME = "Chờ tôi duyệt";

  private final int port;
  private final String testName;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final List<TasklistBrowser> browsers = new ArrayList<>();

  BrowserJourney(
      int port,
      String testName,
      RuntimeService runtime,
      TaskService tasks,
      ManagementService management) {
    this.port = port;
    this.testName = testName;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  /**
   * A person's own Chromium, signed in to Tasklist; screenshots {@code <test>-<who>NN-name.png}.
   */
  TasklistBrowser signedIn(String who, String username, Screen screen) {
    TasklistBrowser browser =
        new TasklistBrowser("http://localhost:" + port, testName + "-" + who, screen);
    browsers.add(browser);
    step(
        browser,
        "00-signed-in",
        () -> {
          browser.openTasklist();
          browser.signIn(username, TestPeople.PASSWORD);
        });
    return browser;
  }

  /**
   * Runs one step, then checks the page for forbidden text and saves its screenshot; on failure,
   * saves what it showed.
   */
  static void step(TasklistBrowser browser, String name, Runnable action) {
    browser.recordStep(
        name,
        () -> {
          action.run();
          browser.assertNoForbiddenText(name);
        });
  }

  /**
   * Who gives the task in the start form: the committee, or a Vice-Chairman chosen by (part of) the
   * name shown.
   */
  record Issuer(String option, String viceChairman) {
    static final Issuer COMMITTEE = new Issuer("UBND tỉnh", null);

    static Issuer viceChairman(String name) {
      return new Issuer("Phó Chủ tịch UBND tỉnh", name);
    }
  }

  /**
   * The Office registers one task with Tasklist's start form, choosing the units by part of their
   * names; the announcement job runs; returns the register number.
   */
  String register(TasklistBrowser office, String leadUnit, String coordinating) {
    return register(office, Issuer.COMMITTEE, leadUnit, coordinating);
  }

  String register(TasklistBrowser office, Issuer issuer, String leadUnit, String coordinating) {
    String directive = UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/TB-UBND";
    step(office, "01-start-form", () -> office.openStartForm(REGISTER_PROCESS));
    step(
        office,
        "02-registered",
        () -> {
          // The date first: typing elsewhere afterwards closes its picker, which would swallow the
          // select's click.
          office.typeDate("Ngày ban hành", shown(LocalDate.now(VietnamTime.ZONE).minusDays(1)));
          office.typeText("Số, ký hiệu văn bản", directive);
          office.chooseOption("Người/cơ quan giao", issuer.option());
          if (issuer.viceChairman() != null) {
            office.chooseInSelect("Phó Chủ tịch giao việc", issuer.viceChairman());
          }
          office.typeText("Trích yếu văn bản", "Kết luận giao ban tháng (kiểm thử hành trình)");
          office.typeText(
              "Nội dung nhiệm vụ",
              "Rà soát chất lượng công trình xây dựng trọng điểm (kiểm thử hành trình)");
          office.chooseInSelect("Đơn vị chủ trì", leadUnit);
          if (coordinating != null) {
            office.chooseInTagList("Các đơn vị phối hợp", coordinating);
          }
          office.chooseRadio("Theo số ngày làm việc");
          office.typeText("Số ngày làm việc kể từ ngày ban hành", "20");
          office.clickDialogButton("Khởi tạo");
          office.waitUntilGone(By.cssSelector(".modal .fjs-container"));
        });
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(AssignmentService.PROCESS_KEY)
            .variableValueEquals("number", directive)
            .singleResult();
    assertThat(instance)
        .as("task registered by the start form with directive %s", directive)
        .isNotNull();
    runJobs(instance.getBusinessKey());
    return instance.getBusinessKey();
  }

  /**
   * The id of the open step, read from the engine only to find its entry in the list. The browser's
   * last «Hoàn thành» may still be on its way to the server (on a phone the list entry it waits for
   * is off screen, on a loaded machine the request is slow): waits up to a minute for the step to
   * open.
   */
  String step(String businessKey, String activity) {
    return step(businessKey, activity, null);
  }

  /**
   * As above, once the step is another than {@code previous} (the same step opened again after it
   * completed).
   */
  String step(String businessKey, String activity, String previous) {
    List<Task> open = List.of();
    for (long until = System.currentTimeMillis() + 60_000; System.currentTimeMillis() < until; ) {
      open =
          tasks
              .createTaskQuery()
              .processInstanceBusinessKey(businessKey)
              .taskDefinitionKey(activity)
              .list();
      if (!open.isEmpty() && (previous == null || !open.get(0).getId().equals(previous))) {
        break;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    assertThat(open).as("open step %s of %s", activity, businessKey).hasSize(1);
    return open.get(0).getId();
  }

  /** Runs the jobs the job executor would run now (not timers still ahead). */
  void runJobs(String businessKey) {
    for (ProcessInstance instance :
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
      management
          .createJobQuery()
          .processInstanceId(instance.getId())
          .executable()
          .list()
          .forEach(job -> management.executeJob(job.getId()));
    }
  }

  /**
   * Runs the timer of an activity as the job executor does when its time comes (the visit's day, in
   * the test's today).
   */
  void fireTimer(String businessKey, String activity) {
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
    List<Job> timers =
        management
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activity)
            .timers()
            .list();
    assertThat(timers).as("timer %s of %s", activity, businessKey).hasSize(1);
    management.executeJob(timers.get(0).getId());
  }

  /** A date as people read and type it: dd/MM/yyyy. */
  static String shown(LocalDate date) {
    return String.format(
        "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  @Override
  public void close() {
    browsers.forEach(TasklistBrowser::close);
    browsers.clear();
  }
}
