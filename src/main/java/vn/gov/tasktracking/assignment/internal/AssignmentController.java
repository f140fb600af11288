package vn.gov.tasktracking.assignment.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.RegisterQuery;
import vn.gov.tasktracking.assignment.TaskExtension;
import vn.gov.tasktracking.assignment.TaskPage;
import vn.gov.tasktracking.assignment.TaskView;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.system.ForbiddenException;
import vn.gov.tasktracking.system.InputRules;
import vn.gov.tasktracking.system.InvalidInputException;

/** Directives, the task register and the steps a unit takes on a task, over REST. */
@RestController
@RequestMapping("/api")
@Tag(name = "Giao và theo dõi nhiệm vụ")
public class AssignmentController {

  private final AssignmentService assignment;
  private final TaskRegister register;
  private final DocumentStore documents;
  private final TaskRecords records;
  private final TaskService tasks;
  private final org.camunda.bpm.engine.RuntimeService runtime;
  private final CurrentUser currentUser;
  private final EngineClock clock;

  AssignmentController(
      AssignmentService assignment,
      TaskRegister register,
      DocumentStore documents,
      TaskRecords records,
      TaskService tasks,
      org.camunda.bpm.engine.RuntimeService runtime,
      CurrentUser currentUser,
      EngineClock clock) {
    this.runtime = runtime;
    this.assignment = assignment;
    this.records = records;
    this.register = register;
    this.documents = documents;
    this.tasks = tasks;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @PostMapping("/directives")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Vào sổ văn bản chỉ đạo và các nhiệm vụ được giao (Văn phòng UBND tỉnh)")
  AssignmentService.Registration register(@RequestBody DirectiveRequest request) {
    requireOffice();
    return assignment.register(request);
  }

  /** The tasks a directive's addendum adds. */
  record AddendumRequest(java.util.List<DirectiveRequest.TaskRequest> tasks) {}

  @PostMapping("/directives/{id:\\d+}/tasks")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Giao thêm nhiệm vụ cho văn bản đã vào sổ (Văn phòng UBND tỉnh): tất cả hoặc không nhiệm vụ nào")
  AssignmentService.Registration addTasks(
      @PathVariable long id, @RequestBody AddendumRequest request) {
    requireOffice();
    return assignment.addTasks(id, request == null ? null : request.tasks());
  }

  @GetMapping("/directives/{id:\\d+}")
  @Operation(summary = "Một văn bản đã vào sổ cùng mọi nhiệm vụ của văn bản")
  AssignmentService.DirectiveView directive(@PathVariable long id) {
    return assignment.directive(id);
  }

  @GetMapping("/directives/issuers")
  @Operation(
      summary =
          "Người/cơ quan giao để chọn khi vào sổ: UBND tỉnh, Chủ tịch, từng Phó Chủ tịch (Văn phòng UBND tỉnh)")
  java.util.List<AssignmentService.IssuerOption> issuers() {
    requireOffice();
    return assignment.issuers();
  }

  /**
   * Registering directives is the Office's work (and the administrator's); the page only mirrors
   * this check.
   */
  private void requireOffice() {
    if (!currentUser.policy().keepsTheRegister()) {
      throw new ForbiddenException(
          "Chỉ chuyên viên Văn phòng UBND tỉnh được vào sổ văn bản giao nhiệm vụ.");
    }
  }

  @GetMapping("/tasks")
  @Operation(
      summary =
          "Tra cứu sổ theo dõi nhiệm vụ: lọc, phân trang, sắp xếp; nhóm trạng thái tính tại ngày 'at'")
  TaskPage query(
      @Parameter(description = "Mã đơn vị chủ trì") @RequestParam(required = false) String unit,
      @Parameter(
              description =
                  "Loại đơn vị chủ trì: PROVINCIAL_OFFICE, DEPARTMENT, DISTRICT_COMMITTEE, COMMUNE_COMMITTEE")
          @RequestParam(required = false)
          String unitKind,
      @Parameter(
              description =
                  "Người giao: COMMITTEE, CHAIRMAN, VICE_CHAIRMAN hoặc tên đăng nhập của Phó Chủ tịch")
          @RequestParam(required = false)
          String issuer,
      @Parameter(
              description =
                  "Số, ký hiệu văn bản (mọi năm), hoặc số kèm ngày như sổ hiển thị: 1/TB-UBND ngày 05/01/2026")
          @RequestParam(required = false)
          String directive,
      @Parameter(description = "Giao từ ngày")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate assignedFrom,
      @Parameter(description = "Giao đến ngày")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate assignedTo,
      @Parameter(description = "Nhóm trạng thái tại ngày tham chiếu")
          @RequestParam(required = false)
          String statusClass,
      @Parameter(
              description =
                  "Số liệu thống kê mà danh sách đếm: ASSIGNED, COMPLETED, OPEN, COMPLETED_ON_TIME, COMPLETED_BEFORE_DEADLINE, COMPLETED_LATE, COMPLETED_NO_DEADLINE, OPEN_WITHIN_DEADLINE, DUE_SOON, OPEN_OVERDUE, OPEN_NO_DEADLINE, NO_DEADLINE, WITHDRAWN, EXTENDED")
          @RequestParam(required = false)
          String figure,
      @Parameter(description = "Trạng thái xử lý") @RequestParam(required = false) String status,
      @Parameter(description = "Ngày tham chiếu; mặc định hôm nay")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate at,
      @Parameter(description = "Tìm trong nội dung, trích yếu, số văn bản, số vào sổ")
          @RequestParam(name = "q", required = false)
          String text,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @Parameter(
              description = "assignedOn|deadline|registerNumber|unit|status, kèm ,asc hoặc ,desc")
          @RequestParam(required = false)
          String sort) {
    return assignment.query(
        RegisterQuery.of(
            unit,
            unitKind,
            issuer,
            directive,
            assignedFrom,
            assignedTo,
            statusClass,
            figure,
            status,
            at,
            text,
            page,
            size,
            sort,
            clock.today()));
  }

  @GetMapping("/tasks/{registerNumber}")
  @Operation(
      summary =
          "Một nhiệm vụ với lịch sử trạng thái, tiến độ, ý kiến phối hợp và các lần báo cáo kết quả")
  TaskHistory task(
      @PathVariable String registerNumber,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
    return assignment.history(registerNumber, at);
  }

  @GetMapping("/tasks/{registerNumber}/record")
  @Operation(
      summary =
          "Hồ sơ nhiệm vụ: văn bản, đơn vị, hạn và các lần gia hạn, nhóm trạng thái hôm nay, toàn bộ quá trình xử lý (mới nhất trước), tệp đính kèm")
  TaskRecord record(@PathVariable String registerNumber) {
    return records.record(registerNumber);
  }

  @GetMapping("/steps/{camundaTaskId}/record")
  @Operation(summary = "Hồ sơ của nhiệm vụ mà một bước trong Tasklist thuộc về")
  TaskRecord recordOfStep(@PathVariable String camundaTaskId) {
    return records.recordOfStep(camundaTaskId);
  }

  @GetMapping("/steps/mine")
  @Operation(
      summary =
          "Bước tôi cần xử lý trong Tasklist của một nhiệm vụ (số vào sổ) hoặc một buổi kiểm tra (KT-…); 204 khi không có")
  ResponseEntity<TaskRecord.Step> myStep(
      @Parameter(description = "Số vào sổ NV-… hoặc mã buổi kiểm tra KT-…") @RequestParam
          String key) {
    TaskRecord.Step step = records.myStep(key.trim());
    return step == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(step);
  }

  record ProgressRequest(Integer percent, String note) {}

  @PostMapping("/tasks/{registerNumber}/progress")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Cập nhật tiến độ (không kết thúc bước đang làm)")
  void progress(@PathVariable String registerNumber, @RequestBody ProgressRequest request) {
    TaskView task = workableTask(registerNumber);
    assignment.recordProgress(task.id(), request.percent(), request.note());
  }

  public record ResultRequest(String resultText, String documentRef, Long documentId) {}

  @PostMapping("/tasks/{registerNumber}/result")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Cán bộ báo cáo kết quả thực hiện, có thể kèm tệp đã tải lên qua /api/documents")
  public void result(@PathVariable String registerNumber, @RequestBody ResultRequest request) {
    assignment.submitResult(
        registerNumber, request.resultText(), request.documentRef(), request.documentId());
  }

  record WithdrawRequest(String reason) {}

  @PostMapping("/tasks/{registerNumber}/withdraw")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Rút nhiệm vụ (người giao hoặc Văn phòng UBND tỉnh): mọi bước đang mở kết thúc")
  void withdraw(@PathVariable String registerNumber, @RequestBody WithdrawRequest request) {
    assignment.requestWithdrawal(registerNumber, request.reason());
  }

  @GetMapping("/tasks/{registerNumber}/extensions")
  @Operation(summary = "Các đề nghị gia hạn của một nhiệm vụ và quyết định")
  java.util.List<TaskExtension> extensions(@PathVariable String registerNumber) {
    return register.extensions(assignment.history(registerNumber, null).task().id());
  }

  record DocumentInfo(long id, String fileName, long size) {}

  /**
   * What the caller may do on a task besides its Tasklist steps, so the Tasklist plugin offers only
   * those controls (each endpoint checks again): attach the result's file (the officer, while the
   * result step is open), ask for an extension (the lead unit, before the deadline, none waiting),
   * withdraw (the issuer or the Office, while the task is open).
   */
  record TaskActions(
      String registerNumber,
      String content,
      String leadUnitName,
      String statusLabel,
      LocalDate currentDeadline,
      boolean mayAttachResult,
      boolean mayRequestExtension,
      boolean mayWithdraw,
      DocumentInfo resultDocument,
      java.util.List<TaskExtension> extensions) {}

  @GetMapping("/tasks/{registerNumber}/actions")
  @Operation(
      summary =
          "Các thao tác người đang đăng nhập được làm trên nhiệm vụ (đính kèm tệp kết quả, đề nghị gia hạn, rút nhiệm vụ)")
  TaskActions actions(@PathVariable String registerNumber) {
    TaskView task = assignment.history(registerNumber, null).task();
    boolean open = !task.status().isClosed();
    java.util.List<TaskExtension> requests = register.extensions(task.id());
    boolean pending = requests.stream().anyMatch(e -> "PENDING".equals(e.status()));
    boolean mayExtend =
        open
            && assignment.mayAskExtension(task)
            && task.currentDeadline() != null
            && !clock.today().isAfter(task.currentDeadline())
            && !pending;
    return new TaskActions(
        task.registerNumber(),
        task.content(),
        task.leadUnitName(),
        task.statusLabel(),
        task.currentDeadline(),
        resultStepOf(task) != null,
        mayExtend,
        open && assignment.mayWithdraw(task),
        attachedResult(task),
        requests);
  }

  @GetMapping("/steps/{stepId}/actions")
  @Operation(
      summary =
          "Như /tasks/{số vào sổ}/actions, cho nhiệm vụ của một bước trong Tasklist (mã bước của Camunda)")
  TaskActions stepActions(@PathVariable String stepId) {
    // The caller must see the step in Tasklist; the product then reads which task it belongs to.
    return actions(records.registerNumberOfStep(stepId));
  }

  @PostMapping(
      path = "/tasks/{registerNumber}/result-document",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Cán bộ đính kèm tệp kết quả vào bước «Thực hiện nhiệm vụ» đang mở; tệp đi cùng kết quả khi cán bộ báo cáo kết quả")
  DocumentInfo attachResult(
      @PathVariable String registerNumber,
      @RequestPart(name = "file", required = false) MultipartFile file)
      throws IOException {
    TaskView task = assignment.readableTask(registerNumber);
    Task step = resultStepOf(task);
    if (step == null) {
      if (!currentUser.policy().caller().is(task.officer())) {
        throw new ForbiddenException("Chỉ cán bộ thực hiện nhiệm vụ được đính kèm tệp kết quả.");
      }
      throw InvalidInputException.of(
          "registerNumber",
          "Nhiệm vụ "
              + registerNumber
              + " không ở bước thực hiện của bạn ("
              + task.statusLabel().toLowerCase()
              + ").");
    }
    if (file == null || file.isEmpty()) {
      throw InvalidInputException.of("file", "Chưa chọn tệp kết quả, hoặc tệp trống.");
    }
    DocumentInfo saved = upload(file);
    // The officer may not set process variables at will; the product sets them after its own
    // checks.
    currentUser.runAsProduct(
        () -> {
          tasks.setVariable(step.getId(), ResultSubmittedListener.DOCUMENT_ID, saved.id());
          tasks.setVariable(step.getId(), ResultSubmittedListener.DOCUMENT_NAME, saved.fileName());
        });
    return saved;
  }

  /**
   * The officer's steps where a result is submitted: "Thực hiện nhiệm vụ" (one step for progress
   * and result), and "Báo cáo kết quả thực hiện" of instances started before it, which stay on
   * their version.
   */
  private static final String[] RESULT_STEPS = {WorkStepListener.STEP, "Task_SubmitResult"};

  /** The open result step of the task when the caller is its officer, else null. */
  private Task resultStepOf(TaskView task) {
    String me = currentUser.username();
    if (me == null || task.status().isClosed()) {
      return null;
    }
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(task.registerNumber())
        .processDefinitionKey(AssignmentService.PROCESS_KEY)
        .taskDefinitionKeyIn(RESULT_STEPS)
        .taskAssignee(me)
        .singleResult();
  }

  /** The file attached to the result being prepared or last submitted, if any. */
  private DocumentInfo attachedResult(TaskView task) {
    // The caller may read the task (checked before); the engine may not let an officer read the
    // instance itself.
    Object[] id = new Object[1];
    currentUser.runAsProduct(
        () ->
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(task.registerNumber())
                .processDefinitionKey(AssignmentService.PROCESS_KEY)
                .list()
                .forEach(
                    instance ->
                        id[0] =
                            runtime.getVariable(
                                instance.getId(), ResultSubmittedListener.DOCUMENT_ID)));
    if (!(id[0] instanceof Number n)) {
      return null;
    }
    return documents
        .find(n.longValue())
        .map(d -> new DocumentInfo(d.id(), d.fileName(), d.size()))
        .orElse(null);
  }

  @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Tải lên tệp văn bản (văn bản chỉ đạo, báo cáo kết quả)")
  DocumentInfo upload(@RequestPart("file") MultipartFile file) throws IOException {
    if (file.isEmpty()) {
      throw InvalidInputException.of("file", "Tệp tải lên trống.");
    }
    String name = fileName(file.getOriginalFilename());
    InputRules.requireText(name, InputRules.NAME, "file", "Tên tệp");
    long id =
        documents.save(
            name,
            DocumentTypes.safe(file.getContentType(), name),
            file.getBytes(),
            currentUser.username());
    return new DocumentInfo(id, name, file.getSize());
  }

  @GetMapping("/documents/{id}")
  @Operation(
      summary =
          "Tải xuống tệp văn bản (người xem được nhiệm vụ hoặc văn bản có tệp này, và người đã tải lên)")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    DocumentStore.StoredDocument document = assignment.document(id);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(document.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(
            MediaType.parseMediaType(
                DocumentTypes.safe(document.contentType(), document.fileName())))
        .body(document.content());
  }

  /** The name without the folders some browsers send with it; "van-ban" when there is none. */
  private static String fileName(String original) {
    if (original == null) {
      return "van-ban";
    }
    String name =
        original
            .substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
            .trim();
    return name.isEmpty() ? "van-ban" : name;
  }

  private TaskView workableTask(String registerNumber) {
    return assignment.workableTask(registerNumber);
  }
}
