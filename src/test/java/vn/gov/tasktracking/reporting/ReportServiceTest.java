package vn.gov.tasktracking.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.reporting.internal.GroupBy;
import vn.gov.tasktracking.reporting.internal.ReportingSettings;
import vn.gov.tasktracking.reporting.internal.StatisticsQuery;
import vn.gov.tasktracking.system.InvalidInputException;

/**
 * Statistics on registers built task by task: the seeds' figures, each class's edges, periods,
 * scores, ranking.
 */
class ReportServiceTest {

  private static final LocalDate D2017 = LocalDate.of(2017, 1, 1);

  private final TestRegister register =
      new TestRegister()
          .unit("SXD", "Sở Xây dựng", "DEPARTMENT")
          .unit("STC", "Sở Tài chính", "DEPARTMENT")
          .unit("CAOLOC", "UBND huyện Cao Lộc", "DISTRICT_COMMITTEE")
          .unit("LOCBINH", "UBND huyện Lộc Bình", "DISTRICT_COMMITTEE")
          .unit("CHILANG", "UBND huyện Chi Lăng", "DISTRICT_COMMITTEE");

  @Test
  void sxdFirstTenMonthsOf2017MatchTheSeed() {
    Seeds.sxd2017(register);
    Figures sxd =
        register
            .service()
            .unitFigures("SXD", D2017, LocalDate.of(2017, 10, 15), LocalDate.of(2017, 10, 15));

    assertThat(sxd.assigned()).isEqualTo(134);
    assertThat(sxd.completedOnTime()).isEqualTo(106);
    assertThat(sxd.completedBeforeDeadline()).isEqualTo(90);
    assertThat(sxd.completedLate()).isEqualTo(21);
    assertThat(sxd.openWithinDeadline()).isEqualTo(7);
    assertThat(sxd.dueSoon()).isEqualTo(2);
    assertThat(sxd.openOverdue()).isZero();
    assertThat(sxd.completedNoDeadline() + sxd.openNoDeadline() + sxd.withdrawn()).isZero();
    assertThat(sxd.extended()).isEqualTo(3);
    assertThat(sxd.completionRate()).isEqualTo(94.8);
    assertThat(sxd.onTimeRate()).isEqualTo(83.5);
    assertThat(sxd.overdueShare()).isEqualTo(15.7);
    assertThat(sxd.updateRate()).isEqualTo(100.0);
    // (106 + 0.5 × 21) / 127
    assertThat(sxd.score()).isEqualTo(91.7);
    assertThat(sxd.band()).isEqualTo("XUAT_SAC");
    assertThat(sxd.bandLabel()).isEqualTo("Xuất sắc");
  }

  @Test
  void caoLocFirstHalfOf2020MatchesTheSeed() {
    Seeds.caoLocFirstHalf2020(register);
    StatisticsQuery query =
        StatisticsQuery.of(
            null,
            "HALF_YEAR",
            "2020",
            "1",
            null,
            null,
            "2020-06-30",
            "CAOLOC",
            null,
            LocalDate.of(2026, 1, 1));
    ReportService.Statistics statistics = register.service().statistics(query);

    Figures caoLoc = statistics.rows().get(0);
    assertThat(statistics.from()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(statistics.to()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(caoLoc.name()).isEqualTo("UBND huyện Cao Lộc");
    assertThat(caoLoc.assigned()).isEqualTo(13);
    assertThat(caoLoc.completed()).isEqualTo(9);
    assertThat(caoLoc.completedBeforeDeadline()).isEqualTo(4);
    assertThat(caoLoc.completedOnTime()).isEqualTo(4);
    assertThat(caoLoc.completedLate()).isEqualTo(5);
    assertThat(caoLoc.openWithinDeadline()).isEqualTo(4);
    assertThat(caoLoc.openOverdue()).isZero();
    assertThat(caoLoc.updateRate()).isEqualTo(0.0);
    assertThat(statistics.total())
        .usingRecursiveComparison()
        .ignoringFields("key", "name", "rank")
        .isEqualTo(caoLoc);
  }

  @Test
  void completionOnTheDeadlineDayIsOnTimeButNotBeforeTheDeadline() {
    long d = register.directive("UBND", "UBND tỉnh", D2017);
    LocalDate deadline = LocalDate.of(2017, 3, 10);
    register.complete(register.task(d, "STC", D2017.plusDays(5), deadline), deadline);
    register.complete(register.task(d, "STC", D2017.plusDays(5), deadline), deadline.plusDays(1));

    Figures stc =
        register
            .service()
            .unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 12, 31));
    assertThat(stc.completedOnTime()).isEqualTo(1);
    assertThat(stc.completedBeforeDeadline()).isZero();
    assertThat(stc.completedLate()).isEqualTo(1);
  }

  @Test
  void onTheDeadlineDayAnOpenTaskIsWithinItsDeadlineAndDueSoonAndTheNextDayOverdue() {
    long d = register.directive("UBND", "UBND tỉnh", D2017);
    LocalDate deadline = LocalDate.of(2017, 3, 10);
    register.task(d, "STC", D2017.plusDays(5), deadline);
    ReportService reports = register.service();

    Figures onDeadline = reports.unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), deadline);
    assertThat(onDeadline.openWithinDeadline()).isEqualTo(1);
    assertThat(onDeadline.dueSoon()).isEqualTo(1);
    Figures dayAfter =
        reports.unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), deadline.plusDays(1));
    assertThat(dayAfter.openWithinDeadline()).isZero();
    assertThat(dayAfter.openOverdue()).isEqualTo(1);
    assertThat(dayAfter.overdueShare()).isEqualTo(100.0);
    // Friday 03/03: three working days on is Wednesday 08/03, so a deadline on Friday 10/03 is not
    // due soon yet.
    assertThat(
            reports
                .unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 3, 3))
                .dueSoon())
        .isZero();
    assertThat(
            reports
                .unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 3, 7))
                .dueSoon())
        .isEqualTo(1);
  }

  @Test
  void withdrawnTasksAreCountedApartAndOnlyFromTheirWithdrawal() {
    long d = register.directive("UBND", "UBND tỉnh", D2017);
    register.task(d, "STC", LocalDate.of(2017, 2, 1), LocalDate.of(2017, 6, 30));
    register.withdraw(
        register.task(d, "STC", LocalDate.of(2017, 2, 1), LocalDate.of(2017, 6, 30)),
        LocalDate.of(2017, 4, 1));
    ReportService reports = register.service();

    Figures after =
        reports.unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 5, 1));
    assertThat(after.assigned()).isEqualTo(1);
    assertThat(after.withdrawn()).isEqualTo(1);
    assertThat(after.openWithinDeadline()).isEqualTo(1);
    Figures before =
        reports.unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 3, 1));
    assertThat(before.assigned()).isEqualTo(2);
    assertThat(before.withdrawn()).isZero();
  }

  @Test
  void aTaskCompletedAfterTheReferenceDateCountsAsOpenAtThatDate() {
    long d = register.directive("UBND", "UBND tỉnh", D2017);
    long task = register.task(d, "STC", LocalDate.of(2017, 2, 1), LocalDate.of(2017, 2, 28));
    register.complete(task, LocalDate.of(2017, 3, 20));
    ReportService reports = register.service();

    assertThat(
            reports
                .unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 2, 15))
                .openWithinDeadline())
        .isEqualTo(1);
    Figures overdue =
        reports.unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 3, 19));
    assertThat(overdue.openOverdue()).isEqualTo(1);
    assertThat(overdue.completedLate()).isZero();
    assertThat(
            reports
                .unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 3, 20))
                .completedLate())
        .isEqualTo(1);
    // Not yet assigned at the reference date: not counted.
    assertThat(
            reports
                .unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 1, 31))
                .assigned())
        .isZero();
  }

  @Test
  void updateRateLooksAtProgressInTheThirtyDaysUpToTheReferenceDate() {
    long d = register.directive("UBND", "UBND tỉnh", D2017);
    long recent = register.task(d, "STC", LocalDate.of(2017, 1, 5), null);
    register.progress(recent, LocalDate.of(2017, 3, 2));
    long later = register.task(d, "STC", LocalDate.of(2017, 1, 5), null);
    register.progress(later, LocalDate.of(2017, 3, 10));
    register.progress(later, LocalDate.of(2017, 5, 1));
    register.task(d, "STC", LocalDate.of(2017, 1, 5), null);
    ReportService reports = register.service();

    // 31/03: the window is 02/03..31/03; both have an update in it (the second's last one came
    // later).
    Figures march =
        reports.unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 3, 31));
    assertThat(march.openNoDeadline()).isEqualTo(3);
    assertThat(march.updatedOpen()).isEqualTo(2);
    assertThat(march.updateRate()).isEqualTo(66.7);
    // 01/04: 02/03 has left the window.
    assertThat(
            reports
                .unitFigures("STC", D2017, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 4, 1))
                .updatedOpen())
        .isEqualTo(1);
    assertThat(march.score()).isNull();
    assertThat(march.band()).isNull();
  }

  @Test
  void standardPeriodsAreOneParameterAway() {
    LocalDate today = LocalDate.of(2026, 11, 21);
    assertThat(period("MONTH", "2020", "2"))
        .containsExactly(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29));
    assertThat(period("QUARTER", "2017", "4"))
        .containsExactly(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 12, 31));
    assertThat(period("HALF_YEAR", "2017", "2"))
        .containsExactly(LocalDate.of(2017, 7, 1), LocalDate.of(2017, 12, 31));
    assertThat(period("YEAR", "2018", null))
        .containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
    StatisticsQuery defaults =
        StatisticsQuery.of(null, null, null, null, null, null, null, null, null, today);
    assertThat(defaults.groupBy()).isEqualTo(GroupBy.UNIT);
    assertThat(defaults.at()).isEqualTo(today);
    assertThat(defaults.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(
            StatisticsQuery.of(null, "QUARTER", "2017", "4", null, null, null, null, null, today)
                .periodLabel())
        .isEqualTo("Quý IV năm 2017");
  }

  private static List<LocalDate> period(String kind, String year, String number) {
    StatisticsQuery q =
        StatisticsQuery.of(
            null, kind, year, number, null, null, "2030-01-01", null, null, LocalDate.now());
    return List.of(q.from(), q.to());
  }

  @Test
  void badInputIsRefusedInVietnamese() {
    LocalDate today = LocalDate.of(2026, 11, 21);
    assertThatThrownBy(
            () ->
                StatisticsQuery.of(
                    null, null, null, null, "2017-10-15", "2017-01-01", null, null, null, today))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("không được trước ngày đầu kỳ");
    assertThatThrownBy(
            () ->
                StatisticsQuery.of(
                    null, "MONTH", "2017", "13", null, null, null, null, null, today))
        .hasMessage("Tháng (number) phải từ 1 đến 12.");
    assertThatThrownBy(
            () ->
                StatisticsQuery.of(
                    null, "QUARTER", "2017", "5", null, null, null, null, null, today))
        .hasMessage("Quý (number) phải từ 1 đến 4.");
    assertThatThrownBy(
            () ->
                StatisticsQuery.of(null, "WEEK", "2017", "1", null, null, null, null, null, today))
        .hasMessageContaining("kỳ báo cáo (period) 'WEEK' không hợp lệ");
    assertThatThrownBy(
            () ->
                StatisticsQuery.of(
                    null, null, null, null, "2017-02-30", "2017-03-01", null, null, null, today))
        .hasMessageContaining("Ngày đầu kỳ (from) '2017-02-30' không hợp lệ");
    assertThatThrownBy(
            () ->
                StatisticsQuery.of("PERSON", null, null, null, null, null, null, null, null, today))
        .hasMessageContaining("cách nhóm (groupBy)");
    assertThatThrownBy(
            () -> register.service().unitFigures("KHONGCO", D2017, D2017.plusDays(1), D2017))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Không có đơn vị mã 'KHONGCO' trong danh mục đơn vị.");
  }

  @Test
  void scoreBandsFollowTheDakNongScaleAndCanBeConfigured() {
    ReportingSettings dakNong = ReportingSettings.defaults();
    assertThat(dakNong.bandOf(100.0).code()).isEqualTo("XUAT_SAC");
    assertThat(dakNong.bandOf(90.0).code()).isEqualTo("XUAT_SAC");
    assertThat(dakNong.bandOf(89.9).code()).isEqualTo("TOT");
    assertThat(dakNong.bandOf(75.0).code()).isEqualTo("TOT");
    assertThat(dakNong.bandOf(74.9).code()).isEqualTo("HOAN_THANH");
    assertThat(dakNong.bandOf(50.0).code()).isEqualTo("HOAN_THANH");
    assertThat(dakNong.bandOf(49.9).label()).isEqualTo("Không hoàn thành");

    ReportingSettings strict =
        new ReportingSettings(
            List.of(
                new ReportingSettings.Band("DAT", "Đạt", 80),
                new ReportingSettings.Band("CHUA_DAT", "Chưa đạt", 0)),
            0,
            0);
    long d = register.directive("UBND", "UBND tỉnh", D2017);
    for (int i = 0; i < 4; i++) {
      long task = register.task(d, "STC", D2017.plusDays(1), D2017.plusDays(10));
      register.complete(task, D2017.plusDays(i < 3 ? 5 : 20));
    }
    Figures withDefaults =
        register.service().unitFigures("STC", D2017, D2017.plusDays(30), D2017.plusDays(30));
    assertThat(withDefaults.score()).isEqualTo(87.5); // (3 + 0.5) / 4
    assertThat(withDefaults.band()).isEqualTo("TOT");
    Figures strictly =
        register.service(strict).unitFigures("STC", D2017, D2017.plusDays(30), D2017.plusDays(30));
    assertThat(strictly.score()).isEqualTo(75.0);
    assertThat(strictly.bandLabel()).isEqualTo("Chưa đạt");
  }

  @Test
  void rowsAreRankedByScoreEqualScoresShareARankAndUnscoredComeLast() {
    long d = register.directive("UBND", "UBND tỉnh", D2017);
    LocalDate deadline = D2017.plusDays(10);
    register.complete(register.task(d, "STC", D2017, deadline), deadline);
    register.complete(register.task(d, "CAOLOC", D2017, deadline), deadline);
    register.complete(register.task(d, "SXD", D2017, deadline), deadline.plusDays(1));
    register.task(d, "LOCBINH", D2017, null);

    ReportService.Statistics s =
        register
            .service()
            .statistics(
                StatisticsQuery.of(
                    null,
                    "MONTH",
                    "2017",
                    "1",
                    null,
                    null,
                    "2017-01-31",
                    null,
                    null,
                    LocalDate.now()));
    // Chi Lăng was given no task in the month: listed with zeros, unranked.
    assertThat(s.rows())
        .extracting(Figures::key)
        .containsExactly("CAOLOC", "STC", "SXD", "CHILANG", "LOCBINH");
    assertThat(s.rows()).extracting(Figures::rank).containsExactly(1, 1, 3, null, null);
    assertThat(s.rows()).extracting(Figures::score).containsExactly(100.0, 100.0, 50.0, null, null);
    assertThat(s.rows().get(3).assigned()).isZero();
    assertThat(s.rows().get(3).name()).isEqualTo("UBND huyện Chi Lăng");
    assertThat(s.total().key()).isEqualTo("TOTAL");
    assertThat(s.total().name()).isEqualTo("Toàn tỉnh");
    assertThat(s.total().assigned()).isEqualTo(4);
    assertThat(s.total().rank()).isNull();
  }

  @Test
  void groupsByIssuerAndByKindOfUnit() {
    long committee = register.directive("UBND", "UBND tỉnh", D2017);
    long vice = register.directive("pct.a", "Phó Chủ tịch UBND tỉnh Nguyễn Văn A", D2017);
    register.task(committee, "SXD", D2017, null);
    register.task(committee, "CAOLOC", D2017, null);
    register.task(vice, "CAOLOC", D2017, null);
    register.task(vice, "LOCBINH", D2017, null);
    ReportService reports = register.service();

    ReportService.Statistics byIssuer =
        reports.statistics(
            StatisticsQuery.of(
                "ISSUER",
                "YEAR",
                "2017",
                null,
                null,
                null,
                "2017-12-31",
                null,
                null,
                LocalDate.now()));
    assertThat(byIssuer.rows())
        .extracting(Figures::key, Figures::name, Figures::assigned)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("UBND", "UBND tỉnh", 2L),
            org.assertj.core.groups.Tuple.tuple(
                "pct.a", "Phó Chủ tịch UBND tỉnh Nguyễn Văn A", 2L));
    ReportService.Statistics byKind =
        reports.statistics(
            StatisticsQuery.of(
                "UNIT_KIND",
                "YEAR",
                "2017",
                null,
                null,
                null,
                "2017-12-31",
                null,
                null,
                LocalDate.now()));
    assertThat(byKind.rows())
        .extracting(Figures::key, Figures::name, Figures::assigned)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("DEPARTMENT", "Sở, ban, ngành", 1L),
            org.assertj.core.groups.Tuple.tuple("DISTRICT_COMMITTEE", "UBND cấp huyện", 3L));
    ReportService.Statistics districtsByIssuer =
        reports.statistics(
            StatisticsQuery.of(
                "ISSUER",
                "YEAR",
                "2017",
                null,
                null,
                null,
                "2017-12-31",
                null,
                "DISTRICT_COMMITTEE",
                LocalDate.now()));
    assertThat(districtsByIssuer.total().assigned()).isEqualTo(3);
    assertThat(districtsByIssuer.total().name()).isEqualTo("Tổng cộng");
  }
}
