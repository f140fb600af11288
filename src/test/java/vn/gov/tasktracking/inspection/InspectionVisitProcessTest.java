package vn.gov.tasktracking.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.StatusClass;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.inspection.internal.InspectionStatus;
import vn.gov.tasktracking.inspection.internal.InspectionView;
import vn.gov.tasktracking.inspection.internal.ReportStatus;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.RunsAsSystemWork;

/**
 * Every path of inspection-visit and inspection-petition, with the real steps writing the real
 * tables.
 */
@SpringBootTest
@ExtendWith(RunsAsSystemWork.class)
@ActiveProfiles("test")
class InspectionVisitProcessTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate VISIT = LocalDate.of(2026, 3, 16);

  /** Three working days before the visit. */
  private static final LocalDate REPORT_DUE = LocalDate.of(2026, 3, 11);

  @Autowired ProcessEngine engine;
  @Autowired InspectionService inspections;
  @Autowired AssignmentService assignment;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  private RegisterRows rows;
  private long lateTask;
  private long overdueTask;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    InspectionPeople.ensure(directory);
    setToday(TODAY);
    // SXD's own period, 2025, apart from the tasks other tests register in 2026
    rows = new RegisterRows(jdbc, LocalDate.of(2025, 1, 2));
    rows.task(
        "SXD",
        LocalDate.of(2025, 1, 6),
        LocalDate.of(2025, 1, 31),
        LocalDate.of(2025, 1, 20),
        null);
    lateTask =
        rows.task(
            "SXD",
            LocalDate.of(2025, 2, 3),
            LocalDate.of(2025, 2, 28),
            LocalDate.of(2025, 3, 20),
            null);
    rows.explanation(lateTask, "Chờ ý kiến Sở Tài chính");
    overdueTask = rows.task("SXD", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 30), null, null);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void approvedPlanOnTimeReportFindingsOfSeveralMembersAndAConclusionStartingATaskPerRequirement() {
    ProcessInstance instance = plan();
    long id = id(instance);
    assertThat(instance).isWaitingAt("Task_ApprovePlan");
    assertThat(task(instance)).isAssignedTo(InspectionPeople.LEADER);

    complete(task(instance), withVariables("planDecision", "APPROVE"));

    InspectionView view = inspections.view(id);
    assertThat(view.status()).isEqualTo(InspectionStatus.AWAITING_REPORT);
    assertThat(view.plan().amended()).isFalse();
    assertThat(view.figures().counts().total()).isGreaterThanOrEqualTo(3);
    assertThat(view.figures().lateTasks())
        .extracting(InspectionView.LateTask::statusClass)
        .contains(StatusClass.COMPLETED_LATE, StatusClass.OPEN_OVERDUE);
    assertThat(instance).isWaitingAt("Task_SubmitUnitReport");
    assertThat(task(instance))
        .hasCandidateGroup("SXD")
        .hasDueDate(
            Date.from(REPORT_DUE.plusDays(1).atStartOfDay(ZoneOffset.ofHours(7)).toInstant()));
    assertThat(told(TestPeople.SXD_LEADER, "INSPECTION_ANNOUNCED", id)).isEqualTo(1);
    assertThat(told(TestPeople.SXD_OFFICER, "INSPECTION_ANNOUNCED", id)).isEqualTo(1);

    String explanations = (String) runtime.getVariable(instance.getId(), "explanations");
    assertThat(explanations)
        .contains(rows.registerNumber(lateTask) + ": ", rows.registerNumber(overdueTask) + ": ");
    setToday(LocalDate.of(2026, 3, 10));
    complete(
        task(instance),
        withVariables(
            "explanations", fillIn(explanations, "Hồ sơ phải xin ý kiến nhiều sở"),
            "keyResults", "Hoàn thành quy hoạch chung đô thị",
            "difficulties", "Thiếu cán bộ chuyên môn",
            "causes", "Biên chế giảm",
            "petitions", "Bổ sung biên chế cho Sở\nHỗ trợ kinh phí lập quy hoạch"));

    view = inspections.view(id);
    assertThat(view.report().status()).isEqualTo(ReportStatus.ON_TIME);
    assertThat(view.figures().lateTasks())
        .allSatisfy(
            t -> assertThat(t.unitExplanation()).isEqualTo("Hồ sơ phải xin ý kiến nhiều sở"));
    assertThat(view.petitions())
        .extracting(InspectionView.Petition::content)
        .containsExactly("Bổ sung biên chế cho Sở", "Hỗ trợ kinh phí lập quy hoạch");
    assertThat(instance).isWaitingAt("Timer_UntilVisitDay");

    fireTimer(instance);
    List<Task> findings =
        tasks
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey("Task_RecordFindings")
            .list();
    assertThat(findings)
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(
            InspectionPeople.LEADER, InspectionPeople.MEMBER_1, InspectionPeople.MEMBER_2);
    complete(
        findingsOf(instance, InspectionPeople.MEMBER_1),
        withVariables("findings", "Tờ trình chất lượng chưa cao\nChậm tham mưu quy chế"));
    complete(
        findingsOf(instance, InspectionPeople.MEMBER_2),
        withVariables("findings", "Chưa cập nhật tiến độ thường xuyên"));
    complete(findingsOf(instance, InspectionPeople.LEADER), withVariables("findings", ""));
    assertThat(inspections.view(id).findings())
        .extracting(InspectionView.Finding::member)
        .containsExactly(
            InspectionPeople.MEMBER_1, InspectionPeople.MEMBER_1, InspectionPeople.MEMBER_2);

    assertThat(instance).isWaitingAt("Task_IssueConclusion");
    complete(
        task(instance),
        withVariables(
            "assessment", "Sở đã nỗ lực, đa số nhiệm vụ hoàn thành đúng hạn.",
            "requirements",
                "Rà soát các nhiệm vụ quá hạn | 30/04/2026\nNâng cao chất lượng tờ trình | 2026-06-30\nKiện toàn bộ phận theo dõi | 15/5/2026"));

    view = inspections.view(id);
    assertThat(view.status()).isEqualTo(InspectionStatus.CONCLUDED);
    assertThat(view.conclusion().number()).isEqualTo(id + "/TB-TCT");
    assertThat(view.conclusion().requirements())
        .extracting(InspectionView.Requirement::deadline)
        .containsExactly(
            LocalDate.of(2026, 4, 30), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 5, 15));
    assertThat(instance).isWaitingAt("CallActivity_RequirementTasks");
    List<ProcessInstance> called =
        runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list();
    assertThat(called).hasSize(3);
    assertThat(called)
        .extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrderElementsOf(
            view.conclusion().requirements().stream()
                .map(InspectionView.Requirement::registerNumber)
                .toList());
    for (ProcessInstance requirement : called) {
      assertThat(requirement.getProcessDefinitionId())
          .startsWith(AssignmentService.PROCESS_KEY + ":");
      assertThat(runtime.getVariable(requirement.getId(), "leadUnit")).isEqualTo("SXD");
      assertThat(runtime.getVariable(requirement.getId(), "inspectionId")).isEqualTo(id);
      assertThat((String) runtime.getVariable(requirement.getId(), "taskSummary"))
          .contains(id + "/TB-TCT");
      assertThat(assignment.task(requirement.getBusinessKey()).directiveNumber())
          .isEqualTo(id + "/TB-TCT");
    }
    assertThat(told(TestPeople.SXD_LEADER, "INSPECTION_CONCLUDED", id)).isEqualTo(1);
    assertThat(petitionInstances(id)).hasSize(2);
    assertThat(view.conclusion().requirementsDone()).isZero();
  }

  @Test
  void amendedPlanMovesTheVisitTheReportDateAndTheGroup() {
    ProcessInstance instance = plan();
    long id = id(instance);

    complete(
        task(instance),
        withVariables(
            "planDecision",
            "AMEND",
            "visitDate",
            "2026-03-23",
            "reportDueOn",
            "2026-03-18",
            "plannedMembers",
            InspectionPeople.MEMBER_2,
            "content",
            "Kiểm tra kỷ luật, kỷ cương hành chính",
            "planComment",
            "Dời lịch do họp HĐND"));

    InspectionView view = inspections.view(id);
    assertThat(view.plan().amended()).isTrue();
    assertThat(view.plan().comment()).isEqualTo("Dời lịch do họp HĐND");
    assertThat(view.visitDate()).isEqualTo(LocalDate.of(2026, 3, 23));
    assertThat(view.reportDueOn()).isEqualTo(LocalDate.of(2026, 3, 18));
    assertThat(view.members())
        .extracting(InspectionView.Person::username)
        .containsExactly(InspectionPeople.MEMBER_2);
    assertThat(view.content()).isEqualTo("Kiểm tra kỷ luật, kỷ cương hành chính");
    assertThat(timerDates(instance))
        .containsExactly(vietnam(2026, 3, 16, 8), vietnam(2026, 3, 19, 0), vietnam(2026, 3, 23, 0));
    assertThat(runtime.getVariable(instance.getId(), "groupMembers"))
        .isEqualTo(InspectionPeople.LEADER + "," + InspectionPeople.MEMBER_2);
  }

  @Test
  void amendmentWithAVisitDateInThePastIsRefusedAndThePlanStaysOpen() {
    ProcessInstance instance = plan();
    assertThatThrownBy(
            () ->
                complete(
                    task(instance),
                    withVariables(
                        "planDecision",
                        "AMEND",
                        "visitDate",
                        "2026-02-20",
                        "planComment",
                        "Đổi ngày")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("đã qua");
    assertThat(instance).isWaitingAt("Task_ApprovePlan");
    assertThat(inspections.view(id(instance)).status()).isEqualTo(InspectionStatus.PLANNED);
  }

  @Test
  void unitThatDoesNotReportIsRemindedTheOfficeIsToldAndTheVisitGoesOnWithoutTheReport() {
    ProcessInstance instance = approved();
    long id = id(instance);
    assertThat(timerDates(instance))
        .containsExactly(vietnam(2026, 3, 9, 8), vietnam(2026, 3, 12, 0), vietnam(2026, 3, 16, 0));

    fireTimer(instance, "Timer_RemindReport");
    assertThat(instance)
        .hasPassed("Task_RemindUnit", "EndEvent_UnitReminded")
        .isWaitingAt("Task_SubmitUnitReport");
    assertThat(told(TestPeople.SXD_LEADER, "INSPECTION_REPORT_REMINDER", id)).isEqualTo(1);

    fireTimer(instance, "Timer_ReportDue");
    assertThat(instance)
        .hasPassed("Task_MarkReportLate", "EndEvent_ReportLate")
        .isWaitingAt("Task_SubmitUnitReport");
    assertThat(inspections.view(id).report().status()).isEqualTo(ReportStatus.LATE);
    assertThat(told(TestPeople.OFFICE_SPECIALIST, "INSPECTION_REPORT_LATE", id)).isEqualTo(1);
    assertThat(told(InspectionPeople.LEADER, "INSPECTION_REPORT_LATE", id)).isEqualTo(1);

    fireTimer(instance, "Timer_VisitDayWithoutReport");
    assertThat(instance).hasPassed("Task_RecordReportMissing").isWaitingAt("Task_RecordFindings");
    InspectionView view = inspections.view(id);
    assertThat(view.report().status()).isEqualTo(ReportStatus.MISSING);
    assertThat(view.status()).isEqualTo(InspectionStatus.VISIT);
    assertThat(view.figures().lateTasks())
        .allSatisfy(t -> assertThat(t.unitExplanation()).isNull());
  }

  @Test
  void reportAfterItsDateIsRecordedLateAndMustExplainEveryLateTask() {
    ProcessInstance instance = approved();
    long id = id(instance);
    fireTimer(instance, "Timer_RemindReport");
    fireTimer(instance, "Timer_ReportDue");

    assertThatThrownBy(
            () ->
                complete(
                    task(instance), withVariables("keyResults", "Kết quả", "explanations", "")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Cần giải trình nhiệm vụ chậm, quá hạn");
    assertThat(instance).isWaitingAt("Task_SubmitUnitReport");

    complete(
        task(instance),
        withVariables(
            "keyResults",
            "Kết quả",
            "explanations",
            fillIn(
                (String) runtime.getVariable(instance.getId(), "explanations"), "Vướng mặt bằng")));
    assertThat(inspections.view(id).report().status()).isEqualTo(ReportStatus.LATE);
    assertThat(instance).isWaitingAt("Timer_UntilVisitDay");
  }

  @Test
  void
      conclusionWithoutRequirementsOrAssessmentOrWithAPastDeadlineIsRefusedAndNothingIsRegistered() {
    ProcessInstance instance = atConclusion("");
    long id = id(instance);
    long directives = jdbc.sql("select count(*) from directive").query(Long.class).single();

    assertThatThrownBy(
            () ->
                complete(
                    task(instance), withVariables("assessment", "Đánh giá", "requirements", "")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasRootCauseMessage("Kết luận cần có ít nhất một yêu cầu đối với đơn vị.");
    assertThatThrownBy(
            () ->
                complete(
                    task(instance),
                    withVariables("assessment", " ", "requirements", "Rà soát | 30/04/2026")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasRootCauseMessage("Kết luận cần có phần đánh giá.");
    assertThatThrownBy(
            () ->
                complete(
                    task(instance),
                    withVariables(
                        "assessment", "Đánh giá", "requirements", "Rà soát | 01/03/2026")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasRootCauseMessage("Yêu cầu thứ 1: thời hạn 01/03/2026 đã qua.");
    assertThatThrownBy(
            () ->
                complete(
                    task(instance),
                    withVariables("assessment", "Đánh giá", "requirements", " | 30/04/2026")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasRootCauseMessage("Yêu cầu thứ 1: thiếu nội dung.");

    assertThat(instance).isWaitingAt("Task_IssueConclusion");
    assertThat(inspections.view(id).conclusion()).isNull();
    assertThat(jdbc.sql("select count(*) from directive").query(Long.class).single())
        .isEqualTo(directives);
  }

  @Test
  void petitionsGoToTheChairmanAndTheViceChairmanAndAreAnsweredAfterTheVisitCloses() {
    ProcessInstance instance = atConclusion("Bổ sung biên chế\nHỗ trợ kinh phí quy hoạch");
    long id = id(instance);
    complete(
        task(instance),
        withVariables(
            "assessment",
            "Cơ bản đáp ứng yêu cầu",
            "requirements",
            "Rà soát nhiệm vụ quá hạn | 30/04/2026"));

    // the one requirement task is withdrawn: the visit's process ends, the petitions stay open
    ProcessInstance requirement =
        runtime
            .createProcessInstanceQuery()
            .superProcessInstanceId(instance.getId())
            .singleResult();
    management.executeJob(
        management.createJobQuery().processInstanceId(requirement.getId()).singleResult().getId());
    runtime
        .createMessageCorrelation(AssignmentService.WITHDRAW_MESSAGE)
        .processInstanceBusinessKey(requirement.getBusinessKey())
        .setVariable("withdrawReason", "Đã lồng ghép vào kế hoạch khác")
        .setVariable("withdrawnBy", TestPeople.OFFICE_SPECIALIST)
        .correlate();
    assertThat(instance)
        .hasPassed("CallActivity_RequirementTasks", "EndEvent_RequirementsDone")
        .isEnded();
    assertThat(inspections.view(id).status()).isEqualTo(InspectionStatus.CONCLUDED);

    List<ProcessInstance> petitions = petitionInstances(id);
    assertThat(petitions)
        .hasSize(2)
        .allSatisfy(p -> assertThat(p).isWaitingAt("Task_RoutePetition"));
    assertThat(task(petitions.get(0))).hasCandidateGroup("office-specialist");
    complete(task(petitions.get(0)), withVariables("decider", InspectionPeople.CHAIRMAN));
    complete(task(petitions.get(1)), withVariables("decider", TestPeople.VICE_CHAIRMAN));
    assertThat(task(petitions.get(0)))
        .hasDefinitionKey("Task_DecidePetition")
        .isAssignedTo(InspectionPeople.CHAIRMAN);
    assertThat(task(petitions.get(1))).isAssignedTo(TestPeople.VICE_CHAIRMAN);

    setToday(LocalDate.of(2026, 4, 10));
    complete(
        task(petitions.get(0)),
        withVariables("answer", "Giao Sở Nội vụ xem xét trong đợt điều chỉnh biên chế"));
    complete(task(petitions.get(1)), withVariables("answer", "Bố trí trong dự toán năm 2027"));

    assertThat(petitions).allSatisfy(p -> assertThat(p).isEnded());
    InspectionView view = inspections.view(id);
    assertThat(view.petitions())
        .extracting(InspectionView.Petition::decider, InspectionView.Petition::answer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                InspectionPeople.CHAIRMAN, "Giao Sở Nội vụ xem xét trong đợt điều chỉnh biên chế"),
            org.assertj.core.groups.Tuple.tuple(
                TestPeople.VICE_CHAIRMAN, "Bố trí trong dự toán năm 2027"));
    assertThat(told(TestPeople.SXD_LEADER, "PETITION_ANSWERED", id)).isEqualTo(2);
    assertThat(view.conclusion().requirements())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.taskStatus()).isEqualTo("WITHDRAWN");
              assertThat(r.done()).isFalse();
            });
  }

  @Test
  void petitionSentToSomeoneWhoIsNoProvincialLeaderIsRefused() {
    ProcessInstance instance = atConclusion("Bổ sung biên chế");
    complete(
        task(instance),
        withVariables("assessment", "Đạt yêu cầu", "requirements", "Rà soát | 30/04/2026"));
    ProcessInstance petition = petitionInstances(id(instance)).get(0);
    assertThatThrownBy(
            () -> complete(task(petition), withVariables("decider", TestPeople.SXD_LEADER)))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Chủ tịch hoặc Phó Chủ tịch");
    assertThat(petition).isWaitingAt("Task_RoutePetition");
  }

  @Test
  void tasklistStartFormRecordsThePlanAndSetsTheBusinessKey() {
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(
            InspectionService.PROCESS_KEY, startForm("2025-01-01", "2025-06-30"));

    assertThat(instance.getBusinessKey()).isEqualTo("KT-" + id(instance));
    assertThat(instance).isWaitingAt("Task_ApprovePlan");
    InspectionView view = inspections.view(id(instance));
    assertThat(view.unit()).isEqualTo("SXD");
    assertThat(view.reportDueOn()).isEqualTo(REPORT_DUE);
    assertThat(view.members())
        .extracting(InspectionView.Person::username)
        .containsExactly(InspectionPeople.MEMBER_1, InspectionPeople.MEMBER_2);
  }

  @Test
  void tasklistStartFormWithAPeriodEndingBeforeItStartsIsRefusedAndNothingStays() {
    long before = jdbc.sql("select count(*) from inspection").query(Long.class).single();
    assertThatThrownBy(
            () ->
                runtime.startProcessInstanceByKey(
                    InspectionService.PROCESS_KEY, startForm("2025-06-30", "2025-01-01")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Kỳ kiểm tra kết thúc (01/01/2025) trước khi bắt đầu (30/06/2025).");
    assertThat(jdbc.sql("select count(*) from inspection").query(Long.class).single())
        .isEqualTo(before);
  }

  private static Map<String, Object> startForm(String from, String to) {
    return Map.of(
        "unit",
        "SXD",
        "periodFrom",
        from,
        "periodTo",
        to,
        "visitDate",
        VISIT.toString(),
        "leader",
        InspectionPeople.LEADER,
        "members",
        InspectionPeople.MEMBER_1 + ", " + InspectionPeople.MEMBER_2,
        "content",
        "Kỷ luật, kỷ cương hành chính");
  }

  /** Every flow node of both models is passed by at least one scenario of this class. */
  @AfterAll
  static void everyFlowNodeIsCovered(
      @Autowired RepositoryService repository, @Autowired HistoryService history) {
    for (String key :
        List.of(InspectionService.PROCESS_KEY, InspectionService.PETITION_PROCESS_KEY)) {
      String definitionId =
          repository
              .createProcessDefinitionQuery()
              .processDefinitionKey(key)
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
      assertThat(nodes).as("flow nodes of %s no scenario passed", key).isEmpty();
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  private ProcessInstance plan() {
    InspectionService.Planned planned =
        inspections.plan(
            new InspectionRequests.Plan(
                "SXD",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30),
                VISIT,
                null,
                InspectionPeople.LEADER,
                List.of(InspectionPeople.MEMBER_1, InspectionPeople.MEMBER_2),
                "Tình hình thực hiện nhiệm vụ, kết luận, chỉ đạo; kỷ luật, kỷ cương hành chính"));
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(planned.businessKey())
        .processDefinitionKey(InspectionService.PROCESS_KEY)
        .singleResult();
  }

  private ProcessInstance approved() {
    ProcessInstance instance = plan();
    complete(task(instance), withVariables("planDecision", "APPROVE"));
    return instance;
  }

  /**
   * Approved, reported with the petitions given, visited, findings recorded: waiting for the
   * conclusion.
   */
  private ProcessInstance atConclusion(String petitions) {
    ProcessInstance instance = approved();
    complete(
        task(instance),
        withVariables(
            "keyResults",
            "Hoàn thành kế hoạch",
            "petitions",
            petitions,
            "explanations",
            fillIn(
                (String) runtime.getVariable(instance.getId(), "explanations"), "Vướng thủ tục")));
    fireTimer(instance);
    for (Task t :
        tasks
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey("Task_RecordFindings")
            .list()) {
      complete(t, withVariables("findings", "Phát hiện của " + t.getAssignee()));
    }
    assertThat(instance).isWaitingAt("Task_IssueConclusion");
    return instance;
  }

  private static String fillIn(String explanations, String text) {
    return explanations.lines().map(l -> l.trim() + " " + text).collect(Collectors.joining("\n"));
  }

  private long id(ProcessInstance instance) {
    return ((Number) runtime.getVariable(instance.getId(), "inspectionId")).longValue();
  }

  private Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Task findingsOf(ProcessInstance instance, String member) {
    return tasks
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskAssignee(member)
        .singleResult();
  }

  private List<ProcessInstance> petitionInstances(long id) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(InspectionService.PETITION_PROCESS_KEY)
        .processInstanceBusinessKeyLike("KT-" + id + "-KN-%")
        .list()
        .stream()
        .sorted(Comparator.comparing(ProcessInstance::getBusinessKey))
        .toList();
  }

  private List<Date> timerDates(ProcessInstance instance) {
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .orderByJobDuedate()
        .asc()
        .list()
        .stream()
        .map(Job::getDuedate)
        .toList();
  }

  /** Moves the engine's clock to the single waiting timer and lets it fire. */
  private void fireTimer(ProcessInstance instance) {
    Job timer =
        management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
  }

  private void fireTimer(ProcessInstance instance, String activityId) {
    Job timer =
        management
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .activityId(activityId)
            .singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
  }

  private long told(String recipient, String kind, long id) {
    return jdbc.sql(
            "select count(*) from notification_log where recipient = ? and kind = ? and register_number = ?")
        .params(recipient, kind, "KT-" + id)
        .query(Long.class)
        .single();
  }

  private static Date vietnam(int year, int month, int day, int hour) {
    return Date.from(
        LocalDate.of(year, month, day).atTime(hour, 0).atZone(ZoneOffset.ofHours(7)).toInstant());
  }

  private static void setToday(LocalDate date) {
    ClockUtil.setCurrentTime(
        Date.from(date.atTime(9, 0).atZone(ZoneOffset.ofHours(7)).toInstant()));
  }
}
