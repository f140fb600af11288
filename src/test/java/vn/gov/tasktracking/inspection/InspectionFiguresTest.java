package vn.gov.tasktracking.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.inspection.internal.InspectionFigures;
import vn.gov.tasktracking.inspection.internal.InspectionView;
import vn.gov.tasktracking.system.RunsAsSystemWork;

/**
 * The figures of the seeds, computed from a register built row by row as the news reports tell it.
 */
@SpringBootTest
@ExtendWith(RunsAsSystemWork.class)
@ActiveProfiles("test")
class InspectionFiguresTest {

  @Autowired InspectionFigures figures;
  @Autowired InspectionService inspections;
  @Autowired DirectoryService directory;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /**
   * Sở Xây dựng, 01/01–15/10/2017: 134 tasks, 106 on time, 21 late, 7 open (visit 19/10/2017).
   * Frozen through the process: the plan approved on 16/10 counts at the period's end.
   */
  @Test
  void soXayDung2017ComesOutAsTheSeedSaysAndStaysFrozen() {
    RegisterRows rows = new RegisterRows(jdbc, LocalDate.of(2017, 1, 2));
    LocalDate day = LocalDate.of(2017, 1, 2);
    for (int i = 0; i < 106; i++) {
      LocalDate assigned = day.plusDays(i % 250);
      // a third of them before the deadline day, the rest on it
      rows.task(
          "SXD", assigned, assigned.plusDays(20), assigned.plusDays(i % 3 == 0 ? 10 : 20), null);
    }
    long firstLate = 0;
    for (int i = 0; i < 21; i++) {
      LocalDate assigned = day.plusDays(i * 5);
      long id = rows.task("SXD", assigned, assigned.plusDays(15), assigned.plusDays(30), null);
      firstLate = i == 0 ? id : firstLate;
    }
    rows.explanation(firstLate, "Chờ ý kiến thẩm định của Bộ Xây dựng");
    for (int i = 0; i < 4; i++) {
      rows.task("SXD", LocalDate.of(2017, 9, 20), LocalDate.of(2017, 11, 30), null, null);
    }
    // open at the period's end, completed on time two days later: still open in the figures
    rows.task(
        "SXD",
        LocalDate.of(2017, 10, 2),
        LocalDate.of(2017, 10, 31),
        LocalDate.of(2017, 10, 17),
        null);
    for (int i = 0; i < 2; i++) {
      rows.task("SXD", LocalDate.of(2017, 8, 1), LocalDate.of(2017, 9, 30), null, null);
    }
    // not counted: withdrawn, another unit, assigned after the period
    rows.task(
        "SXD", LocalDate.of(2017, 3, 1), LocalDate.of(2017, 4, 1), null, LocalDate.of(2017, 3, 15));
    rows.task("STC", LocalDate.of(2017, 3, 1), LocalDate.of(2017, 4, 1), null, null);
    rows.task("SXD", LocalDate.of(2017, 10, 16), LocalDate.of(2017, 10, 30), null, null);

    InspectionPeople.ensure(directory);
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDate.of(2017, 10, 16).atTime(9, 0).atZone(ZoneOffset.ofHours(7)).toInstant()));
    long id =
        inspections
            .plan(
                new InspectionRequests.Plan(
                    "SXD",
                    LocalDate.of(2017, 1, 1),
                    LocalDate.of(2017, 10, 15),
                    LocalDate.of(2017, 10, 19),
                    null,
                    InspectionPeople.LEADER,
                    List.of(InspectionPeople.MEMBER_1),
                    "Kiểm tra nhiệm vụ 2017"))
            .id();
    approve(id);

    InspectionView view = inspections.view(id);
    InspectionFigures.Counts c = view.figures().counts();
    assertThat(view.figures().referenceDate()).isEqualTo(LocalDate.of(2017, 10, 15));
    assertThat(c.total()).isEqualTo(134);
    assertThat(c.completedOnTime()).isEqualTo(106);
    assertThat(c.completedBeforeDeadline()).isEqualTo(36);
    assertThat(c.completedLate()).isEqualTo(21);
    assertThat(c.open()).isEqualTo(7);
    assertThat(c.openWithinDeadline()).isEqualTo(5);
    assertThat(c.openOverdue()).isEqualTo(2);
    assertThat(c.withdrawn()).isEqualTo(1);
    assertThat(view.figures().lateTasks()).hasSize(23);
    assertThat(view.figures().lateTasks().get(0).registerExplanation())
        .isEqualTo("Chờ ý kiến thẩm định của Bộ Xây dựng");

    // the register changes afterwards; the record does not
    rows.complete(
        rows.task("SXD", LocalDate.of(2017, 5, 5), LocalDate.of(2017, 6, 1), null, null),
        LocalDate.of(2017, 6, 1));
    jdbc.sql("update assigned_task set current_deadline = ? where id = ?")
        .params(LocalDate.of(2017, 12, 31), firstLate)
        .update();
    assertThat(inspections.view(id).figures().counts()).isEqualTo(c);
    assertThat(inspections.view(id).figures().lateTasks()).hasSize(23);
    assertThat(
            figures
                .counts(
                    "SXD",
                    LocalDate.of(2017, 1, 1),
                    LocalDate.of(2017, 10, 15),
                    LocalDate.of(2017, 10, 15))
                .total())
        .isEqualTo(135);
  }

  /**
   * UBND huyện Cao Lộc, first half of 2020, visit 19/6/2020: 13 tasks, 9 done (4 before the
   * deadline, 5 late), 4 open within.
   */
  @Test
  void caoLocFirstHalfOf2020ComesOutAsTheSeedSays() {
    RegisterRows rows = new RegisterRows(jdbc, LocalDate.of(2020, 1, 6));
    for (int i = 0; i < 4; i++) {
      rows.task(
          "CAOLOC",
          LocalDate.of(2020, 1, 6 + i),
          LocalDate.of(2020, 2, 28),
          LocalDate.of(2020, 2, 20),
          null);
    }
    for (int i = 0; i < 5; i++) {
      rows.task(
          "CAOLOC",
          LocalDate.of(2020, 2, 3 + i),
          LocalDate.of(2020, 3, 31),
          LocalDate.of(2020, 4, 15 + i),
          null);
    }
    for (int i = 0; i < 4; i++) {
      rows.task("CAOLOC", LocalDate.of(2020, 5, 4 + i), LocalDate.of(2020, 7, 31), null, null);
    }

    InspectionFigures.Counts c =
        figures.counts(
            "CAOLOC",
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2020, 6, 30),
            LocalDate.of(2020, 6, 19));

    assertThat(c.total()).isEqualTo(13);
    assertThat(c.completed()).isEqualTo(9);
    assertThat(c.completedOnTime()).isEqualTo(4);
    assertThat(c.completedBeforeDeadline()).isEqualTo(4);
    assertThat(c.completedLate()).isEqualTo(5);
    assertThat(c.openWithinDeadline()).isEqualTo(4);
    assertThat(c.openOverdue() + c.openNoDeadline() + c.completedNoDeadline() + c.withdrawn())
        .isZero();
    assertThat(
            figures.lateTasks(
                "CAOLOC",
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 6, 30),
                LocalDate.of(2020, 6, 19)))
        .hasSize(5);
  }

  private void approve(long id) {
    String instance =
        jdbc.sql("select process_instance_id from inspection where id = ?")
            .param(id)
            .query(String.class)
            .single();
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        java.util.Map.of("planDecision", "APPROVE"));
  }
}
