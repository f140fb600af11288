package vn.gov.tasktracking.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import vn.gov.tasktracking.calendar.internal.CalendarDataException;
import vn.gov.tasktracking.calendar.internal.CalendarExceptions;
import vn.gov.tasktracking.calendar.internal.CalendarExceptionsFile;
import vn.gov.tasktracking.calendar.internal.PublicHoliday;
import vn.gov.tasktracking.calendar.internal.PublicHolidays;
import vn.gov.tasktracking.calendar.internal.VietnameseLunarCalendar;
import vn.gov.tasktracking.calendar.internal.VietnameseText;
import vn.gov.tasktracking.system.VietnamTime;

/**
 * Working days of state agencies in Vietnam and deadlines counted in them.
 *
 * <p>A day is a working day unless it is a Saturday or Sunday, a public holiday ({@link
 * PublicHolidays}, with the year's Tết span) or an extra day off of the year's {@link
 * CalendarExceptions}; a weekend day listed as swapped working day ("làm bù") is a working day. A
 * year without exceptions (no notice shipped or entered) gets what the Labour Code gives without a
 * notice ({@link PublicHolidays#daysOffWithoutNotice(int)}: the second day of National Day,
 * compensatory days); a year's exceptions are its whole notice and replace those defaults.
 *
 * <p>Deadlines follow Civil Code 2015 art. 147–148: counting starts the day after the event, a
 * deadline falling on a day off moves to the next working day, and a day ends at 24:00 in
 * Asia/Ho_Chi_Minh whatever the server's time zone.
 *
 * <p>The calendar in force is an immutable snapshot; {@link #replaceExceptions(CalendarExceptions)}
 * swaps one year atomically, so an administrator's edit applies at once and a refused edit leaves
 * the calendar as it was. Thread-safe.
 */
public final class WorkingDayCalendar {

  private final PublicHolidays publicHolidays;
  private final AtomicReference<Snapshot> current;

  /**
   * @throws CalendarDataException when any year's exceptions are wrong, or a year is given twice
   */
  public WorkingDayCalendar(
      PublicHolidays publicHolidays, Collection<CalendarExceptions> exceptions) {
    this.publicHolidays = Objects.requireNonNull(publicHolidays, "publicHolidays");
    Map<Integer, YearDays> years = new HashMap<>();
    for (CalendarExceptions yearExceptions : exceptions) {
      if (years.containsKey(yearExceptions.year())) {
        throw new CalendarDataException(
            "Năm " + yearExceptions.year() + " được khai báo ngoại lệ hai lần.");
      }
      years.put(yearExceptions.year(), yearDays(yearExceptions));
    }
    this.current = new AtomicReference<>(new Snapshot(years));
  }

  /** The calendar with the exceptions shipped in {@code deadline/calendar-exceptions.yaml}. */
  public static WorkingDayCalendar withShippedExceptions() {
    return new WorkingDayCalendar(
        new PublicHolidays(new VietnameseLunarCalendar()),
        CalendarExceptionsFile.loadShipped().values());
  }

  /**
   * Puts a year's exceptions in force, replacing the year's previous ones (pass {@link
   * CalendarExceptions#none(int)} to fall back to the computed holidays).
   *
   * @throws CalendarDataException when the exceptions contradict the holidays; the calendar in
   *     force is then unchanged
   */
  public void replaceExceptions(CalendarExceptions exceptions) {
    YearDays replacement = yearDays(exceptions);
    current.updateAndGet(snapshot -> snapshot.with(replacement));
  }

  /** The exceptions in force for a year (empty when none were given). */
  public CalendarExceptions exceptionsOf(int year) {
    return days(year).exceptions();
  }

  /** The public holidays of a year as in force (Tết span from the year's exceptions). */
  public List<PublicHoliday> holidaysOf(int year) {
    return days(year).holidays();
  }

  /**
   * The days off the law gives a year without a notice (second day of National Day, compensatory
   * days), whether or not the year's notice replaces them.
   */
  public List<PublicHoliday> daysOffWithoutNotice(int year) {
    return publicHolidays.daysOffWithoutNotice(year);
  }

  /**
   * A deadline written as {@code asWritten}, due by Civil Code art. 148(2) at the end of that day
   * or, when it is a day off, of the next working day.
   */
  public Deadline deadline(LocalDate asWritten) {
    return asWritten == null ? null : new Deadline(asWritten, nextWorkingDayOnOrAfter(asWritten));
  }

  public boolean isWorkingDay(LocalDate date) {
    return dayOffReason(date).isEmpty();
  }

  /** Why a day is not a working day, in Vietnamese; empty for a working day. */
  public Optional<String> dayOffReason(LocalDate date) {
    YearDays year = days(date.getYear());
    if (year.swappedWorkingDays().containsKey(date)) {
      return Optional.empty();
    }
    String reason = year.daysOff().get(date);
    if (reason != null) {
      return Optional.of(reason);
    }
    if (CalendarExceptions.isWeekend(date)) {
      return Optional.of("Nghỉ cuối tuần (" + VietnameseText.weekday(date.getDayOfWeek()) + ")");
    }
    return Optional.empty();
  }

  /**
   * The deadline of "n working days" from {@code assignedDate}: the n-th working day after it (the
   * assigned day itself never counts). With n = 0, the assigned day, or the next working day when
   * it is a day off.
   */
  public LocalDate addWorkingDays(LocalDate assignedDate, int n) {
    requireNonNegative(n);
    if (n == 0) {
      return nextWorkingDayOnOrAfter(assignedDate);
    }
    LocalDate day = assignedDate;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The deadline of "n days" (calendar days) from {@code assignedDate}: the n-th day after it,
   * moved to the next working day when that day is off (Civil Code art. 148(2)).
   */
  public LocalDate addCalendarDays(LocalDate assignedDate, int n) {
    requireNonNegative(n);
    return nextWorkingDayOnOrAfter(assignedDate.plusDays(n));
  }

  /** The date itself when it is a working day, else the first working day after it. */
  public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The working day n working days before {@code deadline} ("remind 3 working days before"): the
   * deadline is then the n-th working day after the result. With n = 0, the deadline itself.
   */
  public LocalDate subtractWorkingDays(LocalDate deadline, int n) {
    requireNonNegative(n);
    LocalDate day = deadline;
    int counted = 0;
    while (counted < n) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * Working days after {@code from} up to and including {@code to}, counted as deadlines are:
   * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. E.g. from a deadline to today, how
   * many working days a task is overdue. Negative when {@code to} is before {@code from}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** 24:00 of the date in Vietnam, i.e. 00:00 +07:00 of the next day, the end of a deadline day. */
  public Instant endOfDay(LocalDate date) {
    return date.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
  }

  /** Today's date in Vietnam, whatever the server's time zone. */
  public LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
  }

  /** The date in Vietnam of an instant. */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, VietnamTime.ZONE);
  }

  private YearDays days(int year) {
    return current.get().days(year, this::yearDays);
  }

  private YearDays yearDays(int year) {
    return yearDays(CalendarExceptions.none(year));
  }

  /** Validates a year's exceptions against its holidays and lays out its days off. */
  private YearDays yearDays(CalendarExceptions exceptions) {
    List<PublicHoliday> holidays = publicHolidays.forYear(exceptions.year(), exceptions);
    Map<LocalDate, String> daysOff = new LinkedHashMap<>();
    for (PublicHoliday holiday : holidays) {
      // Two holidays can share a day (Giỗ Tổ on 30/4 in some years): both names are kept.
      daysOff.merge(holiday.date(), holiday.name(), (a, b) -> a + ", " + b);
    }
    if (!exceptions.announced()) {
      for (PublicHoliday day : publicHolidays.daysOffWithoutNotice(exceptions.year())) {
        daysOff.merge(day.date(), day.name(), (a, b) -> a + ", " + b);
      }
    }
    for (CalendarExceptions.Entry entry : exceptions.extraDaysOff()) {
      daysOff.put(entry.date(), entry.note());
    }
    Map<LocalDate, String> swapped = new HashMap<>();
    for (CalendarExceptions.Entry entry : exceptions.swappedWorkingDays()) {
      swapped.put(entry.date(), entry.note());
    }
    return new YearDays(exceptions, holidays, Map.copyOf(daysOff), Map.copyOf(swapped));
  }

  private static void requireNonNegative(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("Số ngày không được âm (nhận được " + n + ").");
    }
  }

  /**
   * One year as in force: its exceptions, holidays, days off (with reasons) and worked weekend
   * days.
   */
  private record YearDays(
      CalendarExceptions exceptions,
      List<PublicHoliday> holidays,
      Map<LocalDate, String> daysOff,
      Map<LocalDate, String> swappedWorkingDays) {}

  /**
   * The years with exceptions, fixed; years without any are computed on first use and cached, which
   * is safe because they depend on nothing an edit can change.
   */
  private static final class Snapshot {
    private final Map<Integer, YearDays> withExceptions;
    private final Map<Integer, YearDays> computed;

    Snapshot(Map<Integer, YearDays> withExceptions) {
      this(withExceptions, new ConcurrentHashMap<>());
    }

    private Snapshot(Map<Integer, YearDays> withExceptions, Map<Integer, YearDays> computed) {
      this.withExceptions = Map.copyOf(withExceptions);
      this.computed = computed;
    }

    YearDays days(int year, IntFunction<YearDays> compute) {
      YearDays days = withExceptions.get(year);
      if (days != null) {
        return days;
      }
      return computed.computeIfAbsent(year, compute::apply);
    }

    Snapshot with(YearDays replacement) {
      Map<Integer, YearDays> years = new HashMap<>(withExceptions);
      years.put(replacement.exceptions().year(), replacement);
      ConcurrentHashMap<Integer, YearDays> stillComputed = new ConcurrentHashMap<>(computed);
      stillComputed.remove(replacement.exceptions().year());
      return new Snapshot(years, stillComputed);
    }
  }
}
