package vn.gov.tasktracking.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.tasktracking.security.CurrentUser;

/** The working-day calendar over REST: everyone reads a year, administrators edit its exceptions. */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Lịch ngày làm việc")
class CalendarController {

  private final CalendarService calendar;
  private final CurrentUser currentUser;

  CalendarController(CalendarService calendar, CurrentUser currentUser) {
    this.calendar = calendar;
    this.currentUser = currentUser;
  }

  @GetMapping("/{year}")
  @Operation(summary = "Ngày lễ, ngoại lệ và các ngày nghỉ trong tuần của một năm")
  CalendarService.YearView year(@PathVariable int year) {
    return calendar.year(year);
  }

  @PutMapping("/{year}")
  @Operation(summary = "Thay ngoại lệ của một năm (kỳ nghỉ Tết, ngày nghỉ thêm, ngày làm bù) — quản trị hệ thống; áp dụng ngay, không cần khởi động lại")
  CalendarService.YearView replace(@PathVariable int year, @RequestBody CalendarService.YearExceptions exceptions) {
    currentUser.requireAdministrator();
    return calendar.replace(year, exceptions, currentUser.username());
  }
}
