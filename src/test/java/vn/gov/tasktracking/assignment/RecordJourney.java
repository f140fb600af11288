package vn.gov.tasktracking.assignment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.internal.AssignmentController;
import vn.gov.tasktracking.assignment.internal.DocumentStore;
import vn.gov.tasktracking.deadline.ExtensionService;

/**
 * A whole journey of one task through the register, each step taken by the person whose step it is
 * (the engine's authentication set to them, as the webapps and the REST filters do): the Office
 * registers it with the directive's file (lead Sở Xây dựng, Sở Tài chính coordinating), the unit
 * receives it, Sở Tài chính gives its input, the officer reports progress, asks for an extension
 * that the Vice-Chairman approves, reminders, the overdue mark, the explanation and the escalation
 * come on the engine's clock, the result goes back from the leader and from the Office before the
 * Office accepts it. The clock is reset at the end.
 */
public class RecordJourney {

  public static final String CONTENT = "Lập quy hoạch chung đô thị Đồng Đăng";
  public static final String PROGRESS_NOTE = "Đã lấy ý kiến các xã";
  public static final String COORDINATION_INPUT =
      "Sở Tài chính bố trí kinh phí lập quy hoạch trong dự toán 2026";
  public static final String EXTENSION_REASON = "Chờ ý kiến thẩm định của Bộ Xây dựng";
  public static final String EXPLANATION =
      "Hồ sơ thẩm định phải bổ sung theo yêu cầu của Bộ Xây dựng";
  public static final String LEADER_COMMENT = "Bổ sung bản đồ hiện trạng";
  public static final String OFFICE_COMMENT = "Nêu rõ tiến độ từng giai đoạn";
  public static final String FINAL_RESULT = "Đã trình phê duyệt quy hoạch chung đô thị Đồng Đăng";
  public static final String DIRECTIVE_FILE = "ket-luan-dong-dang.pdf";
  public static final String RESULT_FILE = "bao-cao-ket-qua.pdf";

  private final AssignmentService assignment;
  private final ExtensionService extensions;
  private final DocumentStore documents;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final AssignmentController results;

  public RecordJourney(ApplicationContext context) {
    this.assignment = context.getBean(AssignmentService.class);
    this.extensions = context.getBean(ExtensionService.class);
    this.documents = context.getBean(DocumentStore.class);
    this.tasks = context.getBean(TaskService.class);
    this.management = context.getBean(ManagementService.class);
    this.identity = context.getBean(IdentityService.class);
    this.runtime = context.getBean(RuntimeService.class);
    this.results = context.getBean(AssignmentController.class);
  }

  /**
   * Registers a task for a unit and announces it (no further step); returns its register number.
   */
  public String registerFor(
      String unit, List<String> coordinating, String content, LocalDate deadline) {
    return as(
        TestPeople.OFFICE_SPECIALIST,
        () -> {
          String number =
              assignment
                  .register(
                      new DirectiveRequest(
                          UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "/TB-UBND",
                          today(),
                          "VICE_CHAIRMAN",
                          TestPeople.VICE_CHAIRMAN,
                          "Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc",
                          null,
                          List.of(
                              new DirectiveRequest.TaskRequest(
                                  content, unit, coordinating, deadline, null, false))))
                  .registerNumbers()
                  .get(0);
          runJobs(number);
          return number;
        });
  }

  /**
   * Registers a task as {@link #registerFor} on an earlier day (the engine's clock then), back to
   * now after.
   */
  public String registerOn(LocalDate day, String unit, String content, LocalDate deadline) {
    try {
      setToday(day);
      return registerFor(unit, List.of(), content, deadline);
    } finally {
      ClockUtil.reset();
    }
  }

  /** The whole journey; returns the register number. */
  public String travel() {
    try {
      setToday(LocalDate.of(2026, 3, 2));
      long directiveFile =
          documents.save(
              DIRECTIVE_FILE,
              "application/pdf",
              "%PDF-1.4 kết luận".getBytes(StandardCharsets.UTF_8),
              TestPeople.OFFICE_SPECIALIST);
      String number =
          as(
              TestPeople.OFFICE_SPECIALIST,
              () ->
                  assignment
                      .register(
                          new DirectiveRequest(
                              UUID.randomUUID().toString().substring(0, 6).toUpperCase()
                                  + "/KL-UBND",
                              LocalDate.of(2026, 3, 2),
                              "VICE_CHAIRMAN",
                              TestPeople.VICE_CHAIRMAN,
                              "Kết luận về phát triển đô thị cửa khẩu",
                              directiveFile,
                              List.of(
                                  new DirectiveRequest.TaskRequest(
                                      CONTENT,
                                      "SXD",
                                      List.of("STC"),
                                      LocalDate.of(2026, 3, 20),
                                      null,
                                      true))))
                      .registerNumbers()
                      .get(0));
      runJobs(number);

      complete(
          TestPeople.SXD_OFFICER,
          number,
          "Task_ReceiveTask",
          Map.of("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
      setToday(LocalDate.of(2026, 3, 4));
      complete(
          TestPeople.STC_OFFICER,
          number,
          "Task_CoordinatingInput",
          Map.of("coordinationInput", COORDINATION_INPUT));
      setToday(LocalDate.of(2026, 3, 6));
      complete(
          TestPeople.SXD_OFFICER,
          number,
          "Task_CarryOutWork",
          Map.of("workAction", "PROGRESS", "progressPercent", 40, "progressNote", PROGRESS_NOTE));

      setToday(LocalDate.of(2026, 3, 10));
      as(
          TestPeople.SXD_OFFICER,
          () -> extensions.request(number, EXTENSION_REASON, LocalDate.of(2026, 3, 31)));
      setToday(LocalDate.of(2026, 3, 11));
      complete(
          TestPeople.VICE_CHAIRMAN,
          number,
          "Task_DecideExtension",
          Map.of(
              "extensionDecision",
              "APPROVE",
              "approvedDeadline",
              "2026-03-25",
              "extensionComment",
              "Gia hạn đến 25/03"));

      // Reminders before and on 25/03, overdue at its end, the notice with the explanation asked,
      // repeats, escalation.
      while (assignment.task(number).escalatedAt() == null) {
        fireTimer(number);
        if (open(number, "Task_ExplainDelay") != null) {
          complete(
              TestPeople.SXD_OFFICER,
              number,
              "Task_ExplainDelay",
              Map.of("explanation", EXPLANATION));
        }
      }

      setToday(LocalDate.of(2026, 4, 9));
      long resultFile =
          documents.save(
              RESULT_FILE,
              "application/pdf",
              "%PDF-1.4 kết quả".getBytes(StandardCharsets.UTF_8),
              TestPeople.SXD_OFFICER);
      complete(
          TestPeople.SXD_OFFICER,
          number,
          "Task_CarryOutWork",
          Map.of("workAction", "RESULT", "resultText", "Dự thảo quy hoạch lần 1"));
      complete(
          TestPeople.SXD_LEADER,
          number,
          "Task_LeaderSignOff",
          Map.of("leaderDecision", "RETURN", "leaderComment", LEADER_COMMENT));
      complete(
          TestPeople.SXD_OFFICER,
          number,
          "Task_CarryOutWork",
          Map.of("workAction", "RESULT", "resultText", "Dự thảo quy hoạch lần 2"));
      complete(
          TestPeople.SXD_LEADER, number, "Task_LeaderSignOff", Map.of("leaderDecision", "APPROVE"));
      complete(
          TestPeople.OFFICE_SPECIALIST,
          number,
          "Task_ReviewResult",
          Map.of("reviewDecision", "RETURN", "reviewComment", OFFICE_COMMENT));
      // The result with its file goes the way the product takes it: POST /api/tasks/{n}/result (a
      // person's
      // completion may carry only the form's fields; the file's id is the product's to send).
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(300)));
      as(
          TestPeople.SXD_OFFICER,
          () -> {
            results.result(
                number,
                new AssignmentController.ResultRequest(FINAL_RESULT, "45/BC-SXD", resultFile));
            return null;
          });
      runJobs(number);
      complete(
          TestPeople.SXD_LEADER,
          number,
          "Task_LeaderSignOff",
          Map.of("leaderDecision", "APPROVE", "leaderComment", "Đồng ý trình"));
      // Tasklist's form sends its emptied comment field; without it the earlier return comment,
      // still a process
      // variable, would be recorded with the acceptance.
      complete(
          TestPeople.OFFICE_SPECIALIST,
          number,
          "Task_ReviewResult",
          Map.of("reviewDecision", "ACCEPT", "reviewComment", ""));
      return number;
    } finally {
      ClockUtil.reset();
    }
  }

  /** Completes the open step of that kind as its person would, in Tasklist. */
  public void complete(String user, String number, String step, Map<String, Object> variables) {
    Task task = open(number, step);
    if (task == null) {
      throw new IllegalStateException(number + " has no open " + step);
    }
    // People act one after another, a few minutes apart.
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(300)));
    as(
        user,
        () -> {
          tasks.complete(task.getId(), variables);
          return null;
        });
    runJobs(number);
  }

  public Task open(String number, String step) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(number)
        .taskDefinitionKey(step)
        .singleResult();
  }

  private void fireTimer(String number) {
    Job timer =
        management.createJobQuery().processInstanceId(instance(number)).timers().singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
    runJobs(number);
  }

  private void runJobs(String number) {
    var instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    if (instance == null) {
      return;
    }
    for (Job job :
        management
            .createJobQuery()
            .processInstanceId(instance.getId())
            .executable()
            .messages()
            .list()) {
      management.executeJob(job.getId());
    }
  }

  private String instance(String number) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(number)
        .singleResult()
        .getId();
  }

  private <T> T as(String user, Supplier<T> work) {
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.ofHours(7));
  }

  private static void setToday(LocalDate date) {
    ClockUtil.setCurrentTime(
        Date.from(date.atTime(9, 0).atZone(ZoneOffset.ofHours(7)).toInstant()));
  }
}
