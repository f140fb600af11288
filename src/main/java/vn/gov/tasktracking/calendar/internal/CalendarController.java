package vn.gov.tasktracking.calendar.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.tasktracking.calendar.CalendarService;
import vn.gov.tasktracking.calendar.Deadline;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.InputRules;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.InvalidInputException.Problem;

/**
 * The working-day calendar over REST: everyone reads a year, administrators edit its exceptions.
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Lịch ngày làm việc")
class CalendarController {

  private final CalendarService calendar;
  private final WorkingDayCalendar workingDays;
  private final CurrentUser currentUser;

  CalendarController(
      CalendarService calendar, WorkingDayCalendar workingDays, CurrentUser currentUser) {
    this.calendar = calendar;
    this.workingDays = workingDays;
    this.currentUser = currentUser;
  }

  /** The day a deadline of N working days falls on, and the same in words. */
  record CountedDeadline(LocalDate from, int workingDays, LocalDate deadline, String text) {}

  @GetMapping("/deadline")
  @Operation(
      summary =
          "Hạn xử lý sau N ngày làm việc kể từ một ngày, theo lịch ngày làm việc của hệ thống (như khi vào sổ)")
  CountedDeadline deadline(
      @Parameter(description = "Ngày bắt đầu tính (ngày giao)")
          @RequestParam
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(description = "Số ngày làm việc, từ 1 đến 1000") @RequestParam int workingDays) {
    List<Problem> problems = new ArrayList<>();
    InputRules.date(from, "from", "Ngày bắt đầu tính", problems);
    if (workingDays < 1 || workingDays > 1000) {
      problems.add(new Problem("workingDays", "Số ngày làm việc phải từ 1 đến 1000."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.get(0).message(), problems);
    }
    Deadline deadline =
        this.workingDays.deadline(this.workingDays.addWorkingDays(from, workingDays));
    return new CountedDeadline(
        from, workingDays, deadline.due(), Deadline.text(deadline.asWritten(), deadline.due()));
  }

  @GetMapping("/{year}")
  @Operation(summary = "Ngày lễ, ngoại lệ và các ngày nghỉ trong tuần của một năm")
  CalendarService.YearView year(@PathVariable int year) {
    return calendar.year(year);
  }

  @PutMapping("/{year}")
  @Operation(
      summary =
          "Thay ngoại lệ của một năm (kỳ nghỉ Tết, ngày nghỉ thêm, ngày làm bù) — quản trị hệ thống; áp dụng ngay, không cần khởi động lại")
  CalendarService.YearView replace(
      @PathVariable int year, @RequestBody CalendarService.YearExceptions exceptions) {
    currentUser.requireAdministrator();
    return calendar.replace(year, exceptions, currentUser.username());
  }
}
