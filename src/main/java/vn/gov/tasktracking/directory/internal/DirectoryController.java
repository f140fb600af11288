package vn.gov.tasktracking.directory.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.tasktracking.directory.DirectoryCaller;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Unit;
import vn.gov.tasktracking.directory.internal.DirectoryFile.PersonRow;
import vn.gov.tasktracking.directory.internal.DirectoryFile.UnitRow;
import vn.gov.tasktracking.system.NotFoundException;

/** The unit directory over REST: everyone signed in reads it, administrators change it. */
@RestController
@RequestMapping("/api/directory")
@Tag(name = "Danh mục đơn vị và người dùng")
class DirectoryController {

  private final DirectoryService directory;
  private final DirectoryCaller currentUser;

  DirectoryController(DirectoryService directory, DirectoryCaller currentUser) {
    this.directory = directory;
    this.currentUser = currentUser;
  }

  @GetMapping("/units")
  @Operation(
      summary =
          "Danh sách đơn vị; active=true: chỉ các đơn vị đang hoạt động (để chọn khi giao việc)")
  List<Unit> units(@RequestParam(required = false) Boolean active) {
    return Boolean.TRUE.equals(active)
        ? directory.units().stream().filter(Unit::active).toList()
        : directory.units();
  }

  @GetMapping("/units/{code}")
  @Operation(summary = "Một đơn vị")
  Unit unit(@PathVariable String code) {
    return directory.requireUnit(code);
  }

  @PutMapping("/units/{code}")
  @Operation(summary = "Thêm hoặc sửa một đơn vị (quản trị hệ thống)")
  Unit saveUnit(@PathVariable String code, @RequestBody UnitRow row) {
    currentUser.requireAdministrator();
    UnitRow withCode =
        new UnitRow(
            code,
            row.name(),
            row.kind(),
            row.parent(),
            row.active(),
            row.dissolvedOn(),
            row.successor());
    directory.apply(
        new DirectoryFile(null, List.of(withCode), List.of()), "api", currentUser.username());
    return directory.requireUnit(code);
  }

  @GetMapping("/people")
  @Operation(summary = "Danh sách người dùng, có thể lọc theo đơn vị")
  List<Person> people(@RequestParam(required = false) String unit) {
    return directory.people(unit);
  }

  @GetMapping("/people/{username}")
  @Operation(summary = "Một người dùng")
  Person person(@PathVariable String username) {
    return directory
        .person(username)
        .orElseThrow(
            () -> new NotFoundException("Không có người dùng '" + username + "' trong danh mục."));
  }

  @PutMapping("/people/{username}")
  @Operation(
      summary =
          "Thêm hoặc sửa một người dùng (quản trị hệ thống); mật khẩu chỉ cần khi tạo mới hoặc đặt lại")
  Person savePerson(@PathVariable String username, @RequestBody PersonRow row) {
    currentUser.requireAdministrator();
    PersonRow withName =
        new PersonRow(
            username,
            row.fullName(),
            row.title(),
            row.email(),
            row.phone(),
            row.unit(),
            row.roles(),
            row.active(),
            row.password());
    directory.apply(
        new DirectoryFile(null, List.of(), List.of(withName)), "api", currentUser.username());
    return person(username);
  }

  @PostMapping(
      path = "/import",
      // Not text/plain: a cross-site form could send that without the browser asking first.
      consumes = {"application/yaml", "application/x-yaml", MediaType.APPLICATION_JSON_VALUE})
  @Operation(
      summary =
          "Nhập cả tệp danh mục (YAML): áp dụng toàn bộ hoặc không áp dụng gì khi có dòng sai")
  DirectoryService.ImportResult importFile(@RequestBody String text) {
    currentUser.requireAdministrator();
    return directory.apply(DirectoryService.parse(text), "api-import", currentUser.username());
  }

  @GetMapping("/imports")
  @Operation(summary = "Các lần nhập danh mục, mới nhất trước (quản trị hệ thống)")
  List<Map<String, Object>> imports() {
    currentUser.requireAdministrator();
    return directory.imports();
  }
}
