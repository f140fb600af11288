package vn.gov.tasktracking.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.gov.tasktracking.importing.ImportSheets.row;
import static vn.gov.tasktracking.importing.ImportSheets.workbook;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.StatusClass;
import vn.gov.tasktracking.assignment.TaskStatus;
import vn.gov.tasktracking.assignment.TaskView;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * An imported task still open past its deadline is tracked like a live one: reminders, escalation,
 * completion.
 */
@SpringBootTest
@ActiveProfiles("test")
class ImportedTaskProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskImportService imports;
  @Autowired AssignmentService assignment;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TestPeople.ensure(directory);
    // Imported on Wednesday 25/03/2026, 09:00.
    ClockUtil.setCurrentTime(vietnam(2026, 3, 25, 9));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void importedOverdueTaskGetsTheRepeatedOverdueNoticeThenEscalatesToItsIssuerAndCompletesLate() {
    String number = UUID.randomUUID().toString().substring(0, 6) + "/KL-PCT";
    // Deadline Friday 20/03/2026: three working days overdue when imported.
    TaskImportService.ImportResult result =
        imports.importTasks(
            "cu.xlsx",
            workbook(
                List.<Object[]>of(
                    row(
                        number,
                        "02/03/2026",
                        TestPeople.VICE_CHAIRMAN,
                        null,
                        "Hoàn thiện hồ sơ dự án",
                        "SXD",
                        null,
                        "20/03/2026",
                        null,
                        null,
                        TestPeople.SXD_OFFICER))));
    String registerNumber = result.tasks().get(0).registerNumber();
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult();
    assertThat(instance).isWaitingAt("Task_CarryOutWork", "Timer_NextReminder");
    assertThat(assignment.task(registerNumber).overdueSince())
        .isEqualTo(vietnam(2026, 3, 21, 0).toInstant());

    // Moments already past are not replayed at import; the watch goes on from now: the repeat
    // (6 working days after the deadline) on Monday 30/03, then escalation (10 days) on Friday
    // 03/04.
    assertThat(timer(instance).getDuedate()).isEqualTo(vietnam(2026, 3, 30, 8));
    fireTimer(instance);
    assertThat(told(TestPeople.SXD_OFFICER, "OVERDUE", registerNumber)).isEqualTo(1);
    assertThat(told(TestPeople.SXD_LEADER, "OVERDUE", registerNumber)).isEqualTo(1);

    assertThat(timer(instance).getDuedate()).isEqualTo(vietnam(2026, 4, 3, 8));
    fireTimer(instance);
    assertThat(told(TestPeople.VICE_CHAIRMAN, "ESCALATION", registerNumber)).isEqualTo(1);
    assertThat(assignment.task(registerNumber).escalatedAt())
        .isEqualTo(vietnam(2026, 4, 3, 8).toInstant());

    // The officer finishes the work through the same step as a live task: progress, then the
    // result.
    complete(
        task("Task_CarryOutWork", instance),
        withVariables("workAction", "PROGRESS", "progressPercent", 80));
    complete(
        task("Task_CarryOutWork", instance),
        withVariables("workAction", "RESULT", "resultText", "Đã hoàn thiện hồ sơ"));
    assertThat(task("Task_LeaderSignOff", instance)).hasCandidateUser(TestPeople.SXD_LEADER);
    complete(task("Task_LeaderSignOff", instance), withVariables("leaderDecision", "APPROVE"));
    complete(task("Task_ReviewResult", instance), withVariables("reviewDecision", "ACCEPT"));
    assertThat(instance).isEnded();
    TaskView done = assignment.task(registerNumber);
    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(done.completedOn()).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(done.statusClass()).isEqualTo(StatusClass.COMPLETED_LATE);
  }

  @Test
  void importedOpenTaskWithoutOfficerIsReceivedByItsUnitAndThenRemindedBeforeItsDeadline() {
    String number = UUID.randomUUID().toString().substring(0, 6) + "/TB-UBND";
    TaskImportService.ImportResult result =
        imports.importTasks(
            "cu.xlsx",
            workbook(
                List.<Object[]>of(
                    row(
                        number,
                        "02/03/2026",
                        "UBND tỉnh",
                        null,
                        "Kiểm tra an toàn công trình",
                        "SXD",
                        null,
                        "03/04/2026",
                        null,
                        null,
                        null))));
    String registerNumber = result.tasks().get(0).registerNumber();
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult();
    assertThat(instance).isWaitingAt("Task_ReceiveTask", "Timer_NextReminder");
    // Three working days before Friday 03/04 is Tuesday 31/03.
    assertThat(task(instance).getFollowUpDate()).isEqualTo(vietnam(2026, 3, 31, 8));

    complete(
        task(instance),
        withVariables("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
    assertThat(assignment.task(registerNumber).status()).isEqualTo(TaskStatus.IN_PROGRESS);
    fireTimer(instance);
    assertThat(told(TestPeople.SXD_OFFICER, "REMINDER", registerNumber)).isEqualTo(1);
  }

  private Job timer(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
  }

  private void fireTimer(ProcessInstance instance) {
    Job timer = timer(instance);
    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
  }

  private long told(String recipient, String kind, String registerNumber) {
    return jdbc.sql(
            "select count(*) from notification_log where recipient = ? and kind = ? and register_number = ?")
        .params(recipient, kind, registerNumber)
        .query(Long.class)
        .single();
  }

  private static Date vietnam(int year, int month, int day, int hour) {
    return Date.from(
        LocalDate.of(year, month, day).atTime(hour, 0).atZone(ZoneOffset.ofHours(7)).toInstant());
  }
}
