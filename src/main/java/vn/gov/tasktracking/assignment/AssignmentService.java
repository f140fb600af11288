package vn.gov.tasktracking.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.assignment.internal.DirectiveRules;
import vn.gov.tasktracking.assignment.internal.DocumentStore;
import vn.gov.tasktracking.assignment.internal.ResultSubmittedListener;
import vn.gov.tasktracking.assignment.internal.TaskHistory;
import vn.gov.tasktracking.assignment.internal.TaskRegister;
import vn.gov.tasktracking.assignment.internal.WorkStepListener;
import vn.gov.tasktracking.calendar.Deadline;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.notification.NotificationKind;
import vn.gov.tasktracking.notification.NotificationService;
import vn.gov.tasktracking.notification.TaskNotice;
import vn.gov.tasktracking.security.AccessPolicy;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.system.ForbiddenException;
import vn.gov.tasktracking.system.InputRules;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.InvalidInputException.Problem;
import vn.gov.tasktracking.system.NotFoundException;
import vn.gov.tasktracking.system.SystemWork;
import vn.gov.tasktracking.system.VietnamTime;

/**
 * The rules of assigning and carrying out tasks. The register and the process engine change in the
 * same transaction: a refused or failed step leaves neither half-written.
 */
@Service
public class AssignmentService {

  public static final String PROCESS_KEY = "task-assignment";
  public static final String WITHDRAW_MESSAGE = "TaskWithdrawn";
  public static final String EXTENSION_MESSAGE = "ExtensionRequested";

  /**
   * {@code directive.issuer_key} of the committee's and the Chairman's directives; a
   * Vice-Chairman's is their username.
   */
  public static final String COMMITTEE_KEY = "UBND";

  public static final String CHAIRMAN_KEY = "CHU_TICH";

  private final TaskRegister register;
  private final DirectoryService directory;
  private final RuntimeService runtime;
  private final NotificationService notifications;
  private final WorkingDayCalendar calendar;
  private final EngineClock clock;
  private final CurrentUser currentUser;
  private final DocumentStore documents;
  private final DirectiveRules rules;
  private final TaskService tasks;

  AssignmentService(
      TaskRegister register,
      DirectoryService directory,
      RuntimeService runtime,
      NotificationService notifications,
      WorkingDayCalendar calendar,
      EngineClock clock,
      CurrentUser currentUser,
      DocumentStore documents,
      TaskService tasks) {
    this.tasks = tasks;
    this.documents = documents;
    this.register = register;
    this.directory = directory;
    this.runtime = runtime;
    this.notifications = notifications;
    this.calendar = calendar;
    this.clock = clock;
    this.currentUser = currentUser;
    this.rules = new DirectiveRules(directory::unit, directory::person, calendar);
  }

  // ---- Registering -------------------------------------------------------------------------

  /** The register numbers of the tasks registered, in the order of the request. */
  public record Registration(long directiveId, List<String> registerNumbers) {}

  /**
   * Registers a directive with its tasks and starts one {@code task-assignment} instance per task.
   *
   * @throws InvalidInputException naming every wrong field; nothing is registered then
   */
  @Transactional
  public Registration register(DirectiveRequest request) {
    DirectiveRules.Checked checked = check(request);
    List<TaskRegister.Inserted> inserted = insert(checked);
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < inserted.size(); i++) {
      TaskRegister.Inserted task = inserted.get(i);
      Map<String, Object> variables = startVariables(checked, i, task);
      // The product starts the instance it registered; Camunda's authorization of the Office still
      // applies.
      SystemWork.run(
          () -> runtime.startProcessInstanceByKey(PROCESS_KEY, task.registerNumber(), variables));
      numbers.add(task.registerNumber());
    }
    return new Registration(inserted.get(0).directiveId(), numbers);
  }

  /**
   * Adds tasks to a directive already registered (its later addendum), under the same rules as its
   * first tasks: all of them with their processes, or none. They are assigned today, and a deadline
   * in working days counts from today; no deadline may precede the directive's date.
   *
   * @throws InvalidInputException naming every wrong field ({@code tasks[n].…}); nothing is added
   *     then
   */
  @Transactional
  public Registration addTasks(long directiveId, List<TaskRequest> tasks) {
    TaskRegister.DirectiveRow directive =
        register
            .directive(directiveId)
            .orElseThrow(
                () -> new NotFoundException("Không có văn bản mã " + directiveId + " trong sổ."));
    List<Problem> problems = new ArrayList<>();
    List<TaskRequest> requested = tasks == null ? List.of() : tasks;
    LocalDate today = clock.today();
    List<Deadline> deadlines =
        rules.checkAddendum(requested, directive.issuedOn(), today, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.get(0).message(), problems);
    }
    List<TaskRegister.NewTask> checked = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      TaskRequest task = requested.get(i);
      checked.add(
          new TaskRegister.NewTask(
              task.content().trim(),
              task.leadUnit().trim(),
              coordinating(task),
              Boolean.TRUE.equals(task.keyTask()),
              deadlines.get(i)));
    }
    List<TaskRegister.Inserted> inserted =
        register.insertTasks(directiveId, today, currentUser.username(), clock.now(), checked);
    for (TaskRegister.Inserted task : inserted) {
      Map<String, Object> variables = startVariables(task.registerNumber());
      SystemWork.run(
          () -> runtime.startProcessInstanceByKey(PROCESS_KEY, task.registerNumber(), variables));
    }
    return new Registration(
        directiveId, inserted.stream().map(TaskRegister.Inserted::registerNumber).toList());
  }

  /** A directive with its tasks together, as the Office's desk shows it. */
  public record DirectiveView(
      long id,
      String number,
      LocalDate issuedOn,
      String issuerName,
      String excerpt,
      Long documentId,
      String documentName,
      List<TaskView> tasks) {}

  /**
   * A directive and every task it assigns, for those who see the whole register.
   *
   * @throws NotFoundException when there is no such directive
   */
  public DirectiveView directive(long directiveId) {
    if (!currentUser.policy().seesEverything()) {
      throw new ForbiddenException(
          "Chỉ Văn phòng UBND tỉnh, lãnh đạo UBND tỉnh và Tổ công tác xem được toàn bộ một văn bản.");
    }
    TaskRegister.DirectiveRow directive =
        register
            .directive(directiveId)
            .orElseThrow(
                () -> new NotFoundException("Không có văn bản mã " + directiveId + " trong sổ."));
    String documentName =
        directive.documentId() == null
            ? null
            : documents
                .find(directive.documentId())
                .map(DocumentStore.StoredDocument::fileName)
                .orElse(null);
    return new DirectiveView(
        directive.id(),
        directive.number(),
        directive.issuedOn(),
        directive.issuerName(),
        directive.excerpt(),
        directive.documentId(),
        documentName,
        register.tasksOfDirective(directiveId, clock.today()));
  }

  /**
   * One who may give a directive, as the Office chooses them: {@code kind} and, for a
   * Vice-Chairman, the username.
   */
  public record IssuerOption(String kind, String username, String name) {}

  /** The committee, the Chairman and each active Vice-Chairman of the directory, by name. */
  public List<IssuerOption> issuers() {
    List<IssuerOption> options = new ArrayList<>();
    options.add(new IssuerOption(IssuerKind.COMMITTEE.name(), null, IssuerKind.COMMITTEE.label()));
    List<Person> active = directory.people(null).stream().filter(Person::active).toList();
    String chairman =
        active.stream()
            .filter(p -> p.roles().contains(Role.CHAIRMAN))
            .map(p -> " (" + p.fullName() + ")")
            .findFirst()
            .orElse("");
    options.add(
        new IssuerOption(IssuerKind.CHAIRMAN.name(), null, IssuerKind.CHAIRMAN.label() + chairman));
    active.stream()
        .filter(p -> p.roles().contains(Role.VICE_CHAIRMAN))
        .sorted(java.util.Comparator.comparing(Person::fullName))
        .forEach(
            p ->
                options.add(
                    new IssuerOption(
                        IssuerKind.VICE_CHAIRMAN.name(),
                        p.username(),
                        IssuerKind.VICE_CHAIRMAN.label() + " " + p.fullName())));
    return options;
  }

  /**
   * Registers a directive with one task for a process already started from Tasklist's start form.
   *
   * @return the register number, the process's business key, and the variables the process needs
   * @throws InvalidInputException naming every wrong field; the start is then undone with it
   */
  @Transactional
  public StartedRegistration registerStartedProcess(DirectiveRequest request) {
    if (request.tasks() == null || request.tasks().size() != 1) {
      throw InvalidInputException.of("tasks", "Biểu mẫu khởi tạo giao đúng một nhiệm vụ.");
    }
    DirectiveRules.Checked checked = check(request);
    TaskRegister.Inserted task = insert(checked).get(0);
    return new StartedRegistration(task.registerNumber(), startVariables(checked, 0, task));
  }

  /**
   * Registers a directive with its tasks for a process that starts their {@code task-assignment}
   * instances itself (an inspection's conclusion, through a call activity, with {@link
   * #startVariables(String)}).
   *
   * @throws InvalidInputException naming every wrong field; nothing is registered then
   */
  @Transactional
  public Registration registerForCallingProcess(DirectiveRequest request) {
    List<TaskRegister.Inserted> inserted = insert(check(request));
    return new Registration(
        inserted.get(0).directiveId(),
        inserted.stream().map(TaskRegister.Inserted::registerNumber).toList());
  }

  /**
   * The variables a {@code task-assignment} instance starts with, for a task already in the
   * register.
   */
  public Map<String, Object> startVariables(String registerNumber) {
    TaskView task = task(registerNumber);
    return startVariables(
        task.id(),
        task.registerNumber(),
        task.directiveNumber(),
        task.directiveIssuedOn(),
        task.issuerName(),
        task.content(),
        task.deadlineAsWritten(),
        task.currentDeadline(),
        task.leadUnit(),
        task.coordinatingUnits());
  }

  /** The one place that says what a {@code task-assignment} instance starts with. */
  private static Map<String, Object> startVariables(
      long taskId,
      String registerNumber,
      String directiveNumber,
      LocalDate issuedOn,
      String issuerName,
      String content,
      LocalDate deadlineAsWritten,
      LocalDate due,
      String leadUnit,
      List<String> coordinating) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.TASK_ID, taskId);
    variables.put(
        ProcessVariables.TASK_SUMMARY,
        summary(
            registerNumber,
            directiveNumber,
            issuedOn,
            issuerName,
            content,
            deadlineAsWritten,
            due));
    variables.put(ProcessVariables.LEAD_UNIT, leadUnit);
    if (!coordinating.isEmpty()) {
      variables.put(ProcessVariables.COORDINATING_UNITS, String.join(",", coordinating));
    }
    variables.put(ProcessVariables.DUE_DATE, dueDate(due));
    return variables;
  }

  /**
   * The task as every form of task-assignment shows it at its top; the deadline is added when the
   * written one fell on a day off, since the due date the steps show is then another day.
   */
  static String summary(
      String registerNumber,
      String directiveNumber,
      LocalDate issuedOn,
      String issuerName,
      String content,
      LocalDate deadlineAsWritten,
      LocalDate deadline) {
    String text =
        "Số vào sổ: "
            + registerNumber
            + "\nVăn bản: "
            + directiveNumber
            + " ngày "
            + vietnameseDate(issuedOn)
            + " của "
            + issuerName
            + "\nNội dung: "
            + content;
    if (deadline != null && deadlineAsWritten != null && !deadline.equals(deadlineAsWritten)) {
      text += "\nHạn xử lý: " + Deadline.text(deadlineAsWritten, deadline);
    }
    return text;
  }

  /** What a process started from the start form needs: its business key and its variables. */
  public record StartedRegistration(String registerNumber, Map<String, Object> variables) {}

  private DirectiveRules.Checked check(DirectiveRequest request) {
    List<Problem> problems = new ArrayList<>();
    DirectiveRules.Checked checked =
        rules.check(request, documentId -> mayAttach(documentId, null), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.get(0).message(), problems);
    }
    return checked;
  }

  /**
   * A number the same issuer already used in the same year is refused by the table's unique key,
   * saving a query per directive; numbers restart each year.
   */
  private List<TaskRegister.Inserted> insert(DirectiveRules.Checked checked) {
    DirectiveRequest request = checked.request();
    List<TaskRegister.NewTask> tasks = new ArrayList<>();
    for (int i = 0; i < request.tasks().size(); i++) {
      TaskRequest task = request.tasks().get(i);
      tasks.add(
          new TaskRegister.NewTask(
              task.content().trim(),
              task.leadUnit().trim(),
              coordinating(task),
              Boolean.TRUE.equals(task.keyTask()),
              checked.deadlines().get(i)));
    }
    try {
      return register.insertDirective(
          new TaskRegister.NewDirective(
              request.number().trim(),
              request.issuedOn(),
              checked.issuer().kind(),
              checked.issuer().key(),
              checked.issuer().name(),
              request.excerpt().trim(),
              request.documentId(),
              currentUser.username(),
              clock.now()),
          tasks);
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of(
          "number",
          "Văn bản số "
              + request.number().trim()
              + " ngày "
              + vietnameseDate(request.issuedOn())
              + " của "
              + checked.issuer().name()
              + " đã được vào sổ trước đây (số văn bản không được trùng trong cùng năm "
              + request.issuedOn().getYear()
              + ").");
    }
  }

  private Map<String, Object> startVariables(
      DirectiveRules.Checked checked, int index, TaskRegister.Inserted inserted) {
    DirectiveRequest request = checked.request();
    TaskRequest task = request.tasks().get(index);
    Deadline deadline = checked.deadlines().get(index);
    return startVariables(
        inserted.id(),
        inserted.registerNumber(),
        request.number().trim(),
        request.issuedOn(),
        checked.issuer().name(),
        task.content().trim(),
        asWritten(deadline),
        due(deadline),
        task.leadUnit().trim(),
        coordinating(task));
  }

  private static List<String> coordinating(TaskRequest task) {
    return task.coordinatingUnits() == null
        ? List.of()
        : task.coordinatingUnits().stream().map(String::trim).distinct().toList();
  }

  private static LocalDate due(Deadline deadline) {
    return deadline == null ? null : deadline.due();
  }

  private static LocalDate asWritten(Deadline deadline) {
    return deadline == null ? null : deadline.asWritten();
  }

  // ---- Steps of the process --------------------------------------------------------------

  /**
   * Step 1: the task waits for its lead unit, whose people are told.
   *
   * @return the unit's officers, as the options of the receiving form's select field
   */
  @Transactional
  public Announcement announceToLeadUnit(long taskId, String processInstanceId) {
    TaskView task = register.find(taskId, clock.today(), false).orElseThrow();
    register.markWaitingReceipt(taskId, processInstanceId, currentUser.username(), clock.now());
    return new Announcement(announce(task), task.keyTask());
  }

  /** What the announcement gives the process: the receiving form's options, the policy's input. */
  public record Announcement(List<Map<String, String>> officerOptions, boolean keyTask) {}

  private List<Map<String, String>> announce(TaskView task) {
    List<Person> people = directory.people(task.leadUnit());
    List<String> recipients =
        directory.usernamesWithRoles(task.leadUnit(), Role.FOCAL_POINT, Role.UNIT_LEADER);
    notifications.notify(NotificationKind.NEW_TASK, recipients, notice(task));
    return officerOptions(people);
  }

  /** The unit's officers and focal points, as the options of the receiving form's select field. */
  public List<Map<String, String>> officerOptions(String unitCode) {
    return officerOptions(directory.people(unitCode));
  }

  private static List<Map<String, String>> officerOptions(List<Person> people) {
    return people.stream()
        .filter(
            p ->
                p.active()
                    && (p.roles().contains(Role.OFFICER) || p.roles().contains(Role.FOCAL_POINT)))
        .map(
            p ->
                Map.of(
                    "label",
                    p.fullName() + (p.title() == null ? "" : " – " + p.title()),
                    "value",
                    p.username()))
        .toList();
  }

  /**
   * Who signs a result off before it leaves the unit: its leaders, or its focal points when the
   * directory names no leader; comma-separated, as a user task's candidate users.
   */
  public String unitLeaders(String unitCode) {
    List<String> leaders = directory.usernamesWithRoles(unitCode, Role.UNIT_LEADER);
    return String.join(
        ",",
        leaders.isEmpty() ? directory.usernamesWithRoles(unitCode, Role.FOCAL_POINT) : leaders);
  }

  /** Active units other than the task's lead unit, as the options of a form's select field. */
  public List<Map<String, String>> unitOptions(String exceptUnit) {
    return directory.units().stream()
        .filter(u -> u.active() && !u.code().equals(exceptUnit))
        .map(u -> Map.of("label", u.name(), "value", u.code()))
        .toList();
  }

  /** Step 2, accepted: the unit takes the task and names the officer who carries it out. */
  @Transactional
  public void acceptByUnit(long taskId, String officer) {
    InputRules.requireText(officer, InputRules.SHORT, "officer", "Cán bộ thực hiện");
    TaskView task = task(taskId);
    Person person = blank(officer) ? null : directory.person(officer).orElse(null);
    if (person == null || !person.active() || !person.unitCode().equals(task.leadUnit())) {
      throw InvalidInputException.of(
          "officer",
          "Cần chọn cán bộ thực hiện thuộc "
              + task.leadUnitName()
              + (blank(officer) ? "." : "; '" + officer + "' không thuộc đơn vị."));
    }
    register.setOfficer(taskId, officer);
    register.changeStatus(
        taskId,
        TaskStatus.IN_PROGRESS,
        currentUser.username(),
        clock.now(),
        "Giao cán bộ: " + person.fullName());
    notifications.notify(NotificationKind.TASK_ASSIGNED, List.of(officer), notice(task));
  }

  /** Step 2, returned: the unit says the task is not theirs. */
  @Transactional
  public void returnAsMisaddressed(long taskId, String reason) {
    requireText(reason, "returnReason", "Cần nêu lý do trả lại nhiệm vụ.");
    InputRules.requireText(reason, InputRules.LONG_TEXT, "returnReason", "Lý do trả lại");
    TaskView task = task(taskId);
    register.changeStatus(
        taskId, TaskStatus.MISADDRESSED, currentUser.username(), clock.now(), reason.trim());
    notifications.notify(
        NotificationKind.TASK_RETURNED_BY_UNIT,
        directory.usernamesWithRoles(null, Role.OFFICE_SPECIALIST),
        notice(task).withDetail(reason.trim()));
  }

  /**
   * The Office gives a returned task to another unit, which must receive it anew.
   *
   * @return the new unit's officers, as the options of the receiving form's select field
   */
  @Transactional
  public List<Map<String, String>> reassign(long taskId, String newLeadUnit) {
    TaskView task = task(taskId);
    List<Problem> problems = new ArrayList<>();
    rules.checkNewLeadUnit(newLeadUnit, task.leadUnit(), task.leadUnitName(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.get(0).message(), problems);
    }
    register.setLeadUnit(taskId, newLeadUnit);
    register.changeStatus(
        taskId,
        TaskStatus.WAITING_RECEIPT,
        currentUser.username(),
        clock.now(),
        "Giao lại từ " + task.leadUnit() + " sang " + newLeadUnit);
    return announce(task(taskId));
  }

  /** A coordinating unit's input, kept with the task; returns what the lead officer now reads. */
  @Transactional
  public String recordCoordination(long taskId, String unit, String input) {
    requireText(input, "coordinationInput", "Cần nhập nội dung ý kiến phối hợp.");
    InputRules.requireText(input, InputRules.LONG_TEXT, "coordinationInput", "Ý kiến phối hợp");
    TaskView task = task(taskId);
    if (unit == null || !task.coordinatingUnits().contains(unit)) {
      throw new ForbiddenException(
          "Đơn vị '"
              + unit
              + "' không phải đơn vị phối hợp của nhiệm vụ "
              + task.registerNumber()
              + ".");
    }
    register.recordCoordination(taskId, unit, input.trim(), currentUser.username(), clock.now());
    if (task.officer() != null) {
      notifications.notify(
          NotificationKind.COORDINATION_INPUT,
          List.of(task.officer()),
          notice(task).withDetail(input.trim()));
    }
    return register.coordinationSummary(taskId);
  }

  /**
   * The steps where the officer reports the result: the one step, or the result step of older
   * versions.
   */
  private static final String[] RESULT_STEPS = {WorkStepListener.STEP, "Task_SubmitResult"};

  /**
   * The result reported through the API: the officer's open step completes as if it were done in
   * Tasklist, after the same checks; the uploaded document's id, which no form field carries, is
   * sent as system work.
   */
  public void submitResult(
      String registerNumber, String resultText, String documentRef, Long documentId) {
    TaskView task = workableTask(registerNumber);
    Task step =
        tasks
            .createTaskQuery()
            .processInstanceId(task.processInstanceId())
            .taskDefinitionKeyIn(RESULT_STEPS)
            .singleResult();
    if (step == null) {
      throw InvalidInputException.of(
          "registerNumber",
          "Nhiệm vụ "
              + registerNumber
              + " không ở bước báo cáo kết quả ("
              + task.statusLabel().toLowerCase()
              + ").");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.RESULT_TEXT, resultText);
    variables.put(ProcessVariables.RESULT_DOCUMENT, documentRef);
    variables.put(ResultSubmittedListener.DOCUMENT_ID, documentId);
    if (WorkStepListener.STEP.equals(step.getTaskDefinitionKey())) {
      variables.put(WorkStepListener.WORK_ACTION, WorkStepListener.RESULT);
    }
    SystemWork.run(() -> tasks.complete(step.getId(), variables));
  }

  /**
   * The task, when the caller may work on it (its officer, the lead unit's focal point or leader).
   */
  public TaskView workableTask(String registerNumber) {
    TaskView task = readableTask(registerNumber);
    if (!mayWorkOn(task)) {
      throw new ForbiddenException(
          "Chỉ cán bộ được giao, đầu mối hoặc lãnh đạo đơn vị chủ trì được thao tác trên nhiệm vụ này.");
    }
    return task;
  }

  /** A progress update; the task stays with the officer. */
  @Transactional
  public void recordProgress(long taskId, Integer percent, String note) {
    if (percent == null || percent < 0 || percent > 100) {
      throw InvalidInputException.of(
          "progressPercent", "Tỷ lệ hoàn thành phải là số từ 0 đến 100.");
    }
    InputRules.requireText(note, InputRules.LONG_TEXT, "progressNote", "Ghi chú tiến độ");
    TaskView task = task(taskId);
    if (task.status().isClosed()) {
      throw InvalidInputException.of(
          "progressPercent",
          "Nhiệm vụ "
              + task.registerNumber()
              + " "
              + task.statusLabel().toLowerCase()
              + ", không cập nhật tiến độ được nữa.");
    }
    register.recordProgress(
        taskId, percent, blank(note) ? null : note.trim(), currentUser.username(), clock.now());
  }

  /** Step 4: the officer submits the result, which goes to the unit leader. */
  @Transactional
  public void submitResult(long taskId, String resultText, String documentRef, Long documentId) {
    requireText(resultText, "resultText", "Cần nhập kết quả thực hiện nhiệm vụ.");
    List<Problem> problems = new ArrayList<>();
    InputRules.text(resultText, InputRules.LONG_TEXT, "resultText", "Kết quả thực hiện", problems);
    InputRules.text(
        documentRef, InputRules.NAME, "resultDocument", "Số, ký hiệu văn bản báo cáo", problems);
    DirectiveRules.checkAttachable(documentId, id -> mayAttach(id, taskId), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.get(0).message(), problems);
    }
    TaskView task = task(taskId);
    register.insertSubmission(
        taskId,
        clock.today(),
        resultText.trim(),
        blank(documentRef) ? null : documentRef.trim(),
        documentId,
        currentUser.username(),
        clock.now());
    register.changeStatus(
        taskId, TaskStatus.LEADER_REVIEW, currentUser.username(), clock.now(), null);
    notifications.notify(
        NotificationKind.RESULT_AWAITING_SIGNOFF,
        directory.usernamesWithRoles(task.leadUnit(), Role.UNIT_LEADER),
        notice(task).withDetail(resultText.trim()));
  }

  /** Step 5: the unit leader signs the result off, or sends it back to the officer. */
  @Transactional
  public void leaderDecision(long taskId, boolean approved, String comment) {
    InputRules.requireText(
        comment, InputRules.LONG_TEXT, "leaderComment", "Ý kiến của lãnh đạo đơn vị");
    TaskView task = task(taskId);
    if (approved) {
      register.changeStatus(
          taskId,
          TaskStatus.OFFICE_REVIEW,
          currentUser.username(),
          clock.now(),
          blank(comment) ? null : comment.trim());
      notifications.notify(
          NotificationKind.RESULT_REPORTED,
          directory.usernamesWithRoles(null, Role.OFFICE_SPECIALIST),
          notice(task).withDetail(comment));
    } else {
      requireText(comment, "leaderComment", "Cần nêu ý kiến khi trả lại kết quả cho cán bộ.");
      register.decideLatestSubmission(
          taskId, "RETURNED_BY_LEADER", currentUser.username(), clock.now(), comment.trim());
      register.changeStatus(
          taskId,
          TaskStatus.IN_PROGRESS,
          currentUser.username(),
          clock.now(),
          "Lãnh đạo đơn vị trả lại: " + comment.trim());
      notifyOfficer(task, NotificationKind.RESULT_RETURNED_BY_LEADER, comment.trim());
    }
  }

  /** Step 6: the Office accepts the result, or returns it to the officer with comments. */
  @Transactional
  public void officeDecision(long taskId, boolean accepted, String comment) {
    InputRules.requireText(comment, InputRules.LONG_TEXT, "reviewComment", "Ý kiến của Văn phòng");
    TaskView task = task(taskId);
    if (accepted) {
      register.decideLatestSubmission(
          taskId,
          "ACCEPTED",
          currentUser.username(),
          clock.now(),
          blank(comment) ? null : comment.trim());
    } else {
      requireText(comment, "reviewComment", "Cần nêu ý kiến khi trả lại kết quả.");
      register.decideLatestSubmission(
          taskId, "RETURNED_BY_OFFICE", currentUser.username(), clock.now(), comment.trim());
      register.changeStatus(
          taskId,
          TaskStatus.IN_PROGRESS,
          currentUser.username(),
          clock.now(),
          "Văn phòng trả lại: " + comment.trim());
      notifyOfficer(task, NotificationKind.RESULT_RETURNED_BY_OFFICE, comment.trim());
    }
  }

  /** The task is done: its completion date is the date of the accepted submission. */
  @Transactional
  public void complete(long taskId) {
    TaskView task = task(taskId);
    LocalDate completedOn =
        register.history(task).submissions().stream()
            .filter(s -> "ACCEPTED".equals(s.outcome()))
            .reduce((a, b) -> b)
            .orElseThrow(() -> new IllegalStateException("no accepted submission for " + taskId))
            .submittedOn();
    register.complete(taskId, completedOn);
    register.changeStatus(taskId, TaskStatus.COMPLETED, currentUser.username(), clock.now(), null);
    notifications.notify(NotificationKind.RESULT_ACCEPTED, toldOfAcceptance(task), notice(task));
  }

  /**
   * Who is told that the Office accepted the result: the officer who did it, the unit's focal
   * points and leaders, and whoever gave the task (the named Vice-Chairman, else the Chairman);
   * each once.
   */
  private List<String> toldOfAcceptance(TaskView task) {
    java.util.LinkedHashSet<String> people = new java.util.LinkedHashSet<>();
    if (task.officer() != null) {
      people.add(task.officer());
    }
    people.addAll(
        directory.usernamesWithRoles(task.leadUnit(), Role.FOCAL_POINT, Role.UNIT_LEADER));
    people.addAll(task.issuerDeciders(directory));
    return List.copyOf(people);
  }

  /**
   * Withdraws a task at any moment of its work: the issuer or the Office asks, the process ends
   * every open step of it.
   */
  @Transactional
  public void requestWithdrawal(String registerNumber, String reason) {
    TaskView task = task(registerNumber);
    if (!mayWithdraw(task)) {
      throw new ForbiddenException(
          "Chỉ người giao nhiệm vụ hoặc Văn phòng UBND tỉnh được rút nhiệm vụ.");
    }
    requireText(reason, "reason", "Cần nêu lý do rút nhiệm vụ.");
    InputRules.requireText(reason, InputRules.LONG_TEXT, "reason", "Lý do rút nhiệm vụ");
    if (task.status().isClosed()) {
      throw InvalidInputException.of(
          "registerNumber",
          "Nhiệm vụ "
              + registerNumber
              + " "
              + task.statusLabel().toLowerCase()
              + ", không rút được.");
    }
    String by = currentUser.username();
    currentUser.runAsProduct(
        () ->
            runtime
                .createMessageCorrelation(WITHDRAW_MESSAGE)
                .processInstanceBusinessKey(registerNumber)
                .setVariable(ProcessVariables.WITHDRAW_REASON, reason.trim())
                .setVariable(ProcessVariables.WITHDRAWN_BY, by)
                .correlate());
  }

  /** Records a withdrawal the process carries out. */
  @Transactional
  public void withdraw(long taskId, String reason, String by) {
    TaskView task = task(taskId);
    register.withdraw(taskId, clock.today());
    register.changeStatus(taskId, TaskStatus.WITHDRAWN, by, clock.now(), reason);
    List<String> recipients =
        new ArrayList<>(
            directory.usernamesWithRoles(task.leadUnit(), Role.FOCAL_POINT, Role.UNIT_LEADER));
    if (task.officer() != null) {
      recipients.add(task.officer());
    }
    notifications.notify(
        NotificationKind.TASK_WITHDRAWN,
        new LinkedHashSet<>(recipients),
        notice(task).withDetail(reason));
  }

  // ---- Reading ---------------------------------------------------------------------------

  /**
   * The register, as far as the caller may see it: their own units' tasks, or all for the Office
   * and leaders.
   */
  @Transactional(readOnly = true)
  public TaskPage query(RegisterQuery query) {
    LocalDate soon =
        query.figure() != null && query.figure().readsSoon()
            ? calendar.addWorkingDays(query.at(), TaskFigure.DUE_SOON_WORKING_DAYS)
            : null;
    return register.page(query, currentUser.policy().visibility().unitsOrNullForAll(), soon);
  }

  @Transactional(readOnly = true)
  public TaskHistory history(String registerNumber, LocalDate at) {
    TaskView task =
        register
            .find(registerNumber, at == null ? clock.today() : at)
            .orElseThrow(() -> notFound(registerNumber));
    if (!mayRead(task)) {
      throw notFound(registerNumber);
    }
    return register.history(task);
  }

  /**
   * The register's visibility: a unit reads the tasks it leads or coordinates; the Office, the
   * provincial leaders and the working group read all.
   */
  public boolean mayRead(TaskView task) {
    return currentUser.policy().mayReadTask(task.leadUnit(), task.coordinatingUnits());
  }

  // ---- Documents ---------------------------------------------------------------------------

  /**
   * A document, for those who may read a task it belongs to (through its directive or a submitted
   * result) and for the person who uploaded it.
   *
   * @throws NotFoundException alike for a document that does not exist and for one the caller may
   *     not see
   */
  @Transactional(readOnly = true)
  public DocumentStore.StoredDocument document(long id) {
    NotFoundException notFound =
        new NotFoundException(
            "Không có tệp văn bản mã " + id + " hoặc bạn không được xem tệp này.");
    DocumentStore.StoredDocument document = documents.find(id).orElseThrow(() -> notFound);
    AccessPolicy access = currentUser.policy();
    if (access.seesEverything() || access.caller().is(document.uploadedBy())) {
      return document;
    }
    for (long taskId : documents.taskIds(id)) {
      if (register.find(taskId, clock.today()).map(this::mayRead).orElse(false)) {
        return document;
      }
    }
    throw notFound;
  }

  /**
   * Whether the caller uploaded the document, or it already belongs to the task (see {@link
   * DirectiveRules#checkAttachable}).
   */
  private boolean mayAttach(long documentId, Long taskId) {
    Optional<String> uploader = documents.uploader(documentId);
    boolean mine = uploader.isPresent() && uploader.get().equals(currentUser.username());
    boolean ofThisTask =
        uploader.isPresent() && taskId != null && documents.taskIds(documentId).contains(taskId);
    return mine || ofThisTask;
  }

  /** The coordination inputs so far, as the lead officer's forms show them. */
  public String coordinationSummary(long taskId) {
    return register.coordinationSummary(taskId);
  }

  /** The task as the register holds it now. */
  public TaskView task(long taskId) {
    return register
        .find(taskId, clock.today())
        .orElseThrow(() -> new NotFoundException("Không có nhiệm vụ mã " + taskId + "."));
  }

  public TaskView task(String registerNumber) {
    return register.find(registerNumber, clock.today()).orElseThrow(() -> notFound(registerNumber));
  }

  /**
   * The task, for a caller who may read it (see {@link #mayRead}); to anyone else as if there were
   * no such task, as its record answers, so no endpoint tells that a task exists to someone who may
   * not see it.
   */
  public TaskView readableTask(String registerNumber) {
    TaskView task = task(registerNumber);
    if (!mayRead(task)) {
      throw notFound(registerNumber);
    }
    return task;
  }

  /**
   * Who may read and work a task through the product's API besides Camunda's own checks (see {@link
   * AccessPolicy#mayWorkOnTask}).
   */
  public boolean mayWorkOn(TaskView task) {
    return currentUser.policy().mayWorkOnTask(task.leadUnit(), task.officer());
  }

  /** Who may ask for an extension (see {@link AccessPolicy#mayAskExtension}). */
  public boolean mayAskExtension(TaskView task) {
    return currentUser.policy().mayAskExtension(task.leadUnit(), task.officer());
  }

  /** Whether the caller sees the whole register (see {@link AccessPolicy#seesEverything}). */
  public boolean seesEverything() {
    return currentUser.policy().seesEverything();
  }

  /**
   * The issuer (the Chairman for the Committee's and his own tasks) or the Office may withdraw a
   * task.
   */
  public boolean mayWithdraw(TaskView task) {
    return currentUser
        .policy()
        .mayWithdraw(task.issuerKind() == IssuerKind.VICE_CHAIRMAN, task.issuerKey());
  }

  private void notifyOfficer(TaskView task, NotificationKind kind, String detail) {
    if (task.officer() != null) {
      notifications.notify(kind, List.of(task.officer()), notice(task).withDetail(detail));
    }
  }

  /** The due date Tasklist shows: the last minute of the deadline day in Vietnam. */
  public static Date dueDate(LocalDate deadline) {
    return deadline == null
        ? null
        : Date.from(
            deadline.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant().minusSeconds(60));
  }

  /** A directive as people name it: its number with its date, since numbers restart every year. */
  public static String directiveLabel(String number, LocalDate issuedOn) {
    return number + " ngày " + vietnameseDate(issuedOn);
  }

  public static TaskNotice notice(TaskView task) {
    return new TaskNotice(
        task.registerNumber(),
        task.content(),
        task.leadUnitName(),
        task.directive(),
        task.issuerName(),
        task.currentDeadline(),
        null,
        null);
  }

  private static NotFoundException notFound(String registerNumber) {
    return new NotFoundException(
        "Không có nhiệm vụ số " + registerNumber + " hoặc bạn không được xem nhiệm vụ này.");
  }

  public static String vietnameseDate(LocalDate date) {
    return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  private static void requireText(String value, String field, String message) {
    if (blank(value)) {
      throw InvalidInputException.of(field, message);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
