package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.gov.tasktracking.webapp.BrowserJourney.CRITERION;
import static vn.gov.tasktracking.webapp.BrowserJourney.MY_WORK;
import static vn.gov.tasktracking.webapp.BrowserJourney.UNIT_WORK;
import static vn.gov.tasktracking.webapp.BrowserJourney.shown;
import static vn.gov.tasktracking.webapp.BrowserJourney.step;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.inspection.InspectionPeople;
import vn.gov.tasktracking.inspection.InspectionService;
import vn.gov.tasktracking.inspection.internal.InspectionView;
import vn.gov.tasktracking.system.SystemWork;
import vn.gov.tasktracking.system.VietnamTime;
import vn.gov.tasktracking.webapp.TasklistBrowser.Screen;

/**
 * An inspection visit of the Chairman's working group, each person in their own headless Chromium,
 * through the Vietnamese Tasklist only (issue 13): the Office plans it with the start form of «Kiểm
 * tra của Tổ công tác», the leader approves the plan, the unit's focal point submits its report
 * with a petition (on a phone), each of the group records findings (the member on a phone), the
 * leader issues the conclusion, whose requirements become tracked tasks the unit finds in its
 * filter; the Office routes the petition to the Chairman, who answers it (on a phone), and the unit
 * reads the answer in its inbox. The visit's day is a timer: the test runs it as the job executor
 * would on that day. Screenshots {@code target/screenshots/<test>-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionJourneyBrowserIT {

  private static final String VISIT_PROCESS = "Kiểm tra của Tổ công tác";

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired AssignmentService assignment;
  @Autowired InspectionService inspections;
  @Autowired WorkingDayCalendar calendar;

  private BrowserJourney journey;

  @BeforeEach
  void browserAndPeople(TestInfo test) {
    assumeTrue(
        TasklistBrowser.installed(),
        "No browser installed: apt-get install chromium chromium-driver");
    InspectionPeople.ensure(directory);
    journey =
        new BrowserJourney(
            port, test.getTestMethod().orElseThrow().getName(), runtime, tasks, management);
  }

  @AfterEach
  void closeBrowsers() {
    if (journey != null) {
      journey.close();
    }
  }

  @Test
  void fromThePlanToTheConclusionsTasksAndThePetitionsAnswer() {
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    LocalDate visitDay = calendar.addWorkingDays(today, 10);
    String content =
        "Kiểm tra việc thực hiện nhiệm vụ UBND tỉnh giao (kiểm thử hành trình "
            + System.nanoTime()
            + ")";

    // The Office plans the visit with the process's start form.
    TasklistBrowser office =
        journey.signedIn("office-", TestPeople.OFFICE_SPECIALIST, Screen.DESKTOP);
    step(office, "01-plan-form", () -> office.openStartForm(VISIT_PROCESS));
    assertThat(office.visibleText()).contains("Để trống: 3 ngày làm việc trước ngày kiểm tra.");
    step(
        office,
        "02-planned",
        () -> {
          office.typeDate("Kỳ kiểm tra từ ngày", shown(today.minusDays(90)));
          office.typeDate("Kỳ kiểm tra đến ngày", shown(today.minusDays(1)));
          office.typeDate("Ngày kiểm tra", shown(visitDay));
          office.typeText("Mã đơn vị được kiểm tra", "SXD");
          office.typeText("Tổ trưởng Tổ công tác", InspectionPeople.LEADER);
          office.typeText("Thành viên (tên đăng nhập", InspectionPeople.MEMBER_1);
          office.typeText("Nội dung kiểm tra", content);
          office.clickDialogButton("Khởi tạo");
          office.waitUntilGone(By.cssSelector(".modal .fjs-container"));
        });
    ProcessInstance visit =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(InspectionService.PROCESS_KEY)
            .variableValueEquals("content", content)
            .singleResult();
    assertThat(visit).as("visit planned by the start form").isNotNull();
    String code = visit.getBusinessKey();
    long id = Long.parseLong(code.substring(code.lastIndexOf('-') + 1));
    InspectionView planned = SystemWork.call(() -> inspections.view(id));
    assertThat(planned.visitDate()).isEqualTo(visitDay);
    assertThat(planned.periodFrom()).isEqualTo(today.minusDays(90));

    // The leader approves the plan, from their own list.
    TasklistBrowser leader = journey.signedIn("leader-", InspectionPeople.LEADER, Screen.DESKTOP);
    String approve = journey.step(code, "Task_ApprovePlan");
    step(
        leader,
        "01-approve-open",
        () -> leader.openStepFromFilters(List.of(MY_WORK), CRITERION, code, approve));
    assertThat(leader.entryText(approve)).contains("Duyệt kế hoạch kiểm tra", code);
    assertThat(leader.fieldValue("Buổi kiểm tra")).contains(code, "Sở Xây dựng", shown(visitDay));
    step(
        leader,
        "02-approved",
        () -> {
          leader.chooseRadio("Duyệt kế hoạch");
          leader.completeStep(approve);
        });
    assertThat(SystemWork.call(() -> inspections.view(id)).status().name())
        .isEqualTo("AWAITING_REPORT");

    // The unit's focal point submits the report, on a phone: an explanation per late task, a
    // petition.
    TasklistBrowser sxd = journey.signedIn("sxd-", TestPeople.SXD_OFFICER, Screen.PHONE);
    String report = journey.step(code, "Task_SubmitUnitReport");
    step(
        sxd,
        "01-report-open",
        () -> {
          sxd.openStepFromFilters(List.of(UNIT_WORK), CRITERION, code, report);
          sxd.claim();
        });
    // A long label wraps on a phone instead of losing its end ("mỗi dòng: số vào sổ: nội dung giải
    // trình").
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) sxd.driver())
                .executeScript(
                    "const l = [...document.querySelectorAll('.fjs-form-field-label')].find(e => e.textContent.includes('Giải trình'));"
                        + "return l.scrollWidth > l.clientWidth;"))
        .as("explanations' label cut off on a phone")
        .isEqualTo(false);
    String explained = explainEach(sxd.fieldValue("Giải trình nhiệm vụ chậm"));
    step(
        sxd,
        "02-report-submitted",
        () -> {
          if (!explained.isEmpty()) {
            sxd.typeText("Giải trình nhiệm vụ chậm", explained);
          }
          sxd.typeText(
              "Kết quả nổi bật",
              "Hoàn thành 18/20 nhiệm vụ đúng hạn; rà soát xong quy hoạch xây dựng vùng huyện.");
          sxd.typeText("Khó khăn, vướng mắc", "Thiếu cán bộ thẩm định.");
          sxd.typeText(
              "Kiến nghị (mỗi dòng một kiến nghị)",
              "Đề nghị bổ sung 02 biên chế thẩm định xây dựng.");
          sxd.completeStep(report);
        });
    assertThat(SystemWork.call(() -> inspections.view(id)).report().keyResults())
        .startsWith("Hoàn thành 18/20");

    // The visit's day comes.
    journey.fireTimer(code, "Timer_UntilVisitDay");

    // Each of the group records findings: the member on a phone, the leader on a desktop.
    TasklistBrowser member = journey.signedIn("member-", InspectionPeople.MEMBER_1, Screen.PHONE);
    String memberFindings = findingsStepOf(code, InspectionPeople.MEMBER_1);
    step(
        member,
        "01-findings-open",
        () -> member.openStepFromFilters(List.of(MY_WORK), CRITERION, code, memberFindings));
    step(
        member,
        "02-findings-recorded",
        () -> {
          member.typeText(
              "Phát hiện, hạn chế",
              "Hồ sơ 02 nhiệm vụ chưa cập nhật tiến độ.\nChưa có kế hoạch khắc phục nhiệm vụ quá hạn.");
          member.completeStep(memberFindings);
        });
    String leaderFindings = findingsStepOf(code, InspectionPeople.LEADER);
    step(
        leader,
        "03-findings-open",
        () -> leader.openStepFromFilters(List.of(MY_WORK), CRITERION, code, leaderFindings));
    step(
        leader,
        "04-findings-recorded",
        () -> {
          leader.typeText("Phát hiện, hạn chế", "Báo cáo định kỳ gửi chậm 5 ngày.");
          leader.completeStep(leaderFindings);
        });
    assertThat(SystemWork.call(() -> inspections.view(id)).findings()).hasSize(3);

    // The leader issues the conclusion; each requirement becomes a task of the unit.
    LocalDate first = today.plusDays(30);
    LocalDate second = today.plusDays(60);
    String conclude = journey.step(code, "Task_IssueConclusion");
    step(
        leader,
        "05-conclusion-open",
        () -> leader.openStepFromFilters(List.of(MY_WORK), CRITERION, code, conclude));
    step(
        leader,
        "06-concluded",
        () -> {
          leader.typeText(
              "Đánh giá",
              "Sở Xây dựng thực hiện cơ bản đầy đủ nhiệm vụ được giao; còn chậm báo cáo.");
          leader.typeText(
              "Yêu cầu đối với đơn vị",
              "Cập nhật tiến độ các nhiệm vụ còn thiếu | "
                  + shown(first)
                  + "\nXây dựng kế hoạch khắc phục nhiệm vụ quá hạn | "
                  + shown(second));
          leader.completeStep(conclude);
        });
    List<String> requirements = inspections.requirementNumbers(id);
    assertThat(requirements).hasSize(2);
    TaskView firstTask = assignment.task(requirements.get(0));
    assertThat(firstTask.content()).isEqualTo("Cập nhật tiến độ các nhiệm vụ còn thiếu");
    assertThat(firstTask.leadUnit()).isEqualTo("SXD");
    assertThat(firstTask.currentDeadline()).isEqualTo(calendar.deadline(first).due());
    assertThat(assignment.task(requirements.get(1)).currentDeadline())
        .isEqualTo(calendar.deadline(second).due());

    // The unit finds the requirement among its tasks.
    requirements.forEach(journey::runJobs);
    String receive = journey.step(requirements.get(0), "Task_ReceiveTask");
    step(
        sxd,
        "03-requirement-in-unit-work",
        () -> sxd.openStepFromFilters(List.of(UNIT_WORK), CRITERION, requirements.get(0), receive));
    assertThat(sxd.entryText(receive)).contains(requirements.get(0), "Cập nhật tiến độ");

    // The petition: the Office routes it to the Chairman, who answers it on a phone.
    String petitionKey = code + "-KN-1";
    String route = journey.step(petitionKey, "Task_RoutePetition");
    step(
        office,
        "03-petition-open",
        () -> {
          office.openStepFromFilters(List.of(UNIT_WORK), CRITERION, petitionKey, route);
          office.claim();
        });
    assertThat(office.fieldValue("Kiến nghị")).contains("bổ sung 02 biên chế");
    assertThat(office.entryText(route)).contains(petitionKey + " · Đề nghị bổ sung 02 biên chế");
    step(
        office,
        "04-petition-routed",
        () -> {
          office.chooseInSelect("Trình lãnh đạo cho ý kiến", "Chủ Tịch Kiểm Thử");
          office.completeStep(route);
        });
    TasklistBrowser chairman =
        journey.signedIn("chairman-", InspectionPeople.CHAIRMAN, Screen.PHONE);
    String answer = journey.step(petitionKey, "Task_DecidePetition");
    step(
        chairman,
        "01-petition-open",
        () -> chairman.openStepFromFilters(List.of(MY_WORK), CRITERION, petitionKey, answer));
    step(
        chairman,
        "02-answered",
        () -> {
          chairman.typeText(
              "Ý kiến trả lời", "Giao Sở Nội vụ thẩm định, trình UBND tỉnh trong quý tới.");
          chairman.completeStep(answer);
        });
    assertThat(SystemWork.call(() -> inspections.view(id)).petitions())
        .singleElement()
        .satisfies(p -> assertThat(p.answer()).startsWith("Giao Sở Nội vụ thẩm định"));

    // The unit reads the answer in its inbox.
    step(
        sxd,
        "04-inbox",
        () -> {
          sxd.driver().navigate().refresh();
          sxd.openInbox("Trả lời kiến nghị");
        });
    assertThat(sxd.fitsWidth(By.cssSelector(".tt-inbox")))
        .as("the inbox within the screen")
        .isTrue();
    assertThat(sxd.inboxText()).contains("Trả lời kiến nghị của Sở Xây dựng (" + code + ")");
  }

  /** The unit's explanation after each late task the form lists ("NV-…: "), one per line. */
  private static String explainEach(String listed) {
    if (listed == null || listed.isBlank()) {
      return "";
    }
    return listed
        .lines()
        .filter(l -> !l.isBlank())
        .map(l -> l.substring(0, l.indexOf(':') + 1) + " Chờ ý kiến thẩm định của Bộ Xây dựng.")
        .collect(Collectors.joining("\n"));
  }

  private String findingsStepOf(String code, String username) {
    List<Task> open =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(code)
            .taskDefinitionKey("Task_RecordFindings")
            .taskAssignee(username)
            .list();
    assertThat(open).as("findings step of %s", username).hasSize(1);
    return open.get(0).getId();
  }
}
