package vn.gov.tasktracking.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.reset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.notification.NotificationKind;
import vn.gov.tasktracking.notification.NotificationService;

/**
 * The register and the engine share one transaction: a step that fails half-way leaves neither the
 * register nor the engine changed. The failure is injected where it hurts most: after the register
 * has been written and the engine has moved.
 */
@SpringBootTest
class AssignmentTransactionIT {

  @Autowired AssignmentService assignment;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;
  @MockitoSpyBean NotificationService notifications;
  @MockitoSpyBean RuntimeService runtimeSpy;
  @Autowired ManagementService management;

  @BeforeEach
  void people() {
    TestPeople.ensure(directory);
  }

  @AfterEach
  void heal() {
    reset(notifications, runtimeSpy);
  }

  @Test
  void aFailureWhileStartingTheSecondTaskLeavesNoDirectiveNoTaskAndNoProcess() {
    String number = UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND";
    long processesBefore =
        runtime.createProcessInstanceQuery().processDefinitionKey("task-assignment").count();
    doCallRealMethod()
        .doThrow(new IllegalStateException("máy chủ quy trình quá tải"))
        .when(runtimeSpy)
        .startProcessInstanceByKey(eq("task-assignment"), anyString(), anyMap());

    assertThatThrownBy(
            () ->
                assignment.register(
                    new DirectiveRequest(
                        number,
                        LocalDate.of(2026, 11, 2),
                        "COMMITTEE",
                        null,
                        "Trích yếu",
                        null,
                        List.of(
                            new TaskRequest("Nhiệm vụ một", "SXD", List.of(), null, null, false),
                            new TaskRequest(
                                "Nhiệm vụ hai", "CAOLOC", List.of(), null, null, false)))))
        .hasMessageContaining("máy chủ quy trình quá tải");

    assertThat(
            jdbc.sql("select count(*) from directive where number = ?")
                .param(number)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from assigned_task where content in ('Nhiệm vụ một', 'Nhiệm vụ hai') and directive_id not in (select id from directive)")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("task-assignment").count())
        .isEqualTo(processesBefore);
  }

  @Test
  void aFailureAfterTheResultIsRecordedLeavesTheStepOpenAndTheRegisterUnchanged() {
    String number = UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND";
    String registerNumber =
        assignment
            .register(
                new DirectiveRequest(
                    number,
                    LocalDate.of(2026, 11, 2),
                    "COMMITTEE",
                    null,
                    "Trích yếu",
                    null,
                    List.of(
                        new TaskRequest(
                            "Nhiệm vụ giao dịch", "SXD", List.of(), null, null, false))))
            .registerNumbers()
            .get(0);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult()
            .getId();
    management.executeJob(
        management.createJobQuery().processInstanceId(instance).singleResult().getId());
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
    Task submit =
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_CarryOutWork")
            .singleResult();
    doThrow(notifications, NotificationKind.RESULT_AWAITING_SIGNOFF);

    assertThatThrownBy(
            () ->
                tasks.complete(
                    submit.getId(),
                    Map.of("workAction", "RESULT", "resultText", "Kết quả đã hoàn thành")))
        .hasRootCauseMessage("hộp thư hỏng");

    assertThat(tasks.createTaskQuery().taskId(submit.getId()).count()).isEqualTo(1);
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey("Task_LeaderSignOff")
                .count())
        .isZero();
    TaskView task = assignment.task(registerNumber);
    assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(
            jdbc.sql("select count(*) from task_submission where task_id = ?")
                .param(task.id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aFailedAnnouncementIsRetriedLaterAndLeavesTheTaskRegisteredWithNobodyTold() {
    String number = UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND";
    String registerNumber =
        assignment
            .register(
                new DirectiveRequest(
                    number,
                    LocalDate.of(2026, 11, 2),
                    "COMMITTEE",
                    null,
                    "Trích yếu",
                    null,
                    List.of(
                        new TaskRequest("Nhiệm vụ báo lỗi", "SXD", List.of(), null, null, false))))
            .registerNumbers()
            .get(0);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult()
            .getId();
    long inboxBefore = jdbc.sql("select count(*) from notification").query(Long.class).single();
    doThrow(notifications, NotificationKind.NEW_TASK);
    Job job = management.createJobQuery().processInstanceId(instance).singleResult();

    assertThatThrownBy(() -> management.executeJob(job.getId()))
        .hasMessageContaining("hộp thư hỏng");

    assertThat(assignment.task(registerNumber).status()).isEqualTo(TaskStatus.REGISTERED);
    assertThat(jdbc.sql("select count(*) from notification").query(Long.class).single())
        .isEqualTo(inboxBefore);
    assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();

    reset(notifications);
    management.executeJob(job.getId());
    assertThat(assignment.task(registerNumber).status()).isEqualTo(TaskStatus.WAITING_RECEIPT);
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey("Task_ReceiveTask")
                .count())
        .isEqualTo(1);
  }

  @Test
  void aReminderJobRetriedAfterAFailureStillNotifiesOnce() {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(java.time.Instant.parse("2026-03-02T02:00:00Z")));
    String number = UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND";
    String registerNumber =
        assignment
            .register(
                new DirectiveRequest(
                    number,
                    LocalDate.of(2026, 3, 2),
                    "COMMITTEE",
                    null,
                    "Trích yếu",
                    null,
                    List.of(
                        new TaskRequest(
                            "Nhiệm vụ nhắc việc",
                            "SXD",
                            List.of(),
                            LocalDate.of(2026, 3, 20),
                            null,
                            false))))
            .registerNumbers()
            .get(0);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult()
            .getId();
    management.executeJob(
        management.createJobQuery().processInstanceId(instance).singleResult().getId());
    Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
    doThrow(notifications, NotificationKind.REMINDER);

    try {
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(timer.getDuedate());
      assertThatThrownBy(() -> management.executeJob(timer.getId()))
          .hasMessageContaining("hộp thư hỏng");
      reset(notifications);
      management.executeJob(timer.getId());
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    long taskId = assignment.task(registerNumber).id();
    assertThat(
            jdbc.sql(
                    "select count(*) from notification_log where kind = 'REMINDER' and register_number = ?")
                .param(registerNumber)
                .query(Long.class)
                .single())
        .isEqualTo(
            jdbc.sql(
                    "select count(*) from person p join person_role r on r.username = p.username"
                        + " where p.unit_code = 'SXD' and r.role = 'FOCAL_POINT' and p.active")
                .query(Long.class)
                .single());
    assertThat(
            jdbc.sql("select count(*) from task_reminder where task_id = ?")
                .param(taskId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            management.createJobQuery().processInstanceId(instance).timers().singleResult().getId())
        .isNotEqualTo(timer.getId());
  }

  private static void doThrow(NotificationService notifications, NotificationKind kind) {
    org.mockito.Mockito.doThrow(new IllegalStateException("hộp thư hỏng"))
        .when(notifications)
        .notify(eq(kind), anyCollection(), any());
  }
}
