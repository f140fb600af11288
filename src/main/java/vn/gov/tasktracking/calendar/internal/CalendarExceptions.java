package vn.gov.tasktracking.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the state announces for one year on top of the computed holidays: the Tết span, extra days
 * off (the day next to 2/9, compensatory days "nghỉ bù", days swapped off "hoán đổi") and weekend
 * days worked instead ("làm bù"). Each entry carries a note, typically the notice it comes from.
 * Immutable; construction refuses inconsistent data with Vietnamese messages. Checks that need the
 * holidays themselves (Tết span holding lunar new year, no entry on a holiday) are done by {@link
 * PublicHolidays#check(CalendarExceptions)}.
 */
public final class CalendarExceptions {

  /** Longer than any Tết break so far (9–10 days); the limit is there to catch typing slips. */
  static final int MAX_TET_SPAN_DAYS = 14;

  /** The Tết break as announced: every day from {@code firstDay} to {@code lastDay} is off. */
  public record TetSpan(LocalDate firstDay, LocalDate lastDay, String note) {

    public boolean contains(LocalDate date) {
      return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    public List<LocalDate> days() {
      return firstDay.datesUntil(lastDay.plusDays(1)).toList();
    }

    String label() {
      return "kỳ nghỉ Tết Nguyên đán từ "
          + VietnameseText.dateWithWeekday(firstDay)
          + " đến "
          + VietnameseText.dateWithWeekday(lastDay);
    }
  }

  /** One dated exception: an extra day off or a swapped working day. */
  public record Entry(LocalDate date, String note) {}

  private final int year;
  private final TetSpan tetSpan;
  private final List<Entry> extraDaysOff;
  private final List<Entry> swappedWorkingDays;

  /**
   * @param tetSpan may be null: the computed Tết (eve and the first four days) then applies
   * @throws CalendarDataException naming each entry that is wrong
   */
  public CalendarExceptions(
      int year, TetSpan tetSpan, List<Entry> extraDaysOff, List<Entry> swappedWorkingDays) {
    this.year = year;
    this.tetSpan = tetSpan;
    this.extraDaysOff = sorted(extraDaysOff);
    this.swappedWorkingDays = sorted(swappedWorkingDays);
    List<String> problems = new ArrayList<>();
    validate(problems);
    if (!problems.isEmpty()) {
      throw new CalendarDataException(problems);
    }
  }

  /** A year with nothing announced: the computed holidays alone apply. */
  public static CalendarExceptions none(int year) {
    return new CalendarExceptions(year, null, List.of(), List.of());
  }

  public static Builder builder(int year) {
    return new Builder(year);
  }

  public int year() {
    return year;
  }

  public Optional<TetSpan> tetSpan() {
    return Optional.ofNullable(tetSpan);
  }

  /** Whether anything was announced for the year; an announced year replaces the law's defaults. */
  public boolean announced() {
    return tetSpan != null || !extraDaysOff.isEmpty() || !swappedWorkingDays.isEmpty();
  }

  /** Weekdays off in addition to the holidays, in date order. */
  public List<Entry> extraDaysOff() {
    return extraDaysOff;
  }

  /** Weekend days that are working days this year, in date order. */
  public List<Entry> swappedWorkingDays() {
    return swappedWorkingDays;
  }

  private void validate(List<String> problems) {
    String prefix = "Năm " + year + ", ";
    if (year < VietnameseLunarCalendar.MIN_DATE.getYear()
        || year >= VietnameseLunarCalendar.MAX_DATE.getYear()) {
      problems.add("Năm " + year + " nằm ngoài phạm vi lịch hỗ trợ (1900–2199).");
      return;
    }
    if (tetSpan != null) {
      validateTetSpan(prefix, problems);
    }
    Set<LocalDate> seen = new HashSet<>();
    for (Entry entry : extraDaysOff) {
      String label = prefix + "ngày nghỉ thêm " + describe(entry);
      if (!isComplete(entry, label, problems) || !isInYear(entry.date(), label, problems)) {
        continue;
      }
      if (!seen.add(entry.date())) {
        problems.add(label + ": khai báo trùng lặp.");
      } else if (isWeekend(entry.date())) {
        problems.add(
            label
                + ": rơi vào ngày nghỉ cuối tuần, không cần khai báo ngày nghỉ thêm"
                + " (ngày nghỉ bù phải là ngày làm việc kế tiếp).");
      } else if (tetSpan != null && tetSpan.contains(entry.date())) {
        problems.add(label + ": đã nằm trong kỳ nghỉ Tết Nguyên đán.");
      }
    }
    for (Entry entry : swappedWorkingDays) {
      String label = prefix + "ngày làm bù " + describe(entry);
      if (!isComplete(entry, label, problems) || !isInYear(entry.date(), label, problems)) {
        continue;
      }
      if (!seen.add(entry.date())) {
        problems.add(label + ": khai báo trùng lặp.");
      } else if (!isWeekend(entry.date())) {
        problems.add(
            label + ": vốn đã là ngày làm việc; ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
      } else if (tetSpan != null && tetSpan.contains(entry.date())) {
        problems.add(label + ": nằm trong kỳ nghỉ Tết Nguyên đán.");
      }
    }
  }

  private void validateTetSpan(String prefix, List<String> problems) {
    if (tetSpan.firstDay() == null || tetSpan.lastDay() == null) {
      problems.add(prefix + "kỳ nghỉ Tết Nguyên đán: thiếu ngày bắt đầu hoặc ngày kết thúc.");
      return;
    }
    String label = prefix + tetSpan.label();
    if (tetSpan.note() == null || tetSpan.note().isBlank()) {
      problems.add(label + ": thiếu ghi chú (căn cứ thông báo).");
    }
    if (tetSpan.firstDay().getYear() != year || tetSpan.lastDay().getYear() != year) {
      problems.add(
          label + ": phải nằm trọn trong năm " + year + " (Tết luôn rơi vào khoảng 21/01–20/02).");
    } else if (tetSpan.lastDay().isBefore(tetSpan.firstDay())) {
      problems.add(label + ": ngày kết thúc trước ngày bắt đầu.");
    } else if (tetSpan.days().size() > MAX_TET_SPAN_DAYS) {
      problems.add(
          label
              + ": dài "
              + tetSpan.days().size()
              + " ngày, vượt quá "
              + MAX_TET_SPAN_DAYS
              + " ngày; kiểm tra lại ngày nhập.");
    }
  }

  private boolean isComplete(Entry entry, String label, List<String> problems) {
    if (entry.date() == null) {
      problems.add(label + ": thiếu ngày.");
      return false;
    }
    if (entry.note() == null || entry.note().isBlank()) {
      problems.add(label + ": thiếu ghi chú (căn cứ thông báo).");
    }
    return true;
  }

  private boolean isInYear(LocalDate date, String label, List<String> problems) {
    if (date.getYear() != year) {
      problems.add(label + ": không thuộc năm " + year + ".");
      return false;
    }
    return true;
  }

  static String describe(Entry entry) {
    String date =
        entry.date() == null ? "(không có ngày)" : VietnameseText.dateWithWeekday(entry.date());
    return entry.note() == null || entry.note().isBlank()
        ? date
        : date + " («" + entry.note() + "»)";
  }

  public static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  private static List<Entry> sorted(List<Entry> entries) {
    Objects.requireNonNull(entries, "entries");
    List<Entry> copy = new ArrayList<>(entries);
    copy.sort(Comparator.comparing(Entry::date, Comparator.nullsFirst(Comparator.naturalOrder())));
    return List.copyOf(copy);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CalendarExceptions that
        && year == that.year
        && Objects.equals(tetSpan, that.tetSpan)
        && extraDaysOff.equals(that.extraDaysOff)
        && swappedWorkingDays.equals(that.swappedWorkingDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, tetSpan, extraDaysOff, swappedWorkingDays);
  }

  @Override
  public String toString() {
    return "CalendarExceptions["
        + year
        + ", tet="
        + tetSpan
        + ", extraDaysOff="
        + extraDaysOff
        + ", swappedWorkingDays="
        + swappedWorkingDays
        + "]";
  }

  /** Collects a year's entries; {@link #build()} validates them. */
  public static final class Builder {
    private final int year;
    private TetSpan tetSpan;
    private final List<Entry> extraDaysOff = new ArrayList<>();
    private final List<Entry> swappedWorkingDays = new ArrayList<>();

    private Builder(int year) {
      this.year = year;
    }

    public Builder tetSpan(LocalDate firstDay, LocalDate lastDay, String note) {
      this.tetSpan = new TetSpan(firstDay, lastDay, note);
      return this;
    }

    public Builder extraDayOff(LocalDate date, String note) {
      extraDaysOff.add(new Entry(date, note));
      return this;
    }

    public Builder swappedWorkingDay(LocalDate date, String note) {
      swappedWorkingDays.add(new Entry(date, note));
      return this;
    }

    public CalendarExceptions build() {
      return new CalendarExceptions(year, tetSpan, extraDaysOff, swappedWorkingDays);
    }
  }
}
