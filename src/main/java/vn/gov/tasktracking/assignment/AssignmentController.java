package vn.gov.tasktracking.assignment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.system.ForbiddenException;
import vn.gov.tasktracking.system.InputRules;
import vn.gov.tasktracking.system.InvalidInputException;

/** Directives, the task register and the steps a unit takes on a task, over REST. */
@RestController
@RequestMapping("/api")
@Tag(name = "Giao và theo dõi nhiệm vụ")
class AssignmentController {

  private final AssignmentService assignment;
  private final ExtensionService extensions;
  private final DocumentStore documents;
  private final TaskService tasks;
  private final CurrentUser currentUser;
  private final EngineClock clock;

  AssignmentController(
      AssignmentService assignment, ExtensionService extensions, DocumentStore documents, TaskService tasks,
      CurrentUser currentUser, EngineClock clock) {
    this.assignment = assignment;
    this.extensions = extensions;
    this.documents = documents;
    this.tasks = tasks;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @PostMapping("/directives")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Vào sổ văn bản chỉ đạo và các nhiệm vụ được giao (Văn phòng UBND tỉnh)")
  AssignmentService.Registration register(@RequestBody DirectiveRequest request) {
    if (!currentUser.hasRole(Role.OFFICE_SPECIALIST) && !currentUser.hasRole(Role.ADMINISTRATOR)) {
      throw new ForbiddenException("Chỉ chuyên viên Văn phòng UBND tỉnh được vào sổ văn bản giao nhiệm vụ.");
    }
    return assignment.register(request);
  }

  @GetMapping("/tasks")
  @Operation(summary = "Tra cứu sổ theo dõi nhiệm vụ: lọc, phân trang, sắp xếp; nhóm trạng thái tính tại ngày 'at'")
  TaskPage query(
      @Parameter(description = "Mã đơn vị chủ trì") @RequestParam(required = false) String unit,
      @Parameter(description = "Người giao: COMMITTEE, CHAIRMAN, VICE_CHAIRMAN hoặc tên đăng nhập của Phó Chủ tịch") @RequestParam(required = false) String issuer,
      @Parameter(description = "Số, ký hiệu văn bản") @RequestParam(required = false) String directive,
      @Parameter(description = "Giao từ ngày") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assignedFrom,
      @Parameter(description = "Giao đến ngày") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assignedTo,
      @Parameter(description = "Nhóm trạng thái tại ngày tham chiếu") @RequestParam(required = false) String statusClass,
      @Parameter(description = "Trạng thái xử lý") @RequestParam(required = false) String status,
      @Parameter(description = "Ngày tham chiếu; mặc định hôm nay") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
      @Parameter(description = "Tìm trong nội dung, trích yếu, số văn bản, số vào sổ") @RequestParam(name = "q", required = false) String text,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @Parameter(description = "assignedOn|deadline|registerNumber|unit|status, kèm ,asc hoặc ,desc") @RequestParam(required = false) String sort) {
    return assignment.query(
        RegisterQuery.of(unit, issuer, directive, assignedFrom, assignedTo, statusClass, status, at, text, page, size, sort, clock.today()));
  }

  @GetMapping("/tasks/{registerNumber}")
  @Operation(summary = "Một nhiệm vụ với lịch sử trạng thái, tiến độ, ý kiến phối hợp và các lần báo cáo kết quả")
  TaskHistory task(
      @PathVariable String registerNumber,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
    return assignment.history(registerNumber, at);
  }

  record ProgressRequest(Integer percent, String note) {}

  @PostMapping("/tasks/{registerNumber}/progress")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Cập nhật tiến độ (không kết thúc bước đang làm)")
  void progress(@PathVariable String registerNumber, @RequestBody ProgressRequest request) {
    TaskView task = workableTask(registerNumber);
    assignment.recordProgress(task.id(), request.percent(), request.note());
  }

  record ResultRequest(String resultText, String documentRef, Long documentId) {}

  @PostMapping("/tasks/{registerNumber}/result")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Cán bộ báo cáo kết quả thực hiện, có thể kèm tệp đã tải lên qua /api/documents")
  void result(@PathVariable String registerNumber, @RequestBody ResultRequest request) {
    TaskView task = workableTask(registerNumber);
    Task step =
        tasks.createTaskQuery().processInstanceId(task.processInstanceId()).taskDefinitionKey("Task_SubmitResult").singleResult();
    if (step == null) {
      throw InvalidInputException.of("registerNumber",
          "Nhiệm vụ " + registerNumber + " không ở bước báo cáo kết quả (" + task.statusLabel().toLowerCase() + ").");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.RESULT_TEXT, request.resultText());
    variables.put(ProcessVariables.RESULT_DOCUMENT, request.documentRef());
    variables.put(ResultSubmittedListener.DOCUMENT_ID, request.documentId());
    tasks.complete(step.getId(), variables);
  }

  record WithdrawRequest(String reason) {}

  @PostMapping("/tasks/{registerNumber}/withdraw")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Rút nhiệm vụ (người giao hoặc Văn phòng UBND tỉnh): mọi bước đang mở kết thúc")
  void withdraw(@PathVariable String registerNumber, @RequestBody WithdrawRequest request) {
    assignment.requestWithdrawal(registerNumber, request.reason());
  }

  record ExtensionRequest(String reason, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposedDeadline) {}

  record ExtensionCreated(long id) {}

  @PostMapping("/tasks/{registerNumber}/extensions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Đơn vị đề nghị gia hạn (trước khi hết hạn, kèm lý do và ngày đề nghị); người giao hoặc Văn phòng quyết định trong Tasklist")
  ExtensionCreated requestExtension(@PathVariable String registerNumber, @RequestBody ExtensionRequest request) {
    workableTask(registerNumber);
    return new ExtensionCreated(extensions.request(registerNumber, request.reason(), request.proposedDeadline()));
  }

  @GetMapping("/tasks/{registerNumber}/extensions")
  @Operation(summary = "Các đề nghị gia hạn của một nhiệm vụ và quyết định")
  java.util.List<ExtensionService.Extension> extensions(@PathVariable String registerNumber) {
    return extensions.of(assignment.history(registerNumber, null).task().id());
  }

  record DocumentInfo(long id, String fileName, long size) {}

  @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Tải lên tệp văn bản (văn bản chỉ đạo, báo cáo kết quả)")
  DocumentInfo upload(@RequestPart("file") MultipartFile file) throws IOException {
    if (file.isEmpty()) {
      throw InvalidInputException.of("file", "Tệp tải lên trống.");
    }
    String name = fileName(file.getOriginalFilename());
    InputRules.requireText(name, InputRules.NAME, "file", "Tên tệp");
    long id = documents.save(name, DocumentTypes.safe(file.getContentType(), name), file.getBytes(), currentUser.username());
    return new DocumentInfo(id, name, file.getSize());
  }

  @GetMapping("/documents/{id}")
  @Operation(summary = "Tải xuống tệp văn bản (người xem được nhiệm vụ hoặc văn bản có tệp này, và người đã tải lên)")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    DocumentStore.StoredDocument document = assignment.document(id);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(DocumentTypes.safe(document.contentType(), document.fileName())))
        .body(document.content());
  }

  /** The name without the folders some browsers send with it; "van-ban" when there is none. */
  private static String fileName(String original) {
    if (original == null) {
      return "van-ban";
    }
    String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).trim();
    return name.isEmpty() ? "van-ban" : name;
  }

  private TaskView workableTask(String registerNumber) {
    TaskView task = assignment.task(registerNumber);
    if (!assignment.mayWorkOn(task)) {
      throw new ForbiddenException("Chỉ cán bộ được giao, đầu mối hoặc lãnh đạo đơn vị chủ trì được thao tác trên nhiệm vụ này.");
    }
    return task;
  }
}
