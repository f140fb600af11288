package vn.gov.tasktracking.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.inspection.internal.InspectionFigures;
import vn.gov.tasktracking.inspection.internal.InspectionPlanRules;
import vn.gov.tasktracking.inspection.internal.InspectionStatus;
import vn.gov.tasktracking.inspection.internal.InspectionStore;
import vn.gov.tasktracking.inspection.internal.InspectionVariables;
import vn.gov.tasktracking.inspection.internal.InspectionView;
import vn.gov.tasktracking.inspection.internal.ReportStatus;
import vn.gov.tasktracking.notification.NotificationKind;
import vn.gov.tasktracking.notification.NotificationService;
import vn.gov.tasktracking.notification.NotificationSettings;
import vn.gov.tasktracking.notification.TaskNotice;
import vn.gov.tasktracking.security.AccessPolicy;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.system.ForbiddenException;
import vn.gov.tasktracking.system.InputRules;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.InvalidInputException.Problem;
import vn.gov.tasktracking.system.NotFoundException;
import vn.gov.tasktracking.system.VietnamTime;

/**
 * The rules of an inspection visit (docs/domain.md, "Inspection visit"). Each step validates
 * everything first and writes in one transaction with the process step that calls it.
 */
@Service
public class InspectionService {

  public static final String PROCESS_KEY = "inspection-visit";
  public static final String PETITION_PROCESS_KEY = "inspection-petition";

  /** Working days before the visit the unit's report is due, when the plan names no date. */
  static final int REPORT_DAYS_BEFORE_VISIT = InspectionPlanRules.REPORT_DAYS_BEFORE_VISIT;

  /** Working days before the report's due date the unit is reminded. */
  static final int REMIND_DAYS_BEFORE_DUE = 2;

  private final InspectionStore store;
  private final InspectionFigures figures;
  private final AssignmentService assignment;
  private final DirectoryService directory;
  private final NotificationService notifications;
  private final WorkingDayCalendar calendar;
  private final EngineClock clock;
  private final CurrentUser currentUser;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final InspectionPlanRules planRules;

  InspectionService(
      InspectionStore store,
      InspectionFigures figures,
      AssignmentService assignment,
      DirectoryService directory,
      NotificationService notifications,
      WorkingDayCalendar calendar,
      EngineClock clock,
      CurrentUser currentUser,
      RuntimeService runtime,
      TaskService tasks) {
    this.store = store;
    this.figures = figures;
    this.assignment = assignment;
    this.directory = directory;
    this.notifications = notifications;
    this.calendar = calendar;
    this.clock = clock;
    this.currentUser = currentUser;
    this.runtime = runtime;
    this.tasks = tasks;
    this.planRules = new InspectionPlanRules(directory::unit, directory::person, calendar);
  }

  public static String code(long id) {
    return NotificationSettings.INSPECTION_PREFIX + id;
  }

  // ---- 1. Plan ---------------------------------------------------------------------------

  /** What a started {@code inspection-visit} needs: the business key and the variables. */
  public record Planned(long id, String businessKey, Map<String, Object> variables) {}

  /**
   * Records a plan and starts its {@code inspection-visit} instance.
   *
   * @throws InvalidInputException naming every wrong field; nothing is stored then
   */
  @Transactional
  public Planned plan(InspectionRequests.Plan request) {
    requireOffice();
    Planned planned = record(request);
    store.setProcessInstance(
        planned.id(), startAsProduct(PROCESS_KEY, planned.businessKey(), planned.variables()));
    return planned;
  }

  /** Records a plan for an instance already started from Tasklist's start form. */
  @Transactional
  public Planned planStartedProcess(InspectionRequests.Plan request, String processInstanceId) {
    Planned planned = record(request);
    store.setProcessInstance(planned.id(), processInstanceId);
    return planned;
  }

  private Planned record(InspectionRequests.Plan request) {
    List<Problem> problems = new ArrayList<>();
    LocalDate reportDueOn = planRules.checkPlan(request, clock.today(), problems);
    throwIfAny(problems);
    long id = store.insert(request, reportDueOn, currentUser.username(), clock.now());
    return new Planned(id, code(id), variables(store.find(id).orElseThrow()));
  }

  /** The variables of {@code inspection-visit}: who works each step, and the summary forms show. */
  private Map<String, Object> variables(InspectionStore.Row row) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(InspectionVariables.INSPECTION_ID, row.id());
    variables.put(InspectionVariables.INSPECTION_SUMMARY, summary(row));
    variables.put(InspectionVariables.UNIT, row.unit());
    variables.put(InspectionVariables.LEADER, row.leader());
    variables.put(InspectionVariables.GROUP_MEMBERS, String.join(",", groupOf(row)));
    variables.put(InspectionVariables.PLANNED_MEMBERS, String.join(", ", store.members(row.id())));
    variables.put(InspectionVariables.VISIT_DATE, row.visitDate().toString());
    variables.put(InspectionVariables.REPORT_DUE_ON, row.reportDueOn().toString());
    variables.put(InspectionVariables.CONTENT, row.content());
    return variables;
  }

  private String summary(InspectionStore.Row row) {
    return "Kiểm tra "
        + row.code()
        + " tại "
        + row.unitName()
        + "\nKỳ kiểm tra: "
        + date(row.periodFrom())
        + " – "
        + date(row.periodTo())
        + "\nNgày kiểm tra: "
        + date(row.visitDate())
        + "; hạn đơn vị báo cáo: "
        + date(row.reportDueOn())
        + "\nTổ trưởng: "
        + name(row.leader())
        + "; thành viên: "
        + String.join(", ", store.members(row.id()).stream().map(this::name).toList())
        + "\nNội dung: "
        + row.content();
  }

  /** The leader first, then the members: each records findings. */
  private List<String> groupOf(InspectionStore.Row row) {
    List<String> group = new ArrayList<>();
    group.add(row.leader());
    group.addAll(store.members(row.id()));
    return group;
  }

  /**
   * The leader approves the plan, or amends it (visit date, report date, members, content) and
   * approves it as amended.
   *
   * @return the variables that change with the plan
   */
  @Transactional
  public Map<String, Object> decidePlan(long id, InspectionRequests.PlanDecision decision) {
    InspectionStore.Row row = row(id);
    requireStatus(row, InspectionStatus.PLANNED);
    InputRules.requireText(
        decision.comment(), InputRules.LONG_TEXT, "planComment", "Ý kiến về kế hoạch");
    boolean amend = "AMEND".equals(decision.decision());
    if (!amend && !"APPROVE".equals(decision.decision())) {
      throw InvalidInputException.of("planDecision", "Cần chọn duyệt hoặc điều chỉnh kế hoạch.");
    }
    List<Problem> problems = new ArrayList<>();
    InspectionPlanRules.Amended decided =
        planRules.checkDecision(
            decision,
            amend,
            row.visitDate(),
            row.reportDueOn(),
            row.content(),
            row.leader(),
            clock.today(),
            problems);
    throwIfAny(problems);
    if (amend && decision.members() != null) {
      store.replaceMembers(
          id, decision.members().stream().filter(m -> !blank(m)).map(String::trim).toList());
    }
    store.decidePlan(
        id,
        amend,
        decided.visitDate(),
        decided.reportDueOn(),
        decided.content(),
        blank(decision.comment()) ? null : decision.comment().trim(),
        currentUser.username(),
        clock.now());
    return variables(row(id));
  }

  // ---- 2. Figures ------------------------------------------------------------------------

  /**
   * Freezes the unit's figures: the classes at the end of the period, or today when the period has
   * not ended yet (a visit inside the period counts "đến nay").
   */
  @Transactional
  public void freezeFigures(long id) {
    InspectionStore.Row row = row(id);
    LocalDate today = clock.today();
    LocalDate at = row.periodTo().isBefore(today) ? row.periodTo() : today;
    store.freezeFigures(
        id,
        at,
        clock.now(),
        figures.counts(row.unit(), row.periodFrom(), row.periodTo(), at),
        figures.lateTasks(row.unit(), row.periodFrom(), row.periodTo(), at));
  }

  // ---- 3. The unit is asked for its report -----------------------------------------------

  /** The moments of the report's timers. */
  public record ReportSchedule(
      Instant remindAt, Instant dueAt, Instant visitStartsAt, String lateTaskLines) {}

  @Transactional
  public ReportSchedule requestReport(long id) {
    InspectionStore.Row row = row(id);
    notifications.notify(
        NotificationKind.INSPECTION_ANNOUNCED,
        unitPeople(row.unit()),
        notice(
            row,
            "Kỳ kiểm tra: "
                + date(row.periodFrom())
                + " – "
                + date(row.periodTo())
                + ". Ngày kiểm tra: "
                + date(row.visitDate())
                + ". Tổ trưởng: "
                + name(row.leader())
                + ".",
            row.reportDueOn()));
    Instant remindAt =
        calendar
            .subtractWorkingDays(row.reportDueOn(), REMIND_DAYS_BEFORE_DUE)
            .atTime(8, 0)
            .atZone(VietnamTime.ZONE)
            .toInstant();
    Instant now = clock.now();
    StringBuilder lines = new StringBuilder();
    for (String number : store.lateTaskNumbers(id)) {
      lines.append(number).append(": \n");
    }
    return new ReportSchedule(
        remindAt.isBefore(now) ? now : remindAt,
        calendar.endOfDay(row.reportDueOn()),
        row.visitDate().atStartOfDay(VietnamTime.ZONE).toInstant(),
        lines.toString());
  }

  @Transactional
  public void remindReport(long id) {
    InspectionStore.Row row = row(id);
    notifications.notify(
        NotificationKind.INSPECTION_REPORT_REMINDER,
        unitPeople(row.unit()),
        notice(row, "Ngày kiểm tra: " + date(row.visitDate()) + ".", row.reportDueOn()));
  }

  /**
   * The due date passed without a report: the Office and the unit are told; the unit may still
   * report.
   */
  @Transactional
  public void markReportLate(long id) {
    InspectionStore.Row row = row(id);
    store.setReportStatus(id, ReportStatus.LATE);
    Set<String> recipients =
        new LinkedHashSet<>(directory.usernamesWithRoles(null, Role.OFFICE_SPECIALIST));
    recipients.add(row.leader());
    recipients.addAll(unitPeople(row.unit()));
    notifications.notify(
        NotificationKind.INSPECTION_REPORT_LATE,
        recipients,
        notice(row, "Ngày kiểm tra: " + date(row.visitDate()) + ".", row.reportDueOn()));
  }

  /** The visit day came without a report: the visit goes on and the record says so. */
  @Transactional
  public void recordReportMissing(long id) {
    store.setReportStatus(id, ReportStatus.MISSING);
    store.startVisit(id);
  }

  // ---- 4. The unit's report --------------------------------------------------------------

  /**
   * The unit's report: an explanation for every late or overdue task of the frozen list, key
   * results, difficulties and causes, petitions.
   */
  @Transactional
  public void submitReport(long id, InspectionRequests.UnitReport report) {
    InspectionStore.Row row = row(id);
    requireStatus(row, InspectionStatus.AWAITING_REPORT);
    if (!currentUser.policy().mayReportFor(row.unit())) {
      throw new ForbiddenException(
          "Chỉ lãnh đạo, đầu mối của "
              + row.unitName()
              + " hoặc Văn phòng UBND tỉnh được gửi báo cáo này.");
    }
    List<Problem> problems = new ArrayList<>();
    if (blank(report.keyResults())) {
      problems.add(new Problem("keyResults", "Cần báo cáo kết quả thực hiện nhiệm vụ nổi bật."));
    }
    InputRules.text(
        report.keyResults(), InputRules.LONG_TEXT, "keyResults", "Kết quả nổi bật", problems);
    InputRules.text(
        report.difficulties(),
        InputRules.LONG_TEXT,
        "difficulties",
        "Khó khăn, vướng mắc",
        problems);
    InputRules.text(report.causes(), InputRules.LONG_TEXT, "causes", "Nguyên nhân", problems);
    InputRules.elements(
        report.petitions(), InputRules.LONG_TEXT, "petitions", "Kiến nghị", problems);
    List<String> late = store.lateTaskNumbers(id);
    Map<String, String> explanations = new LinkedHashMap<>();
    for (InspectionRequests.Explanation e :
        report.explanations() == null
            ? List.<InspectionRequests.Explanation>of()
            : report.explanations()) {
      String number = e.registerNumber() == null ? "" : e.registerNumber().trim();
      if (!InputRules.text(
          e.explanation(),
          InputRules.LONG_TEXT,
          "explanations",
          "Giải trình nhiệm vụ " + number,
          problems)) {
        continue;
      }
      if (!late.contains(number)) {
        problems.add(
            new Problem(
                "explanations",
                "Nhiệm vụ '"
                    + number
                    + "' không thuộc danh sách nhiệm vụ chậm, quá hạn của kỳ kiểm tra."));
      } else if (!blank(e.explanation())) {
        explanations.put(number, e.explanation().trim());
      }
    }
    for (String number : late) {
      if (!explanations.containsKey(number)) {
        problems.add(
            new Problem("explanations", "Cần giải trình nhiệm vụ chậm, quá hạn " + number + "."));
      }
    }
    throwIfAny(problems);
    ReportStatus status =
        clock.today().isAfter(row.reportDueOn()) ? ReportStatus.LATE : ReportStatus.ON_TIME;
    store.recordReport(id, status, currentUser.username(), clock.now(), report, explanations);
  }

  /** Whether the unit's report is on record. */
  public boolean reportRecorded(long id) {
    InspectionView.Report report = row(id).report();
    return report != null && report.submittedAt() != null;
  }

  // ---- 5. Findings -----------------------------------------------------------------------

  @Transactional
  public void addFindings(long id, String member, List<String> findings) {
    InspectionStore.Row row = row(id);
    requireStatus(row, InspectionStatus.VISIT);
    if (member == null || !groupOf(row).contains(member)) {
      throw new ForbiddenException(
          "Chỉ Tổ trưởng và thành viên Tổ công tác của buổi kiểm tra được ghi nhận phát hiện.");
    }
    List<Problem> problems = new ArrayList<>();
    InputRules.elements(findings, InputRules.LONG_TEXT, "findings", "Phát hiện", problems);
    throwIfAny(problems);
    List<String> items =
        findings == null
            ? List.of()
            : findings.stream().filter(f -> !blank(f)).map(String::trim).toList();
    if (items.isEmpty()) {
      throw InvalidInputException.of("findings", "Cần nhập ít nhất một phát hiện.");
    }
    Instant now = clock.now();
    items.forEach(f -> store.addFinding(id, member, f, now));
  }

  // ---- 6. Conclusion ---------------------------------------------------------------------

  /**
   * The leader's conclusion: the assessment and the requirements, each registered as a task of the
   * unit under the conclusion notice; their {@code task-assignment} instances start from the model.
   *
   * @return the requirements' register numbers, in order
   */
  @Transactional
  public List<String> conclude(long id, InspectionRequests.Conclusion conclusion) {
    InspectionStore.Row row = row(id);
    requireStatus(row, InspectionStatus.VISIT);
    if (!currentUser.policy().mayConclude(row.leader())) {
      throw new ForbiddenException("Chỉ Tổ trưởng Tổ công tác được ban hành kết luận kiểm tra.");
    }
    LocalDate today = clock.today();
    List<Problem> problems = new ArrayList<>();
    if (blank(conclusion.assessment())) {
      problems.add(new Problem("assessment", "Kết luận cần có phần đánh giá."));
    }
    InputRules.text(
        conclusion.assessment(), InputRules.LONG_TEXT, "assessment", "Phần đánh giá", problems);
    List<InspectionRequests.Requirement> requirements =
        conclusion.requirements() == null ? List.of() : conclusion.requirements();
    if (requirements.isEmpty()) {
      problems.add(
          new Problem("requirements", "Kết luận cần có ít nhất một yêu cầu đối với đơn vị."));
    }
    for (int i = 0; i < requirements.size(); i++) {
      InspectionRequests.Requirement r = requirements.get(i);
      String field = "requirements[" + (i + 1) + "]";
      if (r == null || blank(r.content())) {
        problems.add(
            new Problem(field + ".content", "Yêu cầu thứ " + (i + 1) + ": thiếu nội dung."));
      } else {
        InputRules.text(
            r.content(),
            InputRules.LONG_TEXT,
            field + ".content",
            "Yêu cầu thứ " + (i + 1) + ": nội dung",
            problems);
      }
      if (r == null || r.deadline() == null) {
        problems.add(
            new Problem(field + ".deadline", "Yêu cầu thứ " + (i + 1) + ": thiếu thời hạn."));
      } else if (!InputRules.date(
          r.deadline(), field + ".deadline", "Yêu cầu thứ " + (i + 1) + ": thời hạn", problems)) {
        continue;
      } else if (r.deadline().isBefore(today)) {
        problems.add(
            new Problem(
                field + ".deadline",
                "Yêu cầu thứ " + (i + 1) + ": thời hạn " + date(r.deadline()) + " đã qua."));
      }
    }
    throwIfAny(problems);
    String number = id + "/TB-TCT";
    List<DirectiveRequest.TaskRequest> tasks =
        requirements.stream()
            .map(
                r ->
                    new DirectiveRequest.TaskRequest(
                        r.content().trim(), row.unit(), List.of(), r.deadline(), null, false))
            .toList();
    AssignmentService.Registration registration =
        assignment.registerForCallingProcess(
            new DirectiveRequest(
                number,
                today,
                "CHAIRMAN",
                null,
                "Thông báo kết luận của Tổ trưởng Tổ công tác của Chủ tịch UBND tỉnh kiểm tra tại "
                    + row.unitName()
                    + " ("
                    + row.code()
                    + ")",
                null,
                tasks));
    store.conclude(
        id,
        number,
        today,
        currentUser.username(),
        conclusion.assessment().trim(),
        registration.directiveId());
    for (int i = 0; i < requirements.size(); i++) {
      store.addRequirement(
          id,
          i + 1,
          requirements.get(i).content().trim(),
          requirements.get(i).deadline(),
          assignment.task(registration.registerNumbers().get(i)).id());
    }
    notifications.notify(
        NotificationKind.INSPECTION_CONCLUDED,
        unitPeople(row.unit()),
        new TaskNotice(
            row.code(),
            row.content(),
            row.unitName(),
            number,
            null,
            null,
            "Đánh giá: "
                + conclusion.assessment().trim()
                + "\n\nYêu cầu: "
                + requirements.size()
                + ".",
            null));
    return registration.registerNumbers();
  }

  /** The requirement tasks' register numbers, the collection of the call activity. */
  public List<String> requirementNumbers(long id) {
    return store.requirementNumbers(id);
  }

  // ---- 7. Petitions ----------------------------------------------------------------------

  /** Starts one {@code inspection-petition} per petition of the unit's report. */
  @Transactional
  public int forwardPetitions(long id) {
    InspectionStore.Row row = row(id);
    List<InspectionStore.PetitionRow> petitions = store.petitions(id);
    Object deciders = Spin.JSON(deciderOptions());
    for (InspectionStore.PetitionRow p : petitions) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(InspectionVariables.PETITION_ID, p.id());
      variables.put(InspectionVariables.INSPECTION_ID, id);
      variables.put(
          InspectionVariables.PETITION_SUMMARY,
          "Kiến nghị "
              + p.position()
              + " của "
              + row.unitName()
              + " tại buổi kiểm tra "
              + row.code()
              + " ngày "
              + date(row.visitDate())
              + ":\n"
              + p.content());
      variables.put(InspectionVariables.DECIDER_OPTIONS, deciders);
      store.setPetitionProcess(
          p.id(),
          startAsProduct(
              PETITION_PROCESS_KEY,
              row.code() + InspectionVariables.PETITION_INFIX + p.position(),
              variables));
    }
    return petitions.size();
  }

  /** The Chairman and the Vice-Chairmen, as the options of the routing form's select field. */
  List<Map<String, String>> deciderOptions() {
    List<Map<String, String>> options = new ArrayList<>();
    for (Role role : List.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN)) {
      for (String username : directory.usernamesWithRoles(null, role)) {
        options.add(Map.of("label", role.label() + " " + name(username), "value", username));
      }
    }
    return options;
  }

  /** The Office sends a petition to the Chairman or to the Vice-Chairman supervising its field. */
  @Transactional
  public void routePetition(long petitionId, String decider) {
    petition(petitionId);
    InputRules.requireText(decider, InputRules.SHORT, "decider", "Người cho ý kiến");
    Optional<Person> person = blank(decider) ? Optional.empty() : directory.person(decider.trim());
    if (person.isEmpty()
        || !person.get().active()
        || (!person.get().roles().contains(Role.CHAIRMAN)
            && !person.get().roles().contains(Role.VICE_CHAIRMAN))) {
      throw InvalidInputException.of(
          "decider", "Cần chọn Chủ tịch hoặc Phó Chủ tịch UBND tỉnh cho ý kiến về kiến nghị.");
    }
    store.routePetition(petitionId, decider.trim(), currentUser.username());
  }

  /** The decider's answer is recorded and sent to the unit. */
  @Transactional
  public void answerPetition(long petitionId, String answer) {
    InspectionStore.PetitionRow petition = petition(petitionId);
    if (blank(answer)) {
      throw InvalidInputException.of("answer", "Cần nhập ý kiến trả lời kiến nghị.");
    }
    InputRules.requireText(answer, InputRules.LONG_TEXT, "answer", "Ý kiến trả lời kiến nghị");
    if (petition.answer() != null) {
      throw InvalidInputException.of("answer", "Kiến nghị này đã được trả lời.");
    }
    if (!currentUser.policy().mayAnswerPetition(petition.decider())) {
      throw new ForbiddenException(
          "Chỉ lãnh đạo được Văn phòng trình kiến nghị này được cho ý kiến.");
    }
    store.answerPetition(petitionId, answer.trim(), petition.decider(), clock.now());
    InspectionStore.Row row = row(petition.inspectionId());
    Person decider = directory.person(petition.decider()).orElseThrow();
    String title =
        decider.roles().contains(Role.CHAIRMAN)
            ? Role.CHAIRMAN.label()
            : Role.VICE_CHAIRMAN.label();
    notifications.notify(
        NotificationKind.PETITION_ANSWERED,
        unitPeople(row.unit()),
        new TaskNotice(
            row.code(),
            petition.content(),
            row.unitName(),
            row.conclusionNumber(),
            title + " " + decider.fullName(),
            null,
            answer.trim(),
            null));
  }

  /**
   * The petition of an {@code inspection-petition} instance, by its inspection and position (its
   * business key).
   */
  public long petitionId(long inspectionId, int position) {
    return store.petitions(inspectionId).stream()
        .filter(p -> p.position() == position)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no petition " + position + " of inspection " + inspectionId))
        .id();
  }

  private InspectionStore.PetitionRow petition(long petitionId) {
    return store
        .petition(petitionId)
        .orElseThrow(() -> new NotFoundException("Không có kiến nghị mã " + petitionId + "."));
  }

  // ---- Steps taken through REST: recorded, then the open Tasklist step completed, in one
  // transaction ----

  @Transactional
  public void submitReportThroughApi(long id, InspectionRequests.UnitReport report) {
    InspectionStore.Row row = visibleRow(id);
    Task task =
        openStep(
            row,
            "Task_SubmitUnitReport",
            null,
            "Bước đơn vị gửi báo cáo của buổi kiểm tra " + row.code() + " không còn mở.");
    submitReport(id, report);
    completeRecorded(task);
  }

  @Transactional
  public void addFindingsThroughApi(long id, InspectionRequests.Findings findings) {
    InspectionStore.Row row = visibleRow(id);
    String me = currentUser.username();
    Task task =
        openStep(
            row,
            "Task_RecordFindings",
            me,
            "Bước ghi nhận phát hiện của buổi kiểm tra " + row.code() + " không mở cho anh/chị.");
    if (findings.findings() != null && !findings.findings().isEmpty()
        || !Boolean.TRUE.equals(findings.done())) {
      addFindings(id, me, findings.findings());
    }
    if (Boolean.TRUE.equals(findings.done())) {
      completeRecorded(task);
    }
  }

  @Transactional
  public List<String> concludeThroughApi(long id, InspectionRequests.Conclusion conclusion) {
    InspectionStore.Row row = visibleRow(id);
    if (!currentUser.policy().caller().is(row.leader())) {
      throw new ForbiddenException("Chỉ Tổ trưởng Tổ công tác được ban hành kết luận kiểm tra.");
    }
    Task task =
        openStep(
            row,
            "Task_IssueConclusion",
            null,
            "Chưa đến bước ban hành kết luận của buổi kiểm tra "
                + row.code()
                + " (các thành viên chưa ghi nhận xong phát hiện) hoặc đã kết luận.");
    List<String> numbers = conclude(id, conclusion);
    completeRecorded(task);
    return numbers;
  }

  private Task openStep(InspectionStore.Row row, String step, String assignee, String message) {
    var query =
        tasks.createTaskQuery().processInstanceId(row.processInstanceId()).taskDefinitionKey(step);
    if (assignee != null) {
      query.taskAssignee(assignee);
    }
    List<Task> open = query.list();
    if (open.isEmpty()) {
      throw InvalidInputException.of("status", message);
    }
    return open.get(0);
  }

  /**
   * The product's rule allowed the step; the engine's own task authorization is not asked again.
   */
  private void completeRecorded(Task task) {
    currentUser.runAsProduct(
        () ->
            tasks.complete(
                task.getId(),
                Variables.createVariables()
                    .putValueTyped(
                        InspectionVariables.RECORDED_BY_API, Variables.booleanValue(true, true))));
  }

  // ---- Reading ---------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<InspectionView.Summary> list(String unit, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw InvalidInputException.of(
          "to",
          "Khoảng thời gian kết thúc (" + date(to) + ") trước khi bắt đầu (" + date(from) + ").");
    }
    if (unit != null && directory.unit(unit).isEmpty()) {
      throw InvalidInputException.of(
          "unit", "Đơn vị '" + unit + "' không có trong danh mục đơn vị.");
    }
    AccessPolicy.Visibility visible = currentUser.policy().visibility();
    List<String> units =
        unit == null
            ? visible.unitsOrNullForAll()
            : visible.includes(unit) ? List.of(unit) : List.of();
    return store.list(units, from, to).stream()
        .map(
            r ->
                new InspectionView.Summary(
                    r.id(),
                    r.code(),
                    r.unit(),
                    r.unitName(),
                    r.periodFrom(),
                    r.periodTo(),
                    r.visitDate(),
                    r.leader(),
                    r.status(),
                    r.status().label(),
                    r.reportStatus(),
                    r.conclusionNumber()))
        .toList();
  }

  @Transactional(readOnly = true)
  public InspectionView view(long id) {
    InspectionStore.Row row = visibleRow(id);
    List<InspectionView.Requirement> requirements = store.requirements(id);
    InspectionView.Conclusion conclusion =
        row.conclusionNumber() == null
            ? null
            : new InspectionView.Conclusion(
                row.conclusionNumber(),
                row.concludedOn(),
                row.concludedBy(),
                row.assessment(),
                requirements,
                (int) requirements.stream().filter(InspectionView.Requirement::done).count());
    InspectionView.Figures frozen =
        row.counts() == null
            ? null
            : new InspectionView.Figures(
                row.figuresReferenceDate(),
                row.figuresComputedAt(),
                row.counts(),
                store.lateTasks(id));
    return new InspectionView(
        row.id(),
        row.code(),
        row.unit(),
        row.unitName(),
        row.periodFrom(),
        row.periodTo(),
        row.visitDate(),
        row.reportDueOn(),
        person(row.leader()),
        store.members(id).stream().map(this::person).toList(),
        row.content(),
        row.status(),
        row.status().label(),
        row.plan(),
        frozen,
        row.report(),
        store.findings(id).stream()
            .map(
                f ->
                    new InspectionView.Finding(
                        (String) f[0], name((String) f[0]), (String) f[1], (Instant) f[2]))
            .toList(),
        conclusion,
        store.petitions(id).stream()
            .map(
                p ->
                    new InspectionView.Petition(
                        p.id(),
                        p.position(),
                        p.content(),
                        p.decider(),
                        p.decider() == null ? null : name(p.decider()),
                        p.answer(),
                        p.answeredBy(),
                        p.answeredAt()))
            .toList());
  }

  /** The row, when the caller may see it. */
  InspectionStore.Row visibleRow(long id) {
    InspectionStore.Row row = store.find(id).orElseThrow(() -> notFound(id));
    if (!currentUser.policy().mayReadInspection(row.unit(), groupOf(row))) {
      throw notFound(id);
    }
    return row;
  }

  InspectionStore.Row row(long id) {
    return store.find(id).orElseThrow(() -> notFound(id));
  }

  /**
   * The product starts the processes its rules call for, whatever the caller may start in Tasklist.
   */
  private String startAsProduct(
      String processKey, String businessKey, Map<String, Object> variables) {
    String[] id = new String[1];
    currentUser.runAsProduct(
        () ->
            id[0] = runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId());
    return id[0];
  }

  private void requireOffice() {
    if (!currentUser.policy().mayPlanInspection()) {
      throw new ForbiddenException(
          "Chỉ chuyên viên Văn phòng UBND tỉnh được lập kế hoạch kiểm tra.");
    }
  }

  private static void requireStatus(InspectionStore.Row row, InspectionStatus expected) {
    if (row.status() != expected) {
      throw InvalidInputException.of(
          "status",
          "Buổi kiểm tra "
              + row.code()
              + " đang ở bước \""
              + row.status().label()
              + "\", không thực hiện được thao tác này.");
    }
  }

  private List<String> unitPeople(String unit) {
    return directory.usernamesWithRoles(unit, Role.FOCAL_POINT, Role.UNIT_LEADER);
  }

  private TaskNotice notice(InspectionStore.Row row, String detail, LocalDate deadline) {
    // The plan's content as the leader approved it, amended or not.
    return new TaskNotice(
        row.code(),
        row.content()
            + " (nhiệm vụ giao từ "
            + date(row.periodFrom())
            + " đến "
            + date(row.periodTo())
            + ")",
        row.unitName(),
        null,
        null,
        deadline,
        detail,
        null);
  }

  private InspectionView.Person person(String username) {
    return new InspectionView.Person(username, name(username));
  }

  String name(String username) {
    return directory.person(username).map(Person::fullName).orElse(username);
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException(
        "Không có buổi kiểm tra mã " + id + " hoặc bạn không được xem buổi kiểm tra này.");
  }

  private static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.get(0).message(), problems);
    }
  }

  public static String date(LocalDate date) {
    return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
