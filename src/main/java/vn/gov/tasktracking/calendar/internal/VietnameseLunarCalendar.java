package vn.gov.tasktracking.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for the meridian of UTC+7 as the Vietnamese
 * calendar has been since 1968:
 *
 * <ul>
 *   <li>a month starts on the local day of the astronomical new moon;
 *   <li>month 11 is the month that contains the winter solstice;
 *   <li>when 13 months lie between two months 11, the first of them without a major solar term (sun
 *       longitude a multiple of 30°) is the leap month and repeats the previous month's number.
 * </ul>
 *
 * Because the rules are applied at UTC+7 and not UTC+8, some years differ from the Chinese calendar
 * (Tết 1985, 2007). Supported: Gregorian dates 1900-01-01 to 2200-12-31, i.e. every lunar year from
 * 1900 to 2199 in full. Thread-safe; results are cached per year.
 *
 * <p>Limit of accuracy: a new moon within a few minutes of local midnight cannot be placed on its
 * day with certainty (ΔT alone is uncertain by minutes after 2100). In 1900–2199 this happens at a
 * handful of month starts, e.g. 7/7/1967, 22/1/2175 and 26/1/2199, where published tables may
 * differ from this class by one day.
 */
public final class VietnameseLunarCalendar {

  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  public static final LocalDate MAX_DATE = LocalDate.of(2200, 12, 31);

  /** Local time of the calendar's meridian, as a fraction of a day east of Greenwich. */
  private final double utcOffsetDays;

  /** Lunar months from month 11 of Gregorian year y−1 up to (not including) month 11 of year y. */
  private final Map<Integer, List<Month>> monthsBySolsticeYear = new ConcurrentHashMap<>();

  /** One lunar month: its lunar year and number, whether leap, first day and length. */
  private record Month(int lunarYear, int number, boolean leap, long firstEpochDay, int length) {
    boolean contains(long epochDay) {
      return epochDay >= firstEpochDay && epochDay < firstEpochDay + length;
    }
  }

  /** The Vietnamese calendar: UTC+7. */
  public VietnameseLunarCalendar() {
    this(7);
  }

  /**
   * The same rules at another meridian; only for showing in tests that UTC+8 yields the Chinese
   * calendar, which is how Vietnamese and Chinese Tết come to differ.
   */
  public VietnameseLunarCalendar(int utcOffsetHours) {
    this.utcOffsetDays = utcOffsetHours / 24.0;
  }

  /** The Gregorian date of a lunar date. */
  public LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
    LunarDate requested = new LunarDate(lunarYear, lunarMonth, lunarDay, leapMonth);
    if (lunarYear < MIN_DATE.getYear() - 1 || lunarYear > MAX_DATE.getYear()) {
      throw outOfRange(requested.toString());
    }
    // Months 11 and 12 (and a leap 11 or 12) of a lunar year come after that year's winter
    // solstice.
    int solsticeYear = lunarMonth >= 11 ? lunarYear + 1 : lunarYear;
    for (Month month : monthsOf(solsticeYear)) {
      if (month.lunarYear() == lunarYear
          && month.number() == lunarMonth
          && month.leap() == leapMonth) {
        if (lunarDay > month.length()) {
          throw new IllegalArgumentException(
              "Tháng "
                  + lunarMonth
                  + (leapMonth ? " nhuận" : "")
                  + " năm âm lịch "
                  + lunarYear
                  + " chỉ có "
                  + month.length()
                  + " ngày, không có ngày "
                  + lunarDay
                  + ".");
        }
        LocalDate result = LocalDate.ofEpochDay(month.firstEpochDay() + lunarDay - 1);
        if (result.isBefore(MIN_DATE) || result.isAfter(MAX_DATE)) {
          throw outOfRange(requested.toString());
        }
        return result;
      }
    }
    if (leapMonth) {
      throw new IllegalArgumentException(
          "Năm âm lịch " + lunarYear + " không có tháng " + lunarMonth + " nhuận.");
    }
    throw new IllegalStateException(
        "Không tìm thấy tháng " + lunarMonth + " năm âm lịch " + lunarYear + ".");
  }

  /** The Gregorian date of a lunar date. */
  public LocalDate toSolar(LunarDate date) {
    return toSolar(date.year(), date.month(), date.day(), date.leapMonth());
  }

  /** The lunar date of a Gregorian date. */
  public LunarDate toLunar(LocalDate date) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw outOfRange(VietnameseText.date(date));
    }
    long epochDay = date.toEpochDay();
    int solsticeYear = date.getYear();
    if (epochDay >= monthsOf(solsticeYear + 1).get(0).firstEpochDay()) {
      solsticeYear++;
    }
    for (Month month : monthsOf(solsticeYear)) {
      if (month.contains(epochDay)) {
        return new LunarDate(
            month.lunarYear(),
            month.number(),
            (int) (epochDay - month.firstEpochDay()) + 1,
            month.leap());
      }
    }
    throw new IllegalStateException(
        "Không xác định được ngày âm lịch của " + VietnameseText.date(date) + ".");
  }

  /** Tết Nguyên đán: the first day of the first month of the lunar year {@code year}. */
  public LocalDate lunarNewYear(int year) {
    return toSolar(year, 1, 1, false);
  }

  /** The number of the leap month of a lunar year, or 0 when the year has none. */
  public int leapMonthOf(int lunarYear) {
    if (lunarYear < MIN_DATE.getYear() - 1 || lunarYear > MAX_DATE.getYear()) {
      throw outOfRange("năm âm lịch " + lunarYear);
    }
    for (int solsticeYear = lunarYear; solsticeYear <= lunarYear + 1; solsticeYear++) {
      for (Month month : monthsOf(solsticeYear)) {
        if (month.leap() && month.lunarYear() == lunarYear) {
          return month.number();
        }
      }
    }
    return 0;
  }

  /** Number of days (29 or 30) of a lunar month. */
  public int lengthOfMonth(int lunarYear, int lunarMonth, boolean leapMonth) {
    LocalDate first = toSolar(lunarYear, lunarMonth, 1, leapMonth);
    LunarDate lastCandidate = toLunar(first.plusDays(29));
    return lastCandidate.day() == 30 ? 30 : 29;
  }

  private List<Month> monthsOf(int solsticeYear) {
    return monthsBySolsticeYear.computeIfAbsent(solsticeYear, this::computeMonths);
  }

  private List<Month> computeMonths(int solsticeYear) {
    long first = lunationOfMonth11(solsticeYear - 1);
    long next = lunationOfMonth11(solsticeYear);
    int count = (int) (next - first);
    if (count != 12 && count != 13) {
      throw new IllegalStateException(
          "Số tháng âm lịch bất thường (" + count + ") quanh năm " + solsticeYear + ".");
    }
    long[] starts = new long[count + 1];
    for (int i = 0; i <= count; i++) {
      starts[i] = newMoonDay(first + i);
    }
    int leapIndex = -1;
    if (count == 13) {
      for (int i = 1; i < count; i++) {
        if (!containsMajorTerm(starts[i], starts[i + 1])) {
          leapIndex = i;
          break;
        }
      }
    }
    List<Month> months = new ArrayList<>(count);
    int number = 11;
    int lunarYear = solsticeYear - 1;
    for (int i = 0; i < count; i++) {
      boolean leap = i == leapIndex;
      if (i > 0 && !leap) {
        number = number % 12 + 1;
        if (number == 1) {
          lunarYear = solsticeYear;
        }
      }
      months.add(new Month(lunarYear, number, leap, starts[i], (int) (starts[i + 1] - starts[i])));
    }
    return List.copyOf(months);
  }

  /** The lunation that begins month 11, the month holding the winter solstice of {@code year}. */
  private long lunationOfMonth11(int year) {
    long solsticeDay = winterSolsticeDay(year);
    long k = Astronomy.lunationBefore(Astronomy.JD_UNIX_EPOCH + solsticeDay);
    // The mean lunation is only a first guess: the true new moon can be hours away from it.
    while (newMoonDay(k) > solsticeDay) {
      k--;
    }
    while (newMoonDay(k + 1) <= solsticeDay) {
      k++;
    }
    return k;
  }

  /** The local day during which the sun reaches longitude 270°. */
  private long winterSolsticeDay(int year) {
    long day = LocalDate.of(year, 12, 15).toEpochDay();
    while (majorTermAtStartOf(day + 1) < 9) {
      day++;
    }
    return day;
  }

  /** Whether the sun passes a multiple of 30° between the starts of the two local days. */
  private boolean containsMajorTerm(long firstDay, long nextMonthFirstDay) {
    return majorTermAtStartOf(firstDay) != majorTermAtStartOf(nextMonthFirstDay);
  }

  /** Which 30° sector (0–11) the sun is in at local midnight starting the given day. */
  private int majorTermAtStartOf(long epochDay) {
    double jdUt = Astronomy.JD_UNIX_EPOCH + epochDay - utcOffsetDays;
    return (int) (Astronomy.sunLongitudeUt(jdUt) / 30.0);
  }

  /** Local day of new moon number k, as epoch day. */
  private long newMoonDay(long k) {
    double localJd = Astronomy.newMoonUt(k) + utcOffsetDays;
    return (long) Math.floor(localJd - Astronomy.JD_UNIX_EPOCH);
  }

  private static IllegalArgumentException outOfRange(String what) {
    return new IllegalArgumentException(
        "Ngày "
            + what
            + " nằm ngoài phạm vi lịch hỗ trợ (từ "
            + VietnameseText.date(MIN_DATE)
            + " đến "
            + VietnameseText.date(MAX_DATE)
            + ").");
  }
}
