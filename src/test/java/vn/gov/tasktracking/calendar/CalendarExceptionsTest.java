package vn.gov.tasktracking.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.calendar.internal.CalendarDataException;
import vn.gov.tasktracking.calendar.internal.CalendarExceptions;

class CalendarExceptionsTest {

  @Test
  void keepsEntriesInDateOrder() {
    CalendarExceptions exceptions =
        CalendarExceptions.builder(2024)
            .extraDayOff(LocalDate.of(2024, 9, 3), "Liền kề Quốc khánh")
            .extraDayOff(LocalDate.of(2024, 4, 29), "Hoán đổi")
            .swappedWorkingDay(LocalDate.of(2024, 5, 4), "Làm bù")
            .build();

    assertThat(exceptions.extraDaysOff())
        .extracting(CalendarExceptions.Entry::date)
        .containsExactly(LocalDate.of(2024, 4, 29), LocalDate.of(2024, 9, 3));
    assertThat(exceptions.tetSpan()).isEmpty();
  }

  @Test
  void refusesADateOutsideItsYear() {
    assertThatThrownBy(
            () ->
                CalendarExceptions.builder(2024)
                    .extraDayOff(LocalDate.of(2025, 9, 1), "Liền kề Quốc khánh")
                    .build())
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "Năm 2024, ngày nghỉ thêm thứ Hai 01/09/2025 («Liền kề Quốc khánh»): không thuộc năm 2024.");
  }

  @Test
  void refusesASwappedWorkingDayThatIsAlreadyAWorkingDay() {
    assertThatThrownBy(
            () ->
                CalendarExceptions.builder(2025)
                    .swappedWorkingDay(LocalDate.of(2025, 4, 28), "Làm bù cho 2/5")
                    .build())
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "Năm 2025, ngày làm bù thứ Hai 28/04/2025 («Làm bù cho 2/5»): vốn đã là ngày làm việc;"
                + " ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
  }

  @Test
  void refusesADayOffThatIsAWeekend() {
    assertThatThrownBy(
            () ->
                CalendarExceptions.builder(2026)
                    .extraDayOff(LocalDate.of(2026, 4, 26), "Giỗ Tổ")
                    .build())
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith(
            "Năm 2026, ngày nghỉ thêm Chủ nhật 26/04/2026 («Giỗ Tổ»): rơi vào ngày nghỉ cuối tuần");
  }

  @Test
  void refusesDuplicates() {
    assertThatThrownBy(
            () ->
                CalendarExceptions.builder(2025)
                    .extraDayOff(LocalDate.of(2025, 9, 1), "Liền kề Quốc khánh")
                    .extraDayOff(LocalDate.of(2025, 9, 1), "Nhập lại")
                    .build())
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("Năm 2025, ngày nghỉ thêm thứ Hai 01/09/2025")
        .hasMessageEndingWith(": khai báo trùng lặp.");
  }

  @Test
  void refusesAnExtraDayOffInsideTheTetSpan() {
    assertThatThrownBy(
            () ->
                CalendarExceptions.builder(2025)
                    .tetSpan(LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 2), "Tết Ất Tỵ")
                    .extraDayOff(LocalDate.of(2025, 1, 27), "Nghỉ thêm")
                    .build())
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "Năm 2025, ngày nghỉ thêm thứ Hai 27/01/2025 («Nghỉ thêm»): đã nằm trong kỳ nghỉ Tết Nguyên đán.");
  }

  @Test
  void refusesATetSpanBackwardsTooLongOrWithoutNote() {
    assertThatThrownBy(
            () ->
                CalendarExceptions.builder(2025)
                    .tetSpan(LocalDate.of(2025, 2, 2), LocalDate.of(2025, 1, 25), "Tết")
                    .build())
        .hasMessageEndingWith(": ngày kết thúc trước ngày bắt đầu.");
    assertThatThrownBy(
            () ->
                CalendarExceptions.builder(2025)
                    .tetSpan(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 20), "Tết")
                    .build())
        .hasMessageContaining("dài 32 ngày, vượt quá 14 ngày");
    assertThatThrownBy(
            () ->
                CalendarExceptions.builder(2025)
                    .tetSpan(LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 2), " ")
                    .build())
        .hasMessage(
            "Năm 2025, kỳ nghỉ Tết Nguyên đán từ thứ Bảy 25/01/2025 đến Chủ nhật 02/02/2025:"
                + " thiếu ghi chú (căn cứ thông báo).");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThatThrownBy(
            () ->
                CalendarExceptions.builder(2025)
                    .extraDayOff(LocalDate.of(2025, 5, 3), "Thứ Bảy")
                    .swappedWorkingDay(LocalDate.of(2025, 5, 5), "Thứ Hai")
                    .build())
        .isInstanceOfSatisfying(
            CalendarDataException.class, e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void refusesAYearOutsideTheSupportedRange() {
    assertThatThrownBy(() -> CalendarExceptions.none(2200))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("Năm 2200 nằm ngoài phạm vi lịch hỗ trợ (1900–2199).");
  }
}
