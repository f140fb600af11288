package vn.gov.tasktracking.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.calendar.internal.CalendarDataException;
import vn.gov.tasktracking.calendar.internal.CalendarExceptions;
import vn.gov.tasktracking.calendar.internal.CalendarExceptionsFile;
import vn.gov.tasktracking.calendar.internal.PublicHolidays;
import vn.gov.tasktracking.calendar.internal.VietnameseLunarCalendar;

class CalendarExceptionsFileTest {

  @Test
  void shippedFileHoldsTheAnnouncedYears2024To2026() {
    SortedMap<Integer, CalendarExceptions> years = CalendarExceptionsFile.loadShipped();

    // 2027 has no notice that could be verified: the law's defaults apply to it.
    assertThat(years.keySet()).containsExactly(2024, 2025, 2026);
    assertThat(years.get(2025).tetSpan())
        .hasValueSatisfying(
            span -> {
              assertThat(span.firstDay()).isEqualTo(LocalDate.of(2025, 1, 25));
              assertThat(span.lastDay()).isEqualTo(LocalDate.of(2025, 2, 2));
            });
    assertThat(years.get(2026).swappedWorkingDays())
        .extracting(CalendarExceptions.Entry::date)
        .containsExactly(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
  }

  @Test
  void shippedFileAgreesWithTheComputedHolidays() {
    PublicHolidays holidays = new PublicHolidays(new VietnameseLunarCalendar());

    CalendarExceptionsFile.loadShipped().values().forEach(holidays::check);
  }

  @Test
  void readsAYearWithNothingUnderItAsNoExceptions() {
    assertThat(CalendarExceptionsFile.parse("years:\n  2028:\n"))
        .containsEntry(2028, CalendarExceptions.none(2028));
  }

  @Test
  void refusesAnImpossibleDateNamingYearAndEntry() {
    String yaml =
        """
                years:
                  2025:
                    extraDaysOff:
                      - date: 2025-09-01
                        note: "Liền kề Quốc khánh"
                      - date: 2025-02-30
                        note: "Nghỉ bù"
                """;

    assertThatThrownBy(() -> CalendarExceptionsFile.parse(yaml))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "Năm 2025, ngày nghỉ thêm (mục số 2, «Nghỉ bù»): ngày '2025-02-30' không tồn tại.");
  }

  @Test
  void refusesADateInAnotherShape() {
    String yaml =
        """
                years:
                  2025:
                    tet: {firstDay: 25/01/2025, lastDay: 2025-02-02, note: "Tết Ất Tỵ"}
                """;

    assertThatThrownBy(() -> CalendarExceptionsFile.parse(yaml))
        .hasMessage(
            "Năm 2025, kỳ nghỉ Tết Nguyên đán, ngày bắt đầu (firstDay): '25/01/2025' sai định dạng ngày,"
                + " cần năm-tháng-ngày (ví dụ 2025-09-01).");
  }

  @Test
  void refusesAnEntryOfAnotherYear() {
    String yaml =
        """
                years:
                  2024:
                    extraDaysOff:
                      - {date: 2025-09-03, note: "Liền kề Quốc khánh"}
                """;

    assertThatThrownBy(() -> CalendarExceptionsFile.parse(yaml))
        .hasMessage(
            "Năm 2024, ngày nghỉ thêm thứ Tư 03/09/2025 («Liền kề Quốc khánh»): không thuộc năm 2024.");
  }

  @Test
  void refusesUnknownFieldsSoThatATypoIsNotSilentlyIgnored() {
    String yaml =
        """
                years:
                  2025:
                    extraDayOff:
                      - {date: 2025-09-01, note: "Liền kề Quốc khánh"}
                """;

    assertThatThrownBy(() -> CalendarExceptionsFile.parse(yaml))
        .hasMessage(
            "Năm 2025: mục 'extraDayOff' không hợp lệ (chỉ dùng extraDaysOff, swappedWorkingDays, tet).");
  }

  @Test
  void refusesAYearKeyThatIsNotAYearAndAYearGivenTwice() {
    assertThatThrownBy(() -> CalendarExceptionsFile.parse("years:\n  năm2025: {}\n"))
        .hasMessageContaining("'năm2025' không phải là một năm");
    assertThatThrownBy(() -> CalendarExceptionsFile.parse("years:\n  2025: {}\n  2025: {}\n"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("khóa bị khai báo lặp lại")
        .hasMessageContaining("2025");
  }

  @Test
  void refusesBrokenYamlWithTheLine() {
    assertThatThrownBy(() -> CalendarExceptionsFile.parse("years:\n  2025:\n    tet: [\n"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith("dữ liệu tải lên: không đúng cú pháp YAML ở dòng");
  }

  @Test
  void refusesAnEmptyFileRatherThanDroppingAllExceptions() {
    assertThatThrownBy(() -> CalendarExceptionsFile.parse(""))
        .hasMessage("dữ liệu tải lên: tệp trống; cần có mục 'years'.");
  }

  @Test
  void reportsProblemsOfSeveralYearsTogether() {
    String yaml =
        """
                years:
                  2024:
                    swappedWorkingDays:
                      - {date: 2024-05-06, note: "Làm bù"}
                  2025:
                    extraDaysOff:
                      - {date: 2025-09-01}
                """;

    assertThatThrownBy(() -> CalendarExceptionsFile.parse(yaml))
        .isInstanceOfSatisfying(
            CalendarDataException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "Năm 2024, ngày làm bù thứ Hai 06/05/2024 («Làm bù»): vốn đã là ngày làm việc;"
                            + " ngày làm bù phải là thứ Bảy hoặc Chủ nhật.",
                        "Năm 2025, ngày nghỉ thêm thứ Hai 01/09/2025: thiếu ghi chú (căn cứ thông báo)."));
  }
}
