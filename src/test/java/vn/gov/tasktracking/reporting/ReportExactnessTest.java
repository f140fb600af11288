package vn.gov.tasktracking.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.reporting.internal.ReportingSettings;

/**
 * The tally of closed tasks plus the register's rows give exactly what counting every task one by
 * one gives, for periods with and without whole months and reference dates before, inside and after
 * them: a random register, each figure checked against a plain count in Java.
 */
class ReportExactnessTest {

  private record Spec(
      long id,
      String unit,
      LocalDate assigned,
      LocalDate original,
      LocalDate deadline,
      LocalDate completed,
      LocalDate withdrawn,
      List<LocalDate> progress) {}

  @Test
  void tallyAndRowsAgreeWithCountingEveryTask() {
    TestRegister register =
        new TestRegister()
            .unit("SXD", "Sở Xây dựng", "DEPARTMENT")
            .unit("STC", "Sở Tài chính", "DEPARTMENT");
    check(register, register.service(), "SXD", "STC");
  }

  /**
   * Builds a random register for two units and compares every figure (also run on PostgreSQL by
   * ReportExactnessIT).
   */
  static void check(TestRegister register, ReportService reports, String unitA, String unitB) {
    WorkingDayCalendar calendar = WorkingDayCalendar.withShippedExceptions();
    Random random = new Random(7);
    List<Spec> specs = new ArrayList<>();
    long directive = register.directive("UBND", "UBND tỉnh", LocalDate.of(2019, 1, 1));
    LocalDate start = LocalDate.of(2019, 1, 1);
    for (int i = 0; i < 600; i++) {
      String unit = i % 3 == 0 ? unitB : unitA;
      LocalDate assigned = start.plusDays(random.nextInt(730));
      LocalDate original = random.nextInt(6) == 0 ? null : assigned.plusDays(random.nextInt(60));
      long id = register.task(directive, unit, assigned, original);
      LocalDate deadline = original;
      if (original != null && random.nextInt(8) == 0) {
        deadline = original.plusDays(1 + random.nextInt(20));
        register.extend(id, deadline);
      }
      List<LocalDate> progress = new ArrayList<>();
      for (int p = random.nextInt(3); p > 0; p--) {
        progress.add(assigned.plusDays(random.nextInt(50)));
      }
      // Updates are recorded as they happen, so in order.
      progress.sort(null);
      progress.forEach(on -> register.progress(id, on));
      LocalDate completed = null;
      LocalDate withdrawn = null;
      int fate = random.nextInt(10);
      if (fate < 7) {
        completed = assigned.plusDays(random.nextInt(90));
        register.complete(id, completed);
      } else if (fate == 7) {
        withdrawn = assigned.plusDays(random.nextInt(60));
        register.withdraw(id, withdrawn);
      }
      specs.add(new Spec(id, unit, assigned, original, deadline, completed, withdrawn, progress));
    }
    // Every write path of the trigger: a closed task moved to another unit, its deadline changed,
    // its completion undone, deleted.
    register
        .jdbc
        .sql("update assigned_task set lead_unit_code = ? where id = ?")
        .params(unitB, specs.get(1).id())
        .update();
    specs.set(1, with(specs.get(1), unitB));
    Spec closed =
        specs.stream()
            .filter(x -> x.completed() != null && x.deadline() != null)
            .findFirst()
            .orElseThrow();
    register.extend(closed.id(), closed.deadline().plusDays(45));
    specs.set(
        specs.indexOf(closed),
        new Spec(
            closed.id(),
            closed.unit(),
            closed.assigned(),
            closed.original(),
            closed.deadline().plusDays(45),
            closed.completed(),
            null,
            closed.progress()));
    Spec reopened =
        specs.stream()
            .filter(x -> x.completed() != null && x != closed)
            .skip(3)
            .findFirst()
            .orElseThrow();
    register
        .jdbc
        .sql("update assigned_task set completed_on = null where id = ?")
        .param(reopened.id())
        .update();
    specs.set(
        specs.indexOf(reopened),
        new Spec(
            reopened.id(),
            reopened.unit(),
            reopened.assigned(),
            reopened.original(),
            reopened.deadline(),
            null,
            null,
            reopened.progress()));
    Spec deleted =
        specs.stream()
            .filter(x -> x.withdrawn() != null && x.progress().isEmpty())
            .findFirst()
            .orElseThrow();
    register.jdbc.sql("delete from assigned_task where id = ?").param(deleted.id()).update();
    specs.remove(deleted);

    LocalDate[][] cases = {
      {d("2019-01-01"), d("2020-12-31"), d("2021-06-30")},
      {d("2019-01-01"), d("2020-12-31"), d("2020-03-15")},
      {d("2019-02-14"), d("2020-07-09"), d("2020-12-31")},
      {d("2019-02-14"), d("2020-07-09"), d("2019-11-30")},
      {d("2019-03-01"), d("2019-03-31"), d("2019-04-02")},
      {d("2019-03-05"), d("2019-03-20"), d("2019-03-20")},
      {d("2020-01-01"), d("2020-06-30"), d("2020-02-29")},
      {d("2019-06-01"), d("2020-05-31"), d("2019-06-01")},
    };
    for (LocalDate[] c : cases) {
      for (String unit : List.of(unitA, unitB)) {
        Figures expected = expected(calendar, specs, unit, c[0], c[1], c[2]);
        Figures actual = reports.unitFigures(unit, c[0], c[1], c[2]);
        assertThat(actual)
            .as("%s %s..%s at %s", unit, c[0], c[1], c[2])
            .usingRecursiveComparison()
            .comparingOnlyFields(
                "assigned",
                "completedOnTime",
                "completedBeforeDeadline",
                "completedLate",
                "completedNoDeadline",
                "openWithinDeadline",
                "dueSoon",
                "openOverdue",
                "openNoDeadline",
                "withdrawn",
                "extended",
                "updatedOpen")
            .isEqualTo(expected);
      }
    }
  }

  private static Spec with(Spec s, String unit) {
    return new Spec(
        s.id(),
        unit,
        s.assigned(),
        s.original(),
        s.deadline(),
        s.completed(),
        s.withdrawn(),
        s.progress());
  }

  private static Figures expected(
      WorkingDayCalendar calendar,
      List<Spec> specs,
      String unit,
      LocalDate from,
      LocalDate to,
      LocalDate at) {
    Tally tally = new Tally();
    LocalDate soon = calendar.addWorkingDays(at, ReportService.DUE_SOON_WORKING_DAYS);
    for (Spec s : specs) {
      if (!s.unit().equals(unit)
          || s.assigned().isBefore(from)
          || s.assigned().isAfter(to)
          || s.assigned().isAfter(at)) {
        continue;
      }
      boolean extended = s.deadline() != null && !s.deadline().equals(s.original());
      boolean updated =
          s.progress().stream().anyMatch(p -> !p.isAfter(at) && p.isAfter(at.minusDays(30)));
      vn.gov.tasktracking.assignment.StatusClass c;
      if (s.withdrawn() != null && !s.withdrawn().isAfter(at)) {
        c = vn.gov.tasktracking.assignment.StatusClass.WITHDRAWN;
      } else if (s.completed() != null && !s.completed().isAfter(at)) {
        c =
            s.deadline() == null
                ? vn.gov.tasktracking.assignment.StatusClass.COMPLETED_NO_DEADLINE
                : s.completed().isAfter(s.deadline())
                    ? vn.gov.tasktracking.assignment.StatusClass.COMPLETED_LATE
                    : vn.gov.tasktracking.assignment.StatusClass.COMPLETED_ON_TIME;
      } else if (s.deadline() == null) {
        c = vn.gov.tasktracking.assignment.StatusClass.OPEN_NO_DEADLINE;
      } else {
        c =
            at.isAfter(s.deadline())
                ? vn.gov.tasktracking.assignment.StatusClass.OPEN_OVERDUE
                : vn.gov.tasktracking.assignment.StatusClass.OPEN_WITHIN_DEADLINE;
      }
      boolean before =
          s.completed() != null && s.deadline() != null && s.completed().isBefore(s.deadline());
      boolean dueSoon = s.deadline() != null && !s.deadline().isAfter(soon);
      tally.add(c, before, dueSoon, extended, updated, 1);
    }
    return tally.figures(unit, unit, ReportingSettings.defaults());
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }
}
