package vn.gov.tasktracking.calendar.internal;

/**
 * A date of the Vietnamese lunar calendar (âm lịch). {@code year} is the lunar year that begins at
 * Tết of the Gregorian year with the same number; {@code leapMonth} marks a leap month (tháng
 * nhuận), which repeats the number of the month before it.
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

  public LunarDate {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException(
          "Tháng âm lịch phải từ 1 đến 12, nhận được " + month + ".");
    }
    if (day < 1 || day > 30) {
      throw new IllegalArgumentException("Ngày âm lịch phải từ 1 đến 30, nhận được " + day + ".");
    }
  }

  /** As Vietnamese write it, e.g. "10/3/2024 âm lịch" or "15/2 nhuận/2023 âm lịch". */
  @Override
  public String toString() {
    return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " âm lịch";
  }
}
