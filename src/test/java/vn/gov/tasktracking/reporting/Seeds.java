package vn.gov.tasktracking.reporting;

import java.time.LocalDate;

/** Registers that reproduce the figures of the seeds (docs/domain.md "Task status"). */
final class Seeds {

  private static final LocalDate D2017 = LocalDate.of(2017, 1, 1);

  private Seeds() {}

  /**
   * Sở Xây dựng, 01/01–15/10/2017 at 15/10/2017: 134 tasks, 106 on time (90 before the deadline
   * day), 21 late, 7 open.
   */
  static void sxd2017(TestRegister register) {
    long directive = register.directive("UBND", "UBND tỉnh", D2017);
    for (int i = 0; i < 106; i++) {
      LocalDate assigned = D2017.plusDays(i * 2); // 01/01 .. 10/07
      LocalDate deadline = assigned.plusDays(30);
      long task = register.task(directive, "SXD", assigned, deadline);
      register.complete(task, i < 90 ? deadline.minusDays(1 + i % 10) : deadline);
    }
    for (int i = 0; i < 21; i++) {
      LocalDate assigned = D2017.plusDays(i * 10); // 01/01 .. 18/07
      long task = register.task(directive, "SXD", assigned, assigned.plusDays(20));
      if (i < 3) {
        register.extend(task, assigned.plusDays(30));
      }
      register.complete(task, assigned.plusDays(40));
    }
    // Open within the deadline; 15/10/2017 is a Sunday: due soon means a deadline up to Wednesday
    // 18/10.
    LocalDate[] deadlines = {
      LocalDate.of(2017, 10, 16),
      LocalDate.of(2017, 10, 18),
      LocalDate.of(2017, 10, 19),
      LocalDate.of(2017, 10, 31),
      LocalDate.of(2017, 11, 15),
      LocalDate.of(2017, 11, 30),
      LocalDate.of(2017, 12, 31)
    };
    for (int i = 0; i < 7; i++) {
      long task = register.task(directive, "SXD", LocalDate.of(2017, 9, 20 + i), deadlines[i]);
      register.progress(task, LocalDate.of(2017, 10, 1 + i));
    }
    // Outside the period: assigned the day before it starts, and the day after it ends.
    register.task(directive, "SXD", LocalDate.of(2016, 12, 31), LocalDate.of(2017, 1, 31));
    register.task(directive, "SXD", LocalDate.of(2017, 10, 16), LocalDate.of(2017, 10, 31));
  }

  /**
   * UBND huyện Cao Lộc, first half of 2020 at 30/06/2020: 13 tasks, 4 completed before the
   * deadline, 5 late, 4 open within it.
   */
  static void caoLocFirstHalf2020(TestRegister register) {
    long directive = register.directive("UBND", "UBND tỉnh", LocalDate.of(2020, 1, 2));
    for (int i = 0; i < 13; i++) {
      LocalDate assigned = LocalDate.of(2020, 1 + i % 6, 2 + i);
      LocalDate deadline = i < 9 ? assigned.plusDays(20) : LocalDate.of(2020, 7, 15);
      long task = register.task(directive, "CAOLOC", assigned, deadline);
      if (i < 4) {
        register.complete(task, deadline.minusDays(3));
      } else if (i < 9) {
        register.complete(task, deadline.plusDays(2));
      }
    }
  }
}
