package vn.gov.tasktracking.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.tasktracking.calendar.internal.LunarDate;
import vn.gov.tasktracking.calendar.internal.VietnameseLunarCalendar;

class VietnameseLunarCalendarTest {

  private final VietnameseLunarCalendar calendar = new VietnameseLunarCalendar();

  @ParameterizedTest(name = "Tết {0} falls on {1}")
  @CsvSource({
    "2023, 2023-01-22",
    "2024, 2024-02-10",
    "2025, 2025-01-29",
    "2026, 2026-02-17",
    "2027, 2027-02-06",
    "2020, 2020-01-25",
    "2021, 2021-02-12",
    "2022, 2022-02-01",
    "2000, 2000-02-05",
    "1975, 1975-02-11",
    "2007, 2007-02-17",
    "1985, 1985-01-21",
    "2030, 2030-02-02",
    "1968, 1968-01-29"
  })
  void lunarNewYearFallsOnTheVietnameseDate(int year, LocalDate expected) {
    assertThat(calendar.lunarNewYear(year)).isEqualTo(expected);
    assertThat(calendar.toLunar(expected)).isEqualTo(new LunarDate(year, 1, 1, false));
  }

  @Test
  @DisplayName(
      "the same rules at UTC+8 give the Chinese Tết of 1985, 2007, 1968 and 2030, hence the Vietnamese difference")
  void chineseMeridianGivesTheChineseDatesWhereVietnamDiffers() {
    VietnameseLunarCalendar atUtcPlus8 = new VietnameseLunarCalendar(8);

    assertThat(atUtcPlus8.lunarNewYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
    assertThat(atUtcPlus8.lunarNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
    assertThat(atUtcPlus8.lunarNewYear(1968)).isEqualTo(LocalDate.of(1968, 1, 30));
    assertThat(atUtcPlus8.lunarNewYear(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
    assertThat(atUtcPlus8.lunarNewYear(2024)).isEqualTo(calendar.lunarNewYear(2024));
  }

  @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} (10/3 âm lịch) falls on {1}")
  @CsvSource({
    "2023, 2023-04-29",
    "2024, 2024-04-18",
    "2025, 2025-04-07",
    "2026, 2026-04-26",
    "2027, 2027-04-16"
  })
  void hungKingsDayIsTheTenthDayOfTheThirdLunarMonth(int year, LocalDate expected) {
    assertThat(calendar.toSolar(year, 3, 10, false)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} has leap month {1}")
  @CsvSource({"2020, 4", "2023, 2", "2025, 6", "2028, 5", "2024, 0", "2026, 0", "2033, 11"})
  void leapMonthOfTheYear(int lunarYear, int leapMonth) {
    assertThat(calendar.leapMonthOf(lunarYear)).isEqualTo(leapMonth);
  }

  @Test
  void leapSecondMonthOf2023RunsFrom22MarchTo19April() {
    assertThat(calendar.toSolar(2023, 2, 1, false)).isEqualTo(LocalDate.of(2023, 2, 20));
    assertThat(calendar.toSolar(2023, 2, 1, true)).isEqualTo(LocalDate.of(2023, 3, 22));
    assertThat(calendar.toSolar(2023, 3, 1, false)).isEqualTo(LocalDate.of(2023, 4, 20));
    assertThat(calendar.toLunar(LocalDate.of(2023, 4, 19)))
        .isEqualTo(new LunarDate(2023, 2, 29, true));
  }

  @Test
  void leapSixthMonthOf2025StartsOn25July() {
    assertThat(calendar.toSolar(2025, 6, 1, true)).isEqualTo(LocalDate.of(2025, 7, 25));
    assertThat(calendar.toLunar(LocalDate.of(2025, 8, 22)))
        .isEqualTo(new LunarDate(2025, 6, 29, true));
    assertThat(calendar.toLunar(LocalDate.of(2025, 8, 23)))
        .isEqualTo(new LunarDate(2025, 7, 1, false));
  }

  @Test
  void lunarNewYearsEveIsTheLastDayOfTheTwelfthMonth() {
    // Tết 2024 had a 30th of the twelfth month; Tết 2025 had none (the 29th was the eve).
    assertThat(calendar.toLunar(LocalDate.of(2024, 2, 9)))
        .isEqualTo(new LunarDate(2023, 12, 30, false));
    assertThat(calendar.toLunar(LocalDate.of(2025, 1, 28)))
        .isEqualTo(new LunarDate(2024, 12, 29, false));
    assertThat(calendar.lengthOfMonth(2024, 12, false)).isEqualTo(29);
    assertThat(calendar.lengthOfMonth(2023, 12, false)).isEqualTo(30);
  }

  @Test
  void everyDayFrom1900To2200SurvivesARoundTrip() {
    LocalDate day = VietnameseLunarCalendar.MIN_DATE;
    int leapDays = 0;
    while (!day.isAfter(VietnameseLunarCalendar.MAX_DATE)) {
      LunarDate lunar = calendar.toLunar(day);
      assertThat(calendar.toSolar(lunar)).as("round trip of %s (%s)", day, lunar).isEqualTo(day);
      if (lunar.leapMonth()) {
        leapDays++;
      }
      day = day.plusDays(1);
    }
    // About 7 leap months in 19 years: 301 years hold some 110 leap months of 29–30 days.
    assertThat(leapDays).isBetween(105 * 29, 115 * 30);
  }

  @Test
  void everyLunarYearFrom1900To2199HasTwelveOrThirteenMonthsAndTetBetween21JanuaryAnd20February() {
    for (int year = 1900; year <= 2199; year++) {
      LocalDate tet = calendar.lunarNewYear(year);
      assertThat(tet)
          .as("Tết %d", year)
          .isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
      long length = calendar.lunarNewYear(year + 1).toEpochDay() - tet.toEpochDay();
      assertThat(length)
          .as("length of lunar year %d", year)
          .isIn(
              calendar.leapMonthOf(year) == 0
                  ? new Long[] {353L, 354L, 355L}
                  : new Long[] {383L, 384L, 385L});
    }
  }

  @Test
  void refusesALeapMonthTheYearDoesNotHave() {
    assertThatThrownBy(() -> calendar.toSolar(2024, 5, 1, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Năm âm lịch 2024 không có tháng 5 nhuận.");
  }

  @Test
  void refusesTheThirtiethDayOfAShortMonth() {
    assertThatThrownBy(() -> calendar.toSolar(2024, 12, 30, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tháng 12 năm âm lịch 2024 chỉ có 29 ngày, không có ngày 30.");
  }

  @Test
  void refusesDatesOutsideTheSupportedRange() {
    assertThatThrownBy(() -> calendar.toLunar(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nằm ngoài phạm vi lịch hỗ trợ");
    assertThatThrownBy(() -> calendar.lunarNewYear(2201))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nằm ngoài phạm vi lịch hỗ trợ");
  }
}
