package vn.gov.tasktracking.importing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.tasktracking.importing.TaskImportService;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.ForbiddenException;
import vn.gov.tasktracking.system.InputRules;

/** Import of historical tasks from Excel, and the template to fill in. */
@RestController
@RequestMapping("/api/imports/tasks")
@Tag(name = "Nhập nhiệm vụ từ Excel")
class TaskImportController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final TaskImportService imports;
  private final CurrentUser currentUser;

  TaskImportController(TaskImportService imports, CurrentUser currentUser) {
    this.imports = imports;
    this.currentUser = currentUser;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Nhập nhiệm vụ cũ từ tệp Excel (.xlsx), tất cả hoặc không gì cả (Văn phòng UBND tỉnh, quản trị)")
  TaskImportService.ImportResult importTasks(@RequestPart("file") MultipartFile file) {
    if (!currentUser.policy().keepsTheRegister()) {
      throw new ForbiddenException(
          "Chỉ chuyên viên Văn phòng UBND tỉnh và quản trị hệ thống được nhập nhiệm vụ từ tệp.");
    }
    InputRules.requireText(file.getOriginalFilename(), InputRules.NAME, "file", "Tên tệp");
    try {
      return imports.importTasks(file.getOriginalFilename(), file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/template.xlsx")
  @Operation(summary = "Tệp mẫu để nhập nhiệm vụ: dòng tiêu đề, một dòng ví dụ và trang hướng dẫn")
  ResponseEntity<byte[]> template() {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("mau-nhap-nhiem-vu.xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(TaskWorkbook.template());
  }
}
