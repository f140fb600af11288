package vn.gov.tasktracking.assignment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.TaskExtension;
import vn.gov.tasktracking.assignment.TaskView;
import vn.gov.tasktracking.assignment.internal.TaskRecord.Document;
import vn.gov.tasktracking.assignment.internal.TaskRecord.Event;
import vn.gov.tasktracking.assignment.internal.TaskRecord.Party;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Unit;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.system.NotFoundException;

/**
 * Builds a task's record from the register and its history tables. Who may read it is decided once,
 * by {@link AssignmentService#history}: the same rule as the register's list.
 */
@Service
public class TaskRecords {

  /**
   * Open tasks due within this many working days are "sắp đến hạn" (orange), as the reports count
   * them.
   */
  static final int DUE_SOON_WORKING_DAYS = 3;

  private final AssignmentService assignment;
  private final TaskRegister register;
  private final DirectoryService directory;
  private final WorkingDayCalendar calendar;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final EngineClock clock;

  TaskRecords(
      AssignmentService assignment,
      TaskRegister register,
      DirectoryService directory,
      WorkingDayCalendar calendar,
      TaskService tasks,
      RuntimeService runtime,
      JdbcClient jdbc,
      CurrentUser currentUser,
      EngineClock clock) {
    this.assignment = assignment;
    this.register = register;
    this.directory = directory;
    this.calendar = calendar;
    this.tasks = tasks;
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * @throws NotFoundException when there is no such task or the caller may not see it
   */
  @Transactional(readOnly = true)
  public TaskRecord record(String registerNumber) {
    LocalDate today = clock.today();
    TaskHistory history = assignment.history(registerNumber, today);
    TaskView task = history.task();
    List<TaskExtension> requests = register.extensions(task.id());

    Map<String, Object> directive =
        jdbc.sql(
                "select d.excerpt, d.document_id, doc.file_name from directive d left join document doc on doc.id = d.document_id"
                    + " where d.id = ?")
            .param(task.directiveId())
            .query()
            .singleRow();
    Document directiveDocument =
        directive.get("document_id") == null
            ? null
            : new Document(
                ((Number) directive.get("document_id")).longValue(),
                (String) directive.get("file_name"),
                "Văn bản " + task.directiveNumber());

    List<Document> documents = new ArrayList<>();
    if (directiveDocument != null) {
      documents.add(directiveDocument);
    }
    List<Event> timeline = new ArrayList<>();
    for (TaskHistory.StatusChange change : history.statusChanges()) {
      timeline.add(
          event(
              change.changedAt(),
              "STATUS",
              "Trạng thái",
              change.changedBy(),
              change.label() + (change.note() == null ? "" : ". " + change.note()),
              null));
    }
    for (TaskHistory.ProgressUpdate progress : history.progress()) {
      timeline.add(
          event(
              progress.recordedAt(),
              "PROGRESS",
              "Cập nhật tiến độ",
              progress.recordedBy(),
              "Hoàn thành "
                  + progress.percent()
                  + "%"
                  + (progress.note() == null ? "" : ". " + progress.note()),
              null));
    }
    for (TaskHistory.CoordinationInput input : history.coordination()) {
      if (input.givenAt() != null) {
        timeline.add(
            event(
                input.givenAt(),
                "COORDINATION",
                "Ý kiến phối hợp",
                input.givenBy(),
                unitName(input.unit()) + ": " + input.input(),
                null));
      }
    }
    for (TaskHistory.Submission s : history.submissions()) {
      Document document = null;
      if (s.documentId() != null) {
        String fileName =
            jdbc.sql("select file_name from document where id = ?")
                .param(s.documentId())
                .query(String.class)
                .single();
        document =
            new Document(
                s.documentId(),
                fileName,
                "Báo cáo kết quả ngày " + AssignmentService.vietnameseDate(s.submittedOn()));
        documents.add(document);
      }
      timeline.add(
          event(
              s.submittedAt(),
              "SUBMISSION",
              "Báo cáo kết quả",
              s.submittedBy(),
              s.resultText()
                  + (s.documentRef() == null ? "" : " (văn bản " + s.documentRef() + ")"),
              document));
      if (s.decidedAt() != null) {
        String what =
            switch (s.outcome()) {
              case "ACCEPTED" -> "Văn phòng UBND tỉnh công nhận kết quả";
              case "RETURNED_BY_LEADER" -> "Lãnh đạo đơn vị trả lại kết quả";
              case "RETURNED_BY_OFFICE" -> "Văn phòng UBND tỉnh trả lại kết quả";
              default -> "Ý kiến về kết quả";
            };
        timeline.add(
            event(
                s.decidedAt(),
                "REVIEW",
                "Ý kiến về kết quả",
                s.decidedBy(),
                what + (s.comment() == null ? "." : ": " + s.comment()),
                null));
      }
    }
    for (TaskExtension e : requests) {
      timeline.add(
          event(
              e.requestedAt(),
              "EXTENSION_REQUEST",
              "Đề nghị gia hạn",
              e.requestedBy(),
              "Đề nghị gia hạn từ "
                  + AssignmentService.vietnameseDate(e.previousDeadline())
                  + " đến "
                  + AssignmentService.vietnameseDate(e.proposedDeadline())
                  + ". Lý do: "
                  + e.reason(),
              null));
      if (e.decidedAt() != null) {
        String comment =
            e.comment() == null || e.comment().isBlank() ? "" : " Ý kiến: " + e.comment().trim();
        timeline.add(
            event(
                e.decidedAt(),
                "EXTENSION_DECISION",
                "Quyết định gia hạn",
                e.decidedBy(),
                ("APPROVED".equals(e.status())
                        ? "Đồng ý gia hạn đến "
                            + AssignmentService.vietnameseDate(e.approvedDeadline())
                            + "."
                        : "Không đồng ý gia hạn; hạn xử lý giữ nguyên "
                            + AssignmentService.vietnameseDate(e.previousDeadline())
                            + ".")
                    + comment,
                null));
      }
    }
    jdbc.sql(
            "select kind, done_at from task_reminder where task_id = ? and kind in ('BEFORE_DEADLINE', 'OVERDUE_NOTICE', 'OVERDUE_REPEAT')"
                + " order by done_at")
        .param(task.id())
        .query(
            (rs, n) ->
                event(
                    rs.getTimestamp("done_at").toInstant(),
                    "REMINDER",
                    "Nhắc hạn",
                    null,
                    switch (rs.getString("kind")) {
                      case "BEFORE_DEADLINE" ->
                          "Hệ thống nhắc hạn xử lý cán bộ và đầu mối của đơn vị.";
                      case "OVERDUE_NOTICE" ->
                          "Hệ thống thông báo nhiệm vụ quá hạn tới lãnh đạo đơn vị và Văn phòng UBND tỉnh.";
                      default -> "Hệ thống nhắc lại nhiệm vụ quá hạn.";
                    },
                    null))
        .list()
        .forEach(timeline::add);
    if (task.overdueSince() != null) {
      timeline.add(
          event(
              task.overdueSince(),
              "OVERDUE",
              "Quá hạn",
              null,
              "Nhiệm vụ chuyển sang quá hạn (hết ngày "
                  + AssignmentService.vietnameseDate(task.currentDeadline())
                  + ").",
              null));
    }
    if (task.escalatedAt() != null) {
      timeline.add(
          event(
              task.escalatedAt(),
              "ESCALATION",
              "Báo cáo người giao",
              null,
              "Nhiệm vụ quá hạn kéo dài: đã báo cáo "
                  + task.issuerName()
                  + " và Văn phòng UBND tỉnh.",
              null));
    }
    for (TaskHistory.Explanation e : history.explanations()) {
      timeline.add(
          event(
              e.requestedAt(),
              "EXPLANATION_REQUEST",
              "Yêu cầu giải trình",
              null,
              "Đơn vị được yêu cầu giải trình lý do chậm.",
              null));
      if (e.givenAt() != null) {
        timeline.add(
            event(e.givenAt(), "EXPLANATION", "Giải trình", e.givenBy(), e.explanation(), null));
      }
    }
    // Newest first. A step's change of status is written after what the step recorded (a
    // submission, a
    // decision on it) in the same moment, so at the same moment it is the later one.
    List<Event> ordered = new ArrayList<>(timeline);
    ordered.sort(
        Comparator.comparing(Event::at, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> "STATUS".equals(e.kind()))
            .thenComparingInt(timeline::indexOf)
            .reversed());

    return new TaskRecord(
        task.registerNumber(),
        task.content(),
        task.keyTask(),
        new TaskRecord.Directive(
            assignment.seesEverything() ? task.directiveId() : null,
            task.directiveNumber(),
            task.directiveIssuedOn(),
            task.issuerName(),
            (String) directive.get("excerpt"),
            directiveDocument),
        new Party(task.leadUnit(), task.leadUnitName()),
        task.coordinatingUnits().stream().map(u -> new Party(u, unitName(u))).toList(),
        task.officer() == null ? null : person(task.officer()),
        task.assignedOn(),
        task.originalDeadline(),
        task.currentDeadline(),
        requests,
        task.status(),
        task.statusLabel(),
        task.statusClass(),
        task.statusClassLabel(),
        colour(task, today),
        task.progressPercent(),
        task.completedOn(),
        task.withdrawnOn(),
        ordered,
        documents,
        myStep(task.registerNumber()));
  }

  /**
   * The record of the task a Tasklist step belongs to; the caller must be allowed to see the step
   * (Camunda's authorizations) and the task (the register's rule).
   *
   * @throws NotFoundException otherwise, or when the step belongs to no task of the register
   */
  @Transactional(readOnly = true)
  public TaskRecord recordOfStep(String camundaTaskId) {
    return record(registerNumberOfStep(camundaTaskId));
  }

  /**
   * The register number of the task a Tasklist step belongs to, when the caller sees that step (the
   * engine's authorizations decide); else not found, whether the step exists or not.
   */
  public String registerNumberOfStep(String camundaTaskId) {
    NotFoundException none =
        new NotFoundException(
            "Bước này không thuộc nhiệm vụ nào trong sổ theo dõi, hoặc bạn không được xem.");
    Task step = tasks.createTaskQuery().taskId(camundaTaskId).singleResult();
    if (step == null || step.getProcessInstanceId() == null) {
      throw none;
    }
    ProcessInstance[] instance = new ProcessInstance[1];
    currentUser.runAsProduct(
        () ->
            instance[0] =
                runtime
                    .createProcessInstanceQuery()
                    .processInstanceId(step.getProcessInstanceId())
                    .singleResult());
    if (instance[0] == null
        || instance[0].getBusinessKey() == null
        || !instance[0].getProcessDefinitionId().startsWith(AssignmentService.PROCESS_KEY + ":")) {
      throw none;
    }
    return instance[0].getBusinessKey();
  }

  /**
   * The open step of the process with this business key (a register number, or an inspection's
   * code) that the caller must work on: assigned to them, or offered to them or their groups and
   * taken by no one; null when none.
   */
  public TaskRecord.Step myStep(String businessKey) {
    String me = currentUser.username();
    if (me == null) {
      return null;
    }
    List<String> groups = currentUser.groupIds();
    List<Task> found = new ArrayList<>();
    currentUser.runAsProduct(
        () -> {
          var query =
              tasks
                  .createTaskQuery()
                  .processInstanceBusinessKey(businessKey)
                  .active()
                  .or()
                  .taskAssignee(me)
                  .taskCandidateUser(me);
          if (!groups.isEmpty()) {
            query.taskCandidateGroupIn(groups);
          }
          found.addAll(query.endOr().orderByTaskCreateTime().desc().list());
        });
    return found.stream()
        .findFirst()
        .map(t -> new TaskRecord.Step(t.getId(), t.getName()))
        .orElse(null);
  }

  /** The colour people expect for the task's class today (docs/domain.md). */
  String colour(TaskView task, LocalDate today) {
    return switch (task.statusClass()) {
      case COMPLETED_ON_TIME -> "green";
      case COMPLETED_LATE -> "amber";
      case COMPLETED_NO_DEADLINE, OPEN_NO_DEADLINE -> "grey";
      case OPEN_WITHIN_DEADLINE ->
          task.currentDeadline().isAfter(calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS))
              ? "blue"
              : "orange";
      case OPEN_OVERDUE -> "red";
      case WITHDRAWN -> "none";
    };
  }

  private Event event(
      Instant at, String kind, String label, String who, String text, Document document) {
    return new Event(at, kind, label, who == null ? null : person(who), text, document);
  }

  private Party person(String username) {
    return new Party(username, directory.person(username).map(Person::fullName).orElse(username));
  }

  private String unitName(String code) {
    return directory.unit(code).map(Unit::name).orElse(code);
  }
}
