package vn.gov.tasktracking.reporting;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.assignment.RegisterStatistics;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.internal.DirectoryFile;

/**
 * The exactness check of {@link ReportExactnessTest} on the application's own database, so that its
 * PostgreSQL pass checks the PL/pgSQL trigger and the PostgreSQL plans; two units of its own.
 */
@SpringBootTest
class ReportExactnessIT {

  @Autowired JdbcClient jdbc;
  @Autowired DirectoryService directory;
  @Autowired ReportService reports;
  @Autowired RegisterStatistics register;

  @Test
  void tallyAndRowsAgreeWithCountingEveryTask() {
    check();
  }

  /**
   * The same with the tasks open at a past reference date found through the GiST index on
   * PostgreSQL, however few.
   */
  @Test
  void tallyAndRowsAgreeWithCountingEveryTaskThroughTheIndexOfTheDaysATaskWasOpen() {
    register.useGistIndexFrom(0);
    try {
      check();
    } finally {
      register.useGistIndexFrom(RegisterStatistics.MANY_CLOSED_AFTER);
    }
  }

  private void check() {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String a = "RXA" + suffix;
    String b = "RXB" + suffix;
    directory.apply(
        new DirectoryFile(
            "report-exactness",
            List.of(
                new DirectoryFile.UnitRow(
                    a, "Đơn vị kiểm thử báo cáo A", "DEPARTMENT", null, true, null, null),
                new DirectoryFile.UnitRow(
                    b, "Đơn vị kiểm thử báo cáo B", "DISTRICT_COMMITTEE", null, true, null, null)),
            List.of()),
        "test",
        null);
    ReportExactnessTest.check(new TestRegister(jdbc), reports, a, b);
  }
}
