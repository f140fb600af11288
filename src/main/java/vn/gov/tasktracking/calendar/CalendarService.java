package vn.gov.tasktracking.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.tasktracking.calendar.internal.CalendarDataException;
import vn.gov.tasktracking.calendar.internal.CalendarExceptions;
import vn.gov.tasktracking.calendar.internal.PublicHoliday;
import vn.gov.tasktracking.system.InputRules;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.SystemWork;

/**
 * The working-day calendar in force: computed holidays, the shipped yearly exceptions, and the
 * years an administrator edited (table {@code calendar_year}), which replace the shipped ones. An
 * edit applies at once on this node and within a minute on the other nodes of a cluster.
 */
@Service
public class CalendarService implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarService.class);

  /** A year's exceptions as the API and the table write them; dates yyyy-MM-dd. */
  public record YearExceptions(Span tet, List<Day> extraDaysOff, List<Day> swappedWorkingDays) {
    public record Span(String firstDay, String lastDay, String note) {}

    public record Day(String date, String note) {}
  }

  /**
   * A year as people read it: public holidays, exceptions, every day off that is not a weekend, and
   * the days off the law gives without a notice ({@code daysOffWithoutNotice}: second day of
   * National Day, compensatory days), in force only while the year has no exceptions ({@code
   * defaultsInForce}).
   */
  public record YearView(
      int year,
      List<PublicHoliday> holidays,
      YearExceptions exceptions,
      List<LocalDate> weekdaysOff,
      List<PublicHoliday> daysOffWithoutNotice,
      boolean defaultsInForce) {}

  private final WorkingDayCalendar calendar;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private volatile Instant loadedUpTo = Instant.EPOCH;

  CalendarService(WorkingDayCalendar calendar, JdbcClient jdbc, ObjectMapper json) {
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public void run(ApplicationArguments args) {
    SystemWork.run(this::refresh);
  }

  /** Takes up edits other nodes saved, every minute, as the system's own work. */
  @Scheduled(fixedDelayString = "${tasktracking.calendar.refresh-millis:60000}")
  void refreshOnSchedule() {
    SystemWork.run(this::refresh);
  }

  /** Takes up edits other nodes saved. */
  public void refresh() {
    record Row(int year, String exceptions, Timestamp updatedAt) {}
    List<Row> rows =
        jdbc.sql(
                "select year_number, exceptions, updated_at from calendar_year where updated_at > ? order by updated_at")
            .param(Timestamp.from(loadedUpTo))
            .query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getTimestamp(3)))
            .list();
    for (Row row : rows) {
      try {
        calendar.replaceExceptions(
            build(row.year(), json.readValue(row.exceptions(), YearExceptions.class)));
      } catch (JsonProcessingException | RuntimeException e) {
        LOG.error(
            "Calendar exceptions of {} in the database cannot be used; the previous ones stay: {}",
            row.year(),
            e.getMessage());
      }
      loadedUpTo = row.updatedAt().toInstant();
    }
  }

  /**
   * The calendar in force as stored, built apart from the application's: the shipped exceptions
   * with the years administrators edited. For work done before the application runs (a migration).
   */
  public static WorkingDayCalendar storedCalendar(JdbcClient jdbc) {
    WorkingDayCalendar calendar = WorkingDayCalendar.withShippedExceptions();
    ObjectMapper json = new ObjectMapper();
    jdbc.sql("select year_number, exceptions from calendar_year order by year_number")
        .query(
            (rs, n) -> {
              try {
                calendar.replaceExceptions(
                    build(rs.getInt(1), json.readValue(rs.getString(2), YearExceptions.class)));
              } catch (JsonProcessingException | RuntimeException e) {
                LOG.error(
                    "Calendar exceptions of {} in the database cannot be used: {}",
                    rs.getInt(1),
                    e.getMessage());
              }
              return null;
            })
        .list();
    return calendar;
  }

  public YearView year(int year) {
    checkYear(year);
    CalendarExceptions exceptions = calendar.exceptionsOf(year);
    List<LocalDate> weekdaysOff = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() < 6 && !calendar.isWorkingDay(day)) {
        weekdaysOff.add(day);
      }
    }
    return new YearView(
        year,
        calendar.holidaysOf(year),
        view(exceptions),
        weekdaysOff,
        calendar.daysOffWithoutNotice(year),
        !exceptions.announced());
  }

  /**
   * Replaces a year's exceptions: checked whole, applied at once, kept in the database. The
   * exceptions are the year's whole notice: they replace the law's defaults of that year (empty
   * exceptions bring the defaults back). Deadlines already in the register are not recomputed.
   *
   * @throws InvalidInputException naming every wrong entry; the calendar in force is unchanged
   */
  @Transactional
  public YearView replace(int year, YearExceptions exceptions, String by) {
    CalendarExceptions built = build(year, exceptions);
    CalendarExceptions previous = calendar.exceptionsOf(year);
    try {
      calendar.replaceExceptions(built);
    } catch (CalendarDataException invalid) {
      throw invalid(invalid);
    }
    try {
      String text = json.writeValueAsString(exceptions);
      Timestamp now = Timestamp.from(Instant.now());
      if (jdbc.sql(
                  "update calendar_year set exceptions = ?, updated_by = ?, updated_at = ? where year_number = ?")
              .params(text, by, now, year)
              .update()
          == 0) {
        jdbc.sql(
                "insert into calendar_year (year_number, exceptions, updated_by, updated_at) values (?, ?, ?, ?)")
            .params(year, text, by, now)
            .update();
      }
    } catch (JsonProcessingException | RuntimeException e) {
      calendar.replaceExceptions(previous);
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    return year(year);
  }

  private static void checkYear(int year) {
    if (year < 1900 || year > 2199) {
      throw InvalidInputException.of(
          "year", "Năm " + year + " nằm ngoài khoảng lịch hỗ trợ (1900–2199).");
    }
  }

  private static CalendarExceptions build(int year, YearExceptions e) {
    checkYear(year);
    if (e == null) {
      throw InvalidInputException.of("exceptions", "Thiếu ngoại lệ của năm " + year + ".");
    }
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    CalendarExceptions.Builder builder = CalendarExceptions.builder(year);
    if (e.tet() != null) {
      InputRules.text(e.tet().note(), InputRules.NAME, "tet.note", "Ghi chú kỳ nghỉ Tết", problems);
      LocalDate first = date(e.tet().firstDay(), "tet.firstDay", "ngày đầu kỳ nghỉ Tết", problems);
      LocalDate last = date(e.tet().lastDay(), "tet.lastDay", "ngày cuối kỳ nghỉ Tết", problems);
      if (first != null && last != null) {
        builder.tetSpan(first, last, e.tet().note());
      }
    }
    List<YearExceptions.Day> off = e.extraDaysOff() == null ? List.of() : e.extraDaysOff();
    for (int i = 0; i < off.size(); i++) {
      InputRules.text(
          off.get(i).note(),
          InputRules.NAME,
          "extraDaysOff[" + (i + 1) + "].note",
          "Ghi chú ngày nghỉ thêm thứ " + (i + 1),
          problems);
      LocalDate d =
          date(
              off.get(i).date(),
              "extraDaysOff[" + (i + 1) + "].date",
              "ngày nghỉ thêm thứ " + (i + 1),
              problems);
      if (d != null) {
        builder.extraDayOff(d, off.get(i).note());
      }
    }
    List<YearExceptions.Day> worked =
        e.swappedWorkingDays() == null ? List.of() : e.swappedWorkingDays();
    for (int i = 0; i < worked.size(); i++) {
      InputRules.text(
          worked.get(i).note(),
          InputRules.NAME,
          "swappedWorkingDays[" + (i + 1) + "].note",
          "Ghi chú ngày làm bù thứ " + (i + 1),
          problems);
      LocalDate d =
          date(
              worked.get(i).date(),
              "swappedWorkingDays[" + (i + 1) + "].date",
              "ngày làm bù thứ " + (i + 1),
              problems);
      if (d != null) {
        builder.swappedWorkingDay(d, worked.get(i).note());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.get(0).message(), problems);
    }
    try {
      return builder.build();
    } catch (CalendarDataException invalid) {
      throw invalid(invalid);
    }
  }

  private static InvalidInputException invalid(CalendarDataException invalid) {
    return new InvalidInputException(
        invalid.problems().get(0),
        invalid.problems().stream()
            .map(p -> new InvalidInputException.Problem("exceptions", p))
            .toList());
  }

  private static LocalDate date(
      String text, String field, String what, List<InvalidInputException.Problem> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new InvalidInputException.Problem(field, "Thiếu " + what + "."));
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException ex) {
      problems.add(
          new InvalidInputException.Problem(
              field,
              what.substring(0, 1).toUpperCase()
                  + what.substring(1)
                  + " '"
                  + text
                  + "' không phải ngày có thật (cần dạng năm-tháng-ngày)."));
      return null;
    }
  }

  private static YearExceptions view(CalendarExceptions e) {
    return new YearExceptions(
        e.tetSpan()
            .map(
                t ->
                    new YearExceptions.Span(
                        t.firstDay().toString(), t.lastDay().toString(), t.note()))
            .orElse(null),
        e.extraDaysOff().stream()
            .map(d -> new YearExceptions.Day(d.date().toString(), d.note()))
            .toList(),
        e.swappedWorkingDays().stream()
            .map(d -> new YearExceptions.Day(d.date().toString(), d.note()))
            .toList());
  }
}
