package vn.gov.tasktracking.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TaskTrackingApplication;
import vn.gov.tasktracking.demo.internal.DemoProvince;
import vn.gov.tasktracking.reporting.Figures;
import vn.gov.tasktracking.reporting.ReportService;
import vn.gov.tasktracking.reporting.internal.GroupBy;
import vn.gov.tasktracking.reporting.internal.StatisticsQuery;
import vn.gov.tasktracking.system.EngineClock;

/**
 * The demo profile on an empty database: the province is loaded with every class of the statistics,
 * each open task waits at the step its register status says, an inspection is under way and the
 * inbox holds what the steps told people; a second start adds nothing; another first start on
 * another empty database loads the same province.
 */
class DemoProvinceIT {

  /** The register's statuses of open tasks and the steps of task-assignment they wait at. */
  private static final Map<String, String> STEP_OF_STATUS =
      Map.of(
          "WAITING_RECEIPT", "Task_ReceiveTask",
          "IN_PROGRESS", "Task_CarryOutWork",
          "LEADER_REVIEW", "Task_LeaderSignOff",
          "OFFICE_REVIEW", "Task_ReviewResult");

  @Test
  void firstStartLoadsAProvinceInMotionOnceAndTheSameEveryTime() {
    String database = "demo-province-" + UUID.randomUUID();
    List<String> firstRegister;
    long tasks;
    long notifications;
    try (ConfigurableApplicationContext app = start(database)) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      LocalDate today = app.getBean(EngineClock.class).today();
      Figures total =
          app.getBean(ReportService.class)
              .statistics(
                  StatisticsQuery.of(GroupBy.UNIT, today.minusDays(400), today, today, null))
              .total();
      assertThat(total.assigned()).isGreaterThan(100);
      assertThat(
              List.of(
                  total.completedOnTime(),
                  total.completedBeforeDeadline(),
                  total.completedLate(),
                  total.completedNoDeadline(),
                  total.openWithinDeadline(),
                  total.dueSoon(),
                  total.openOverdue(),
                  total.openNoDeadline(),
                  total.withdrawn(),
                  total.extended(),
                  total.updatedOpen()))
          .as(
              "on time, before deadline, late, done without deadline, open within deadline, due soon, overdue, open without"
                  + " deadline, withdrawn, extended, updated: %s",
              total)
          .allMatch(n -> n > 0);
      // Issued over about a year, by every kind of issuer, to many units.
      assertThat(
              jdbc.sql("select min(assigned_on) from assigned_task")
                  .query(LocalDate.class)
                  .single())
          .isBefore(today.minusDays(300));
      assertThat(
              jdbc.sql("select count(distinct issuer_kind) from directive")
                  .query(Long.class)
                  .single())
          .isEqualTo(3);
      assertThat(
              jdbc.sql("select count(distinct lead_unit_code) from assigned_task")
                  .query(Long.class)
                  .single())
          .isGreaterThan(5);

      TaskService taskService = app.getBean(TaskService.class);
      List<Map<String, Object>> open =
          jdbc.sql(
                  "select register_number, status, process_instance_id from assigned_task where status not in ('COMPLETED', 'WITHDRAWN')")
              .query()
              .listOfRows();
      assertThat(open)
          .extracting(r -> r.get("STATUS"))
          .contains("WAITING_RECEIPT", "IN_PROGRESS", "LEADER_REVIEW", "OFFICE_REVIEW");
      for (Map<String, Object> task : open) {
        List<String> steps =
            taskService
                .createTaskQuery()
                .processInstanceId((String) task.get("PROCESS_INSTANCE_ID"))
                .list()
                .stream()
                .map(Task::getTaskDefinitionKey)
                .toList();
        assertThat(steps)
            .as("%s %s", task.get("REGISTER_NUMBER"), task.get("STATUS"))
            .contains(STEP_OF_STATUS.get(task.get("STATUS")));
      }
      // An overdue task whose unit was asked for an explanation waits for it; another gave one.
      assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_ExplainDelay").count())
          .isPositive();
      assertThat(
              jdbc.sql("select count(*) from task_explanation where explanation is not null")
                  .query(Long.class)
                  .single())
          .isPositive();
      assertThat(jdbc.sql("select count(*) from task_progress").query(Long.class).single())
          .isGreaterThan(5);
      // The inspection waits for the unit's report.
      assertThat(jdbc.sql("select status from inspection").query(String.class).list())
          .containsExactly("AWAITING_REPORT");
      assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_SubmitUnitReport").count())
          .isEqualTo(1);
      // The inbox holds what the live steps told people: new tasks, reminders, overdue notices, an
      // extension.
      assertThat(jdbc.sql("select distinct kind from notification_log").query(String.class).list())
          .contains(
              "NEW_TASK",
              "REMINDER",
              "OVERDUE",
              "EXPLANATION_REQUESTED",
              "EXTENSION_APPROVED",
              "TASK_WITHDRAWN");
      assertThat(app.getBean(ManagementService.class).getProperties())
          .containsKey(DemoProvince.LOADED_PROPERTY);

      tasks = jdbc.sql("select count(*) from assigned_task").query(Long.class).single();
      notifications = jdbc.sql("select count(*) from notification").query(Long.class).single();
      firstRegister = register(jdbc);
    }

    try (ConfigurableApplicationContext again = start(database)) {
      JdbcClient jdbc = again.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select count(*) from assigned_task").query(Long.class).single())
          .isEqualTo(tasks);
      assertThat(jdbc.sql("select count(*) from notification").query(Long.class).single())
          .isEqualTo(notifications);
      assertThat(jdbc.sql("select count(*) from inspection").query(Long.class).single())
          .isEqualTo(1);
    }

    try (ConfigurableApplicationContext other = start("demo-province-" + UUID.randomUUID())) {
      assertThat(register(other.getBean(JdbcClient.class))).isEqualTo(firstRegister);
    }
  }

  /** What a reader of the register sees of each task, in order. */
  private static List<String> register(JdbcClient jdbc) {
    return jdbc.sql(
            """
            select d.number, d.issuer_key, t.content, t.lead_unit_code, t.assigned_on, t.original_deadline, t.current_deadline,
                   t.status, t.completed_on, t.withdrawn_on, t.officer_username
              from assigned_task t join directive d on d.id = t.directive_id order by t.id""")
        .query(
            (rs, n) ->
                String.join(
                    "|",
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11)))
        .list();
  }

  /**
   * The application with the demo profile on its own in-memory database, beside the tests' own
   * engine.
   */
  private static ConfigurableApplicationContext start(String database) {
    return new SpringApplicationBuilder(TaskTrackingApplication.class)
        .run(
            "--spring.profiles.active=test,demo",
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
            "--spring.datasource.username=sa",
            "--spring.datasource.password=",
            "--tasktracking.demo.password=Mat-khau-demo-tinh",
            "--camunda.bpm.process-engine-name=demoprovince");
  }
}
