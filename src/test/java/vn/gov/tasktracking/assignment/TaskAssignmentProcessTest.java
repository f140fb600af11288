package vn.gov.tasktracking.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.assignment.internal.TaskHistory;
import vn.gov.tasktracking.assignment.internal.WorkStepListener;
import vn.gov.tasktracking.deadline.ExtensionService;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.RunsAsSystemWork;

/** Every path of task-assignment, with the real delegates writing the real register. */
@SpringBootTest
@ExtendWith(RunsAsSystemWork.class)
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class TaskAssignmentProcessTest {

  private static final LocalDate DIRECTIVE_DATE = LocalDate.of(2026, 3, 2);

  /**
   * The officer's one step of a task: progress (it opens again) or the result, by the form's
   * choice.
   */
  private static final String WORK = WorkStepListener.STEP;

  @Autowired ProcessEngine engine;
  @Autowired AssignmentService assignment;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.ManagementService management;
  @Autowired ExtensionService extensions;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private static int directiveCounter;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TestPeople.ensure(directory);
    setToday(DIRECTIVE_DATE);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void straightThroughFromRegistrationToCompletionOnTheAcceptedSubmissionDate() {
    ProcessInstance instance = registerOne("SXD", List.of(), LocalDate.of(2026, 3, 31));
    String number = instance.getBusinessKey();

    assertThat(instance).hasPassed("Task_AnnounceTask").isWaitingAt("Task_ReceiveTask");
    assertThat(task(instance))
        .hasCandidateGroup("SXD")
        .hasDueDate(
            Date.from(
                LocalDate.of(2026, 4, 1)
                    .atStartOfDay(ZoneOffset.ofHours(7))
                    .toInstant()
                    .minusSeconds(60)));
    assertThat(status(number)).isEqualTo(TaskStatus.WAITING_RECEIPT);

    complete(
        task(instance),
        withVariables("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
    assertThat(status(number)).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(instance).isWaitingAt(WORK);
    assertThat(task(WORK, instance)).isAssignedTo(TestPeople.SXD_OFFICER);

    complete(
        task(WORK, instance),
        withVariables(
            "workAction", "PROGRESS", "progressPercent", 40, "progressNote", "Đã dự thảo"));
    assertThat(instance).isWaitingAt(WORK);
    assertThat(assignment.task(number).progressPercent()).isEqualTo(40);

    setToday(LocalDate.of(2026, 3, 20));
    complete(
        task(WORK, instance),
        withVariables(
            "workAction",
            "RESULT",
            "resultText",
            "Đã ban hành kế hoạch thực hiện",
            "resultDocument",
            "45/KH-SXD"));
    assertThat(status(number)).isEqualTo(TaskStatus.LEADER_REVIEW);
    assertThat(task("Task_LeaderSignOff", instance)).hasCandidateUser(TestPeople.SXD_LEADER);

    complete(task("Task_LeaderSignOff", instance), withVariables("leaderDecision", "APPROVE"));
    assertThat(task("Task_ReviewResult", instance)).hasCandidateGroup("office-specialist");
    setToday(LocalDate.of(2026, 4, 3));
    complete(task("Task_ReviewResult", instance), withVariables("reviewDecision", "ACCEPT"));

    assertThat(instance).hasPassed("EndEvent_ResultAccepted", "Task_RecordCompletion").isEnded();
    TaskView done = assignment.task(number);
    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(done.completedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(done.statusClass()).isEqualTo(StatusClass.COMPLETED_ON_TIME);
    assertThat(assignment.history(number, null).statusChanges())
        .extracting(TaskHistory.StatusChange::status)
        .containsExactly(
            TaskStatus.REGISTERED,
            TaskStatus.WAITING_RECEIPT,
            TaskStatus.IN_PROGRESS,
            TaskStatus.LEADER_REVIEW,
            TaskStatus.OFFICE_REVIEW,
            TaskStatus.COMPLETED);
    // The officer who did it and the Vice-Chairman who gave it are told, as well as the unit's
    // leader.
    assertThat(told(TestPeople.SXD_OFFICER, "RESULT_ACCEPTED", instance)).isEqualTo(1);
    assertThat(told(TestPeople.VICE_CHAIRMAN, "RESULT_ACCEPTED", instance)).isEqualTo(1);
    assertThat(told(TestPeople.SXD_LEADER, "RESULT_ACCEPTED", instance)).isEqualTo(1);
  }

  @Test
  void misaddressedTaskIsReassignedToAnotherUnitWhichReceivesIt() {
    ProcessInstance instance = registerOne("SXD", List.of(), null);
    String number = instance.getBusinessKey();

    complete(
        task(instance),
        withVariables(
            "receiveDecision", "RETURN", "returnReason", "Thuộc chức năng của Sở Tài chính"));
    assertThat(status(number)).isEqualTo(TaskStatus.MISADDRESSED);
    assertThat(task(instance))
        .hasDefinitionKey("Task_HandleMisaddressed")
        .hasCandidateGroup("office-specialist");

    complete(
        task(instance), withVariables("misaddressedDecision", "REASSIGN", "newLeadUnit", "STC"));
    assertThat(instance).isWaitingAt("Task_ReceiveTask");
    assertThat(task(instance)).hasCandidateGroup("STC");
    assertThat(assignment.task(number).leadUnit()).isEqualTo("STC");
    assertThat(status(number)).isEqualTo(TaskStatus.WAITING_RECEIPT);

    complete(
        task(instance),
        withVariables("receiveDecision", "ACCEPT", "officer", TestPeople.STC_OFFICER));
    assertThat(task(WORK, instance)).isAssignedTo(TestPeople.STC_OFFICER);
  }

  @Test
  void misaddressedTaskIsWithdrawnByTheOffice() {
    ProcessInstance instance = registerOne("SXD", List.of(), null);

    complete(
        task(instance),
        withVariables("receiveDecision", "RETURN", "returnReason", "Không thuộc lĩnh vực"));
    complete(
        task(instance),
        withVariables(
            "misaddressedDecision", "WITHDRAW", "withdrawReason", "Giao nhầm, đã có văn bản khác"));

    assertThat(instance)
        .hasPassed("Task_WithdrawMisaddressed", "EndEvent_WithdrawnMisaddressed")
        .isEnded();
    TaskView task = assignment.task(instance.getBusinessKey());
    assertThat(task.status()).isEqualTo(TaskStatus.WITHDRAWN);
    assertThat(task.statusClass()).isEqualTo(StatusClass.WITHDRAWN);
  }

  @Test
  void unitLeaderAndOfficeSendTheResultBackAndTheLastAcceptedSubmissionDatesTheCompletion() {
    ProcessInstance instance = registerOne("SXD", List.of(), LocalDate.of(2026, 3, 10));
    String number = instance.getBusinessKey();
    complete(
        task(instance),
        withVariables("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));

    complete(
        task(WORK, instance),
        withVariables("workAction", "RESULT", "resultText", "Báo cáo lần 1 chưa đầy đủ"));
    complete(
        task("Task_LeaderSignOff", instance),
        withVariables("leaderDecision", "RETURN", "leaderComment", "Bổ sung số liệu"));
    assertThat(instance).isWaitingAt(WORK);
    assertThat(status(number)).isEqualTo(TaskStatus.IN_PROGRESS);

    complete(
        task(WORK, instance),
        withVariables("workAction", "RESULT", "resultText", "Báo cáo lần 2 đã bổ sung số liệu"));
    complete(task("Task_LeaderSignOff", instance), withVariables("leaderDecision", "APPROVE"));
    complete(
        task("Task_ReviewResult", instance),
        withVariables("reviewDecision", "RETURN", "reviewComment", "Cần nêu rõ kinh phí"));
    assertThat(instance).isWaitingAt(WORK);

    setToday(LocalDate.of(2026, 3, 16));
    complete(
        task(WORK, instance),
        withVariables("workAction", "RESULT", "resultText", "Báo cáo lần 3 nêu rõ kinh phí"));
    complete(task("Task_LeaderSignOff", instance), withVariables("leaderDecision", "APPROVE"));
    complete(task("Task_ReviewResult", instance), withVariables("reviewDecision", "ACCEPT"));

    assertThat(instance).isEnded();
    TaskHistory history = assignment.history(number, null);
    assertThat(history.submissions())
        .extracting(TaskHistory.Submission::outcome)
        .containsExactly("RETURNED_BY_LEADER", "RETURNED_BY_OFFICE", "ACCEPTED");
    assertThat(history.task().completedOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(history.task().statusClass()).isEqualTo(StatusClass.COMPLETED_LATE);
  }

  @Test
  void
      theOfficerHasOneStepThatRecordsProgressAndOpensAgainOrSubmitsTheResultAndComesBackWithTheReturnComments() {
    ProcessInstance instance = registerOne("SXD", List.of("STC"), LocalDate.of(2026, 3, 31));
    String number = instance.getBusinessKey();
    complete(
        task(instance),
        withVariables("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));

    // One step of the officer's, next to the coordinating unit's input.
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskAssignee(TestPeople.SXD_OFFICER)
                .list())
        .extracting(Task::getTaskDefinitionKey)
        .containsExactly(WORK);
    Task first = task(WORK, instance);
    assertThat(first)
        .hasName("Thực hiện nhiệm vụ")
        .hasDueDate(AssignmentService.dueDate(LocalDate.of(2026, 3, 31)));
    assertThat(
            tasks
                .createTaskQuery()
                .taskId(first.getId())
                .initializeFormKeys()
                .singleResult()
                .getCamundaFormRef()
                .getKey())
        .isEqualTo("carry-out-task");

    // Progress: recorded, and the same step opens again (a new Tasklist entry replaces the old
    // one).
    complete(
        first,
        withVariables(
            "workAction", "PROGRESS", "progressPercent", 20, "progressNote", "Đã khảo sát"));
    Task second = task(WORK, instance);
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(runtime.getVariable(instance.getId(), "workAction"))
        .as("each opening asks again")
        .isNull();
    complete(
        second,
        withVariables(
            "workAction", "PROGRESS", "progressPercent", 45, "progressNote", "Đã dự thảo"));
    assertThat(assignment.history(number, null).progress())
        .extracting(TaskHistory.ProgressUpdate::percent)
        .containsExactlyInAnyOrder(20, 45);
    assertThat(status(number)).isEqualTo(TaskStatus.IN_PROGRESS);

    // Completing without a choice is refused and changes nothing.
    Task third = task(WORK, instance);
    assertThatThrownBy(() -> tasks.complete(third.getId(), Map.of("progressPercent", 50)))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Cần chọn cập nhật tiến độ hoặc báo cáo kết quả");
    assertThat(task(WORK, instance).getId()).isEqualTo(third.getId());
    assertThat(assignment.task(number).progressPercent()).isEqualTo(45);

    // The result goes to the leader; the officer has no step while it waits for the sign-off.
    complete(
        third,
        withVariables(
            "workAction",
            "RESULT",
            "resultText",
            "Dự thảo kế hoạch lần 1",
            "resultDocument",
            "12/BC-SXD"));
    assertThat(status(number)).isEqualTo(TaskStatus.LEADER_REVIEW);
    assertThat(instance)
        .hasPassed("Gateway_WorkAction")
        .isWaitingAt("Task_LeaderSignOff", "Task_CoordinatingInput");
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskAssignee(TestPeople.SXD_OFFICER)
                .count())
        .isZero();

    // Returned by the leader: back to the same step, with the leader's comment to read.
    complete(
        task("Task_LeaderSignOff", instance),
        withVariables("leaderDecision", "RETURN", "leaderComment", "Bổ sung kinh phí"));
    Task afterLeader = task(WORK, instance);
    assertThat(afterLeader).isAssignedTo(TestPeople.SXD_OFFICER);
    assertThat(tasks.getVariable(afterLeader.getId(), "leaderComment"))
        .isEqualTo("Bổ sung kinh phí");
    assertThat(status(number)).isEqualTo(TaskStatus.IN_PROGRESS);
    // Progress once more after the return, then the result again.
    complete(afterLeader, withVariables("workAction", "PROGRESS", "progressPercent", 90));
    complete(
        task(WORK, instance),
        withVariables("workAction", "RESULT", "resultText", "Dự thảo kế hoạch lần 2, có kinh phí"));
    complete(task("Task_LeaderSignOff", instance), withVariables("leaderDecision", "APPROVE"));
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskAssignee(TestPeople.SXD_OFFICER)
                .count())
        .isZero();

    // Returned by the Office: back to the same step, with the Office's comment.
    complete(
        task("Task_ReviewResult", instance),
        withVariables("reviewDecision", "RETURN", "reviewComment", "Nêu rõ tiến độ giải ngân"));
    Task afterOffice = task(WORK, instance);
    assertThat(tasks.getVariable(afterOffice.getId(), "reviewComment"))
        .isEqualTo("Nêu rõ tiến độ giải ngân");
    complete(
        afterOffice,
        withVariables(
            "workAction", "RESULT", "resultText", "Dự thảo kế hoạch lần 3, có tiến độ giải ngân"));
    complete(task("Task_LeaderSignOff", instance), withVariables("leaderDecision", "APPROVE"));
    complete(task("Task_ReviewResult", instance), withVariables("reviewDecision", "ACCEPT"));

    assertThat(instance).isEnded();
    TaskHistory history = assignment.history(number, null);
    assertThat(history.progress())
        .extracting(TaskHistory.ProgressUpdate::percent)
        .containsExactlyInAnyOrder(20, 45, 90);
    assertThat(history.submissions())
        .extracting(TaskHistory.Submission::outcome)
        .containsExactly("RETURNED_BY_LEADER", "RETURNED_BY_OFFICE", "ACCEPTED");
    assertThat(history.task().status()).isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void coordinatingUnitsGiveInputInParallelAndTheLeadOfficerSeesIt() {
    ProcessInstance instance = registerOne("SXD", List.of("STC", "CAOLOC"), null);
    complete(
        task(instance),
        withVariables("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));

    List<Task> inputs =
        tasks
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey("Task_CoordinatingInput")
            .list();
    assertThat(inputs).hasSize(2);
    Task stc =
        tasks
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskCandidateGroup("STC")
            .singleResult();
    Task caoLoc =
        tasks
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskCandidateGroup("CAOLOC")
            .singleResult();
    complete(
        stc, withVariables("coordinationInput", "Sở Tài chính bố trí kinh phí trong dự toán 2026"));
    complete(caoLoc, withVariables("coordinationInput", "Huyện Cao Lộc đã rà soát mặt bằng"));

    assertThat(instance).hasPassed("EndEvent_InputsGiven").isWaitingAt(WORK);
    assertThat((String) runtime.getVariable(instance.getId(), "coordinationSummary"))
        .contains("Sở Tài chính: Sở Tài chính bố trí kinh phí")
        .contains("UBND huyện Cao Lộc: Huyện Cao Lộc đã rà soát");
    assertThat(assignment.history(instance.getBusinessKey(), null).coordination())
        .extracting(TaskHistory.CoordinationInput::unit)
        .containsExactly("CAOLOC", "STC");
  }

  @Test
  void withdrawalWhileWaitingForTheUnitEndsTheReceiptStep() {
    ProcessInstance instance = registerOne("SXD", List.of(), null);

    withdraw(instance, "UBND tỉnh thay đổi chủ trương");

    assertThat(instance).hasPassed("Task_RecordWithdrawal", "EndEvent_Withdrawn").isEnded();
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(status(instance.getBusinessKey())).isEqualTo(TaskStatus.WITHDRAWN);
  }

  @Test
  void withdrawalDuringTheWorkEndsEveryOpenStepAndKeepsTheProgress() {
    ProcessInstance instance = registerOne("SXD", List.of("STC"), null);
    complete(
        task(instance),
        withVariables("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
    complete(task(WORK, instance), withVariables("workAction", "PROGRESS", "progressPercent", 30));
    // The officer's one step and the coordinating unit's input.
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(2);

    withdraw(instance, "Nhiệm vụ đã được giao cho đơn vị khác theo văn bản mới");

    assertThat(instance).isEnded();
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    TaskView task = assignment.task(instance.getBusinessKey());
    assertThat(task.status()).isEqualTo(TaskStatus.WITHDRAWN);
    assertThat(task.progressPercent()).isEqualTo(30);
  }

  @Test
  void withdrawalDuringTheOfficeReviewEndsIt() {
    ProcessInstance instance = registerOne("SXD", List.of(), null);
    complete(
        task(instance),
        withVariables("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
    complete(
        task(WORK, instance),
        withVariables("workAction", "RESULT", "resultText", "Kết quả đầy đủ"));
    complete(task("Task_LeaderSignOff", instance), withVariables("leaderDecision", "APPROVE"));
    assertThat(instance).isWaitingAt("Task_ReviewResult");

    withdraw(instance, "Rút theo chỉ đạo của Chủ tịch");

    assertThat(instance).isEnded();
    assertThat(status(instance.getBusinessKey())).isEqualTo(TaskStatus.WITHDRAWN);
  }

  @Test
  void acceptingWithoutAnOfficerOfTheUnitIsRefusedAndTheStepStaysOpen() {
    ProcessInstance instance = registerOne("SXD", List.of(), null);
    Task receive = task(instance);

    assertThatThrownBy(
            () ->
                tasks.complete(
                    receive.getId(),
                    Map.of("receiveDecision", "ACCEPT", "officer", TestPeople.CAOLOC_OFFICER)))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Cần chọn cán bộ thực hiện thuộc Sở Xây dựng");

    assertThat(instance).isWaitingAt("Task_ReceiveTask");
    assertThat(status(instance.getBusinessKey())).isEqualTo(TaskStatus.WAITING_RECEIPT);
  }

  @Test
  void tasklistStartFormRegistersTheTaskAndSetsTheBusinessKey() {
    String number = "TL-" + (++directiveCounter) + "/TB-UBND";
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(
            AssignmentService.PROCESS_KEY,
            Map.of(
                "number",
                number,
                "issuedOn",
                "2026-03-02",
                "issuerKind",
                "COMMITTEE",
                "excerpt",
                "Thông báo kết luận",
                "content",
                "Rà soát quy hoạch",
                "leadUnit",
                "SXD",
                "coordinatingUnitCodes",
                "STC, CAOLOC",
                "deadlineKind",
                "WORKING_DAYS",
                "deadlineWorkingDays",
                10,
                "keyTask",
                true));

    assertThat(instance.getBusinessKey()).startsWith("NV-2026-");
    announce(instance);
    assertThat(instance).isWaitingAt("Task_ReceiveTask");
    TaskView task = assignment.task(instance.getBusinessKey());
    assertThat(task.coordinatingUnits()).containsExactly("CAOLOC", "STC");
    assertThat(task.keyTask()).isTrue();
    assertThat(task.currentDeadline()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(assignment.task(instance.getBusinessKey()).processInstanceId())
        .isEqualTo(instance.getId());
  }

  @Test
  void tasklistStartFormsTagListOfCoordinatingUnitsArrivesAsAJsonArrayOfCodes() {
    // What Tasklist sends for the form's tag list: a Json variable holding the chosen codes.
    String number = "TL-" + (++directiveCounter) + "/TB-UBND";
    java.util.HashMap<String, Object> variables =
        new java.util.HashMap<>(
            Map.of(
                "number",
                number,
                "issuedOn",
                "2026-03-02",
                "issuerKind",
                "COMMITTEE",
                "excerpt",
                "Thông báo kết luận",
                "content",
                "Rà soát quy hoạch",
                "leadUnit",
                "SXD",
                "deadlineKind",
                "NONE"));
    variables.put("coordinatingUnitCodes", org.camunda.spin.Spin.JSON("[\"STC\", \"CAOLOC\"]"));
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(AssignmentService.PROCESS_KEY, variables);

    assertThat(assignment.task(instance.getBusinessKey()).coordinatingUnits())
        .containsExactly("CAOLOC", "STC");
    assertThat(assignment.task(instance.getBusinessKey()).currentDeadline()).isNull();
  }

  @Test
  void tasklistStartFormsTagListWithAnUnknownCodeIsRefused() {
    java.util.HashMap<String, Object> variables =
        new java.util.HashMap<>(
            Map.of(
                "number",
                "SAI-2/TB-UBND",
                "issuedOn",
                "2026-03-02",
                "issuerKind",
                "COMMITTEE",
                "excerpt",
                "Trích yếu",
                "content",
                "Nội dung",
                "leadUnit",
                "SXD",
                "deadlineKind",
                "NONE"));
    variables.put("coordinatingUnitCodes", org.camunda.spin.Spin.JSON("[\"STC\", \"KHONGCO\"]"));
    assertThatThrownBy(
            () -> runtime.startProcessInstanceByKey(AssignmentService.PROCESS_KEY, variables))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("KHONGCO");
  }

  @Test
  void tasklistStartFormWithADeadlineBeforeTheDirectiveIsRefusedAndNothingStays() {
    long before =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(AssignmentService.PROCESS_KEY)
            .count();

    assertThatThrownBy(
            () ->
                runtime.startProcessInstanceByKey(
                    AssignmentService.PROCESS_KEY,
                    Map.of(
                        "number",
                        "SAI-1/TB-UBND",
                        "issuedOn",
                        "2026-03-02",
                        "issuerKind",
                        "COMMITTEE",
                        "excerpt",
                        "Trích yếu",
                        "content",
                        "Nội dung",
                        "leadUnit",
                        "SXD",
                        "deadlineKind",
                        "DATE",
                        "deadline",
                        "2026-03-01")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("trước ngày ban hành");

    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(AssignmentService.PROCESS_KEY)
                .count())
        .isEqualTo(before);
    assertThat(
            assignment
                .query(
                    RegisterQuery.of(
                        null,
                        null,
                        "SAI-1/TB-UBND",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        DIRECTIVE_DATE))
                .total())
        .isZero();
  }

  // ---- Deadlines: reminders, overdue, explanation, escalation, extensions ----------------

  @Test
  void remindsOnWorkingDaysMarksOverdueAtTheDeadlineAsksForAnExplanationAndEscalates() {
    ProcessInstance instance = registerOne("SXD", List.of(), LocalDate.of(2026, 3, 20));
    assertThat(task(instance).getFollowUpDate()).isEqualTo(vietnam(2026, 3, 17, 8));
    complete(
        task(instance),
        withVariables("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
    long taskId = assignment.task(instance.getBusinessKey()).id();

    // 3 working days before Friday 20/03 is Tuesday 17/03, at 08:00 Vietnam time.
    assertThat(timerDue(instance)).isEqualTo(vietnam(2026, 3, 17, 8));
    assertThat(task(WORK, instance).getFollowUpDate()).isEqualTo(vietnam(2026, 3, 17, 8));
    fireTimer(instance);
    assertThat(told(TestPeople.SXD_OFFICER, "REMINDER", instance)).isEqualTo(1);

    assertThat(timerDue(instance)).isEqualTo(vietnam(2026, 3, 20, 8));
    // The open step's follow-up date is the next reminder, set inside the reminder's job.
    assertThat(task(WORK, instance).getFollowUpDate()).isEqualTo(vietnam(2026, 3, 20, 8));
    fireTimer(instance);
    assertThat(told(TestPeople.SXD_OFFICER, "REMINDER", instance)).isEqualTo(2);

    // At 24:00 of the deadline day the register says overdue, though nobody acted.
    assertThat(timerDue(instance)).isEqualTo(vietnam(2026, 3, 21, 0));
    fireTimer(instance);
    assertThat(
            jdbc.sql("select overdue_since from assigned_task where id = ?")
                .param(taskId)
                .query(java.sql.Timestamp.class)
                .single())
        .isEqualTo(java.sql.Timestamp.from(vietnam(2026, 3, 21, 0).toInstant()));
    assertThat(assignment.task(instance.getBusinessKey()).statusClass())
        .isEqualTo(StatusClass.OPEN_OVERDUE);

    // Saturday and Sunday pass; the notice and the explanation request come Monday 23/03, 08:00.
    assertThat(timerDue(instance)).isEqualTo(vietnam(2026, 3, 23, 8));
    fireTimer(instance);
    assertThat(told(TestPeople.SXD_LEADER, "OVERDUE", instance)).isEqualTo(1);
    assertThat(told(TestPeople.OFFICE_SPECIALIST, "OVERDUE", instance)).isEqualTo(1);
    assertThat(told(TestPeople.SXD_OFFICER, "EXPLANATION_REQUESTED", instance)).isEqualTo(1);
    Task explain = task("Task_ExplainDelay", instance);
    assertThat(explain).hasCandidateGroup("SXD");
    complete(
        explain,
        withVariables(
            "explanation", "Chờ ý kiến thẩm định của Bộ Xây dựng, dự kiến có trong tuần tới"));
    assertThat(assignment.history(instance.getBusinessKey(), null).explanations())
        .singleElement()
        .satisfies(e -> assertThat(e.explanation()).startsWith("Chờ ý kiến thẩm định"));

    // Every 5 working days while overdue; after 10 working days the issuer is told.
    assertThat(timerDue(instance)).isEqualTo(vietnam(2026, 3, 30, 8));
    fireTimer(instance);
    assertThat(told(TestPeople.SXD_OFFICER, "OVERDUE", instance)).isEqualTo(1);
    assertThat(timerDue(instance)).isEqualTo(vietnam(2026, 4, 3, 8));
    fireTimer(instance);
    assertThat(told(TestPeople.VICE_CHAIRMAN, "ESCALATION", instance)).isEqualTo(1);
    assertThat(assignment.task(instance.getBusinessKey()).escalatedAt())
        .isEqualTo(vietnam(2026, 4, 3, 8).toInstant());

    // Completing the task ends its watch.
    complete(
        task(WORK, instance),
        withVariables("workAction", "RESULT", "resultText", "Đã hoàn thành, chậm hạn"));
    complete(task("Task_LeaderSignOff", instance), withVariables("leaderDecision", "APPROVE"));
    complete(task("Task_ReviewResult", instance), withVariables("reviewDecision", "ACCEPT"));
    assertThat(instance).isEnded();
    assertThat(assignment.task(instance.getBusinessKey()).statusClass())
        .isEqualTo(StatusClass.COMPLETED_LATE);
  }

  @Test
  void deadlineInWorkingDaysAcrossTetRemindsOnTheLastWorkingDaysBeforeIt() {
    setToday(LocalDate.of(2026, 2, 10));
    String registerNumber =
        assignment
            .register(
                new DirectiveRequest(
                    "TET-" + (++directiveCounter) + "/TB-UBND",
                    LocalDate.of(2026, 2, 10),
                    "COMMITTEE",
                    null,
                    "Thông báo trước Tết",
                    null,
                    List.of(
                        new TaskRequest("Báo cáo trước Tết", "SXD", List.of(), null, 5, false))))
            .registerNumbers()
            .get(0);
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult();
    announce(instance);

    // Tết 2026 is off from 14/02 to 22/02: five working days after 10/02 end on 24/02.
    assertThat(assignment.task(registerNumber).currentDeadline())
        .isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(timerDue(instance)).isEqualTo(vietnam(2026, 2, 12, 8));
    fireTimer(instance);
    assertThat(timerDue(instance)).isEqualTo(vietnam(2026, 2, 24, 8));
  }

  @Test
  void approvedExtensionMovesTheDeadlineTheDueDatesAndTheWaitingReminder() {
    ProcessInstance instance = registerOne("SXD", List.of(), LocalDate.of(2026, 3, 20));
    complete(
        task(instance),
        withVariables("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
    complete(task(WORK, instance), withVariables("workAction", "PROGRESS", "progressPercent", 50));
    setToday(LocalDate.of(2026, 3, 10));

    extensions.request(
        instance.getBusinessKey(), "Chờ số liệu của Cục Thống kê", LocalDate.of(2026, 3, 31));
    Task decide = task("Task_DecideExtension", instance);
    assertThat(decide)
        .hasCandidateGroup("office-specialist")
        .hasCandidateUser(TestPeople.VICE_CHAIRMAN);
    complete(
        decide, withVariables("extensionDecision", "APPROVE", "approvedDeadline", "2026-04-03"));

    TaskView task = assignment.task(instance.getBusinessKey());
    assertThat(task.currentDeadline()).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(task.originalDeadline()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(task.progressPercent()).isEqualTo(50);
    assertThat(task(WORK, instance))
        .isAssignedTo(TestPeople.SXD_OFFICER)
        .hasDueDate(AssignmentService.dueDate(LocalDate.of(2026, 4, 3)));
    // Tasklist's list shows the new deadline: the step's entry follows a change of its due date.
    assertThat(tasks.getVariableLocal(task(WORK, instance).getId(), TaskListEntry.DEADLINE))
        .isEqualTo("03/04/2026");
    // Three working days before Friday 03/04 is Tuesday 31/03.
    assertThat(timerDue(instance)).isEqualTo(vietnam(2026, 3, 31, 8));
    assertThat(extensions.of(task.id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.status()).isEqualTo("APPROVED");
              assertThat(e.previousDeadline()).isEqualTo(LocalDate.of(2026, 3, 20));
              assertThat(e.approvedDeadline()).isEqualTo(LocalDate.of(2026, 4, 3));
            });
  }

  @Test
  void anExtensionApprovedToASaturdayIsDueAtTheEndOfTheNextMondayAndKeepsTheDateAsDecided() {
    ProcessInstance instance = registerOne("SXD", List.of(), LocalDate.of(2026, 3, 20));
    complete(
        task(instance),
        withVariables("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
    setToday(LocalDate.of(2026, 3, 10));

    extensions.request(
        instance.getBusinessKey(), "Chờ số liệu của Cục Thống kê", LocalDate.of(2026, 4, 4));
    complete(
        task("Task_DecideExtension", instance),
        withVariables("extensionDecision", "APPROVE", "approvedDeadline", "2026-04-04"));

    TaskView task = assignment.task(instance.getBusinessKey());
    assertThat(task.currentDeadline()).isEqualTo(LocalDate.of(2026, 4, 6));
    assertThat(task.deadlineAsWritten()).isEqualTo(LocalDate.of(2026, 4, 4));
    assertThat(task.originalDeadline()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(task.deadlineText())
        .isEqualTo("hạn theo văn bản 04/04/2026, tính đến hết 06/04/2026 theo Điều 148 BLDS");
    assertThat(task(WORK, instance))
        .hasDueDate(AssignmentService.dueDate(LocalDate.of(2026, 4, 6)));
    // Three working days before Monday 06/04 is Wednesday 01/04.
    assertThat(timerDue(instance)).isEqualTo(vietnam(2026, 4, 1, 8));
    assertThat(extensions.of(task.id()))
        .singleElement()
        .satisfies(e -> assertThat(e.approvedDeadline()).isEqualTo(LocalDate.of(2026, 4, 4)));
  }

  @Test
  void rejectedExtensionLeavesTheDeadlineAndTheTimersAsTheyWere() {
    ProcessInstance instance = registerOne("SXD", List.of(), LocalDate.of(2026, 3, 20));
    Date before = timerDue(instance);
    setToday(LocalDate.of(2026, 3, 10));

    extensions.request(instance.getBusinessKey(), "Thiếu cán bộ", LocalDate.of(2026, 4, 10));
    complete(
        task("Task_DecideExtension", instance),
        withVariables(
            "extensionDecision", "REJECT", "extensionComment", "Đề nghị bố trí thêm người"));

    assertThat(assignment.task(instance.getBusinessKey()).currentDeadline())
        .isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(timerDue(instance)).isEqualTo(before);
    assertThat(task("Task_ReceiveTask", instance))
        .hasDueDate(AssignmentService.dueDate(LocalDate.of(2026, 3, 20)));
  }

  @Test
  void extensionAfterTheDeadlineOrNotAfterItIsRefused() {
    ProcessInstance instance = registerOne("SXD", List.of(), LocalDate.of(2026, 3, 20));
    setToday(LocalDate.of(2026, 3, 10));
    assertThatThrownBy(
            () -> extensions.request(instance.getBusinessKey(), "Lý do", LocalDate.of(2026, 3, 20)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("phải sau hạn xử lý hiện tại (20/03/2026)");
    setToday(LocalDate.of(2026, 3, 21));
    assertThatThrownBy(
            () -> extensions.request(instance.getBusinessKey(), "Lý do", LocalDate.of(2026, 4, 20)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("trước khi hết hạn");
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey("Task_DecideExtension")
                .count())
        .isZero();
  }

  @Test
  void dueDateChangedByHandInTasklistIsRefusedAndTheTimersStay() {
    ProcessInstance instance = registerOne("SXD", List.of(), LocalDate.of(2026, 3, 20));
    Task receive = task(instance);
    receive.setDueDate(AssignmentService.dueDate(LocalDate.of(2026, 5, 1)));

    assertThatThrownBy(() -> tasks.saveTask(receive))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("đề nghị gia hạn");
    assertThat(task(instance)).hasDueDate(AssignmentService.dueDate(LocalDate.of(2026, 3, 20)));
  }

  private Date timerDue(ProcessInstance instance) {
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .singleResult()
        .getDuedate();
  }

  /** Moves the engine's clock to the waiting reminder and lets it fire. */
  private void fireTimer(ProcessInstance instance) {
    org.camunda.bpm.engine.runtime.Job timer =
        management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
  }

  /** How many notifications of a kind about the task were recorded for a person. */
  private long told(String recipient, String kind, ProcessInstance instance) {
    return jdbc.sql(
            "select count(*) from notification_log where recipient = ? and kind = ? and register_number = ?")
        .params(recipient, kind, instance.getBusinessKey())
        .query(Long.class)
        .single();
  }

  private static Date vietnam(int year, int month, int day, int hour) {
    return Date.from(
        LocalDate.of(year, month, day).atTime(hour, 0).atZone(ZoneOffset.ofHours(7)).toInstant());
  }

  /** Every flow node of the model is passed by at least one scenario of this class. */
  @AfterAll
  static void everyFlowNodeIsCovered(
      @Autowired RepositoryService repository, @Autowired HistoryService history) {
    String definitionId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(AssignmentService.PROCESS_KEY)
            .latestVersion()
            .singleResult()
            .getId();
    Set<String> nodes =
        repository
            .getBpmnModelInstance(definitionId)
            .getModelElementsByType(FlowNode.class)
            .stream()
            .map(FlowNode::getId)
            .collect(Collectors.toSet());
    Set<String> passed =
        history
            .createHistoricActivityInstanceQuery()
            .processDefinitionId(definitionId)
            .list()
            .stream()
            .map(HistoricActivityInstance::getActivityId)
            .collect(Collectors.toCollection(HashSet::new));
    nodes.removeAll(passed);
    assertThat(nodes).as("flow nodes no scenario passed").isEmpty();
  }

  private ProcessInstance registerOne(
      String leadUnit, List<String> coordinating, LocalDate deadline) {
    String number = (++directiveCounter) + "-" + System.nanoTime() % 100000 + "/QĐ-UBND";
    String registerNumber =
        assignment
            .register(
                new DirectiveRequest(
                    number,
                    DIRECTIVE_DATE,
                    "VICE_CHAIRMAN",
                    TestPeople.VICE_CHAIRMAN,
                    "Kết luận của Phó Chủ tịch",
                    null,
                    List.of(
                        new TaskRequest(
                            "Triển khai kết luận số " + number,
                            leadUnit,
                            coordinating,
                            deadline,
                            null,
                            false))))
            .registerNumbers()
            .get(0);
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult();
    announce(instance);
    return instance;
  }

  /**
   * Registration ends at the start's asynchronous boundary; the job executor announces the task.
   */
  private void announce(ProcessInstance instance) {
    assertThat(status(instance.getBusinessKey())).isEqualTo(TaskStatus.REGISTERED);
    assertThat(instance).isWaitingAt("StartEvent_TaskAssigned");
    execute(job(instance));
  }

  private void withdraw(ProcessInstance instance, String reason) {
    runtime
        .createMessageCorrelation(AssignmentService.WITHDRAW_MESSAGE)
        .processInstanceBusinessKey(instance.getBusinessKey())
        .setVariable("withdrawReason", reason)
        .setVariable("withdrawnBy", TestPeople.OFFICE_SPECIALIST)
        .correlate();
  }

  private TaskStatus status(String registerNumber) {
    return assignment.task(registerNumber).status();
  }

  private static void setToday(LocalDate date) {
    ClockUtil.setCurrentTime(
        Date.from(date.atTime(9, 0).atZone(ZoneOffset.ofHours(7)).toInstant()));
  }
}
