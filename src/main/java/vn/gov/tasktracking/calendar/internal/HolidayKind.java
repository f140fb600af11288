package vn.gov.tasktracking.calendar.internal;

/** The public holidays of Labour Code 2019 art. 112(1), with the names the law gives them. */
public enum HolidayKind {
  NEW_YEAR("Tết Dương lịch"),
  LUNAR_NEW_YEAR("Tết Nguyên đán"),
  HUNG_KINGS_COMMEMORATION("Giỗ Tổ Hùng Vương"),
  VICTORY_DAY("Ngày Chiến thắng"),
  INTERNATIONAL_LABOUR_DAY("Ngày Quốc tế Lao động"),
  NATIONAL_DAY("Quốc khánh");

  private final String vietnameseName;

  HolidayKind(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  public String vietnameseName() {
    return vietnameseName;
  }
}
