package vn.gov.tasktracking.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.calendar.internal.CalendarDataException;
import vn.gov.tasktracking.calendar.internal.CalendarExceptions;
import vn.gov.tasktracking.calendar.internal.HolidayKind;
import vn.gov.tasktracking.calendar.internal.PublicHoliday;
import vn.gov.tasktracking.calendar.internal.PublicHolidays;
import vn.gov.tasktracking.calendar.internal.VietnameseLunarCalendar;

class PublicHolidaysTest {

  private final PublicHolidays holidays = new PublicHolidays(new VietnameseLunarCalendar());

  @Test
  void computedHolidaysOf2024FollowTheLabourCodeWithTetAsEvePlusFourDays() {
    assertThat(holidays.computed(2024))
        .extracting(PublicHoliday::date, PublicHoliday::kind, PublicHoliday::name)
        .containsExactly(
            tuple(LocalDate.of(2024, 1, 1), HolidayKind.NEW_YEAR, "Tết Dương lịch"),
            tuple(
                LocalDate.of(2024, 2, 9),
                HolidayKind.LUNAR_NEW_YEAR,
                "Tết Nguyên đán (30 tháng Chạp)"),
            tuple(
                LocalDate.of(2024, 2, 10),
                HolidayKind.LUNAR_NEW_YEAR,
                "Tết Nguyên đán (mùng 1 tháng Giêng)"),
            tuple(
                LocalDate.of(2024, 2, 11),
                HolidayKind.LUNAR_NEW_YEAR,
                "Tết Nguyên đán (mùng 2 tháng Giêng)"),
            tuple(
                LocalDate.of(2024, 2, 12),
                HolidayKind.LUNAR_NEW_YEAR,
                "Tết Nguyên đán (mùng 3 tháng Giêng)"),
            tuple(
                LocalDate.of(2024, 2, 13),
                HolidayKind.LUNAR_NEW_YEAR,
                "Tết Nguyên đán (mùng 4 tháng Giêng)"),
            tuple(
                LocalDate.of(2024, 4, 18),
                HolidayKind.HUNG_KINGS_COMMEMORATION,
                "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
            tuple(LocalDate.of(2024, 4, 30), HolidayKind.VICTORY_DAY, "Ngày Chiến thắng (30/4)"),
            tuple(
                LocalDate.of(2024, 5, 1),
                HolidayKind.INTERNATIONAL_LABOUR_DAY,
                "Ngày Quốc tế Lao động (1/5)"),
            tuple(LocalDate.of(2024, 9, 2), HolidayKind.NATIONAL_DAY, "Quốc khánh (2/9)"));
  }

  @Test
  void tetEveIsThe29thOfTheTwelfthMonthWhenThatMonthIsShort() {
    assertThat(holidays.defaultTetDays(2025))
        .containsExactly(
            LocalDate.of(2025, 1, 28),
            LocalDate.of(2025, 1, 29),
            LocalDate.of(2025, 1, 30),
            LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 2, 1));
    assertThat(holidays.computed(2025))
        .filteredOn(h -> h.date().equals(LocalDate.of(2025, 1, 28)))
        .extracting(PublicHoliday::name)
        .containsExactly("Tết Nguyên đán (29 tháng Chạp)");
  }

  @Test
  void hungKingsDayOf2023FallsAfterTheLeapSecondMonth() {
    assertThat(holidays.hungKingsCommemoration(2023)).isEqualTo(LocalDate.of(2023, 4, 29));
  }

  @Test
  void theAnnouncedTetSpanReplacesTheComputedTet() {
    CalendarExceptions exceptions =
        CalendarExceptions.builder(2025)
            .tetSpan(LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 2), "Nghỉ Tết Ất Tỵ 9 ngày")
            .build();

    List<PublicHoliday> tet =
        holidays.forYear(2025, exceptions).stream()
            .filter(h -> h.kind() == HolidayKind.LUNAR_NEW_YEAR)
            .toList();

    assertThat(tet).hasSize(9);
    assertThat(tet.get(0))
        .isEqualTo(
            new PublicHoliday(
                LocalDate.of(2025, 1, 25),
                HolidayKind.LUNAR_NEW_YEAR,
                "Tết Nguyên đán (26 tháng Chạp)"));
    assertThat(tet.get(8).name()).isEqualTo("Tết Nguyên đán (mùng 5 tháng Giêng)");
  }

  @Test
  void refusesATetSpanThatMissesLunarNewYearsDay() {
    CalendarExceptions exceptions =
        CalendarExceptions.builder(2025)
            .tetSpan(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 7), "Nhập nhầm tuần")
            .build();

    assertThatThrownBy(() -> holidays.check(exceptions))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(
            "Năm 2025, kỳ nghỉ Tết Nguyên đán từ thứ Hai 03/02/2025 đến thứ Sáu 07/02/2025:"
                + " không chứa mùng 1 Tết (thứ Tư 29/01/2025).");
  }

  @Test
  void refusesAnExtraDayOffThatIsAlreadyAHolidayAndWorkOnAHoliday() {
    CalendarExceptions exceptions =
        CalendarExceptions.builder(2026)
            .extraDayOff(LocalDate.of(2026, 9, 2), "Quốc khánh")
            .swappedWorkingDay(LocalDate.of(2026, 4, 26), "Làm bù")
            .build();

    assertThatThrownBy(() -> holidays.check(exceptions))
        .isInstanceOfSatisfying(
            CalendarDataException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "Năm 2026, ngày nghỉ thêm thứ Tư 02/09/2026 («Quốc khánh»): đã là ngày nghỉ lễ (Quốc khánh (2/9)).",
                        "Năm 2026, ngày làm bù Chủ nhật 26/04/2026 («Làm bù»): trùng ngày nghỉ lễ"
                            + " (Giỗ Tổ Hùng Vương (10/3 âm lịch)), không thể làm bù vào ngày lễ."));
  }
}
