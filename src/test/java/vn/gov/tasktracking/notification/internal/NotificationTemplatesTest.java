package vn.gov.tasktracking.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.tasktracking.notification.NotificationKind;
import vn.gov.tasktracking.notification.NotificationSettings;
import vn.gov.tasktracking.notification.TaskNotice;

class NotificationTemplatesTest {

  private static final String LINK = "https://nhiemvu.langson.gov.vn/api/tasks/NV-2026-000123";
  private static final TaskNotice NOTICE =
      new TaskNotice(
          "NV-2026-000123",
          "Rà soát quy hoạch xây dựng vùng huyện",
          "Sở Xây dựng",
          "162/QĐ-UBND",
          "UBND tỉnh",
          LocalDate.of(2026, 4, 1),
          null,
          null);

  @ParameterizedTest
  @EnumSource(NotificationKind.class)
  void everyKindHasAVietnameseSubjectTextAndHtmlNamingTheTaskAndLinkingToIt(NotificationKind kind) {
    NotificationTemplates.Rendered message =
        NotificationTemplates.render(kind, NOTICE.withDetail("Ý kiến <b>kèm theo</b>"), LINK);

    assertThat(message.subject()).contains("NV-2026-000123").doesNotContain("{{", "\n");
    assertThat(message.body()).contains("NV-2026-000123").doesNotContain("{{", "}}");
    assertThat(message.text())
        .contains(message.body())
        .contains("Xem nhiệm vụ: " + LINK)
        .contains("gửi tự động");
    assertThat(message.html())
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"vi\">")
        .contains("NV-2026-000123")
        .contains("href=\"" + LINK + "\"")
        .doesNotContain("<b>kèm theo</b>", "{{");
  }

  @Test
  void newTaskTellsTheUnitTheDirectiveTheContentAndTheDeadline() {
    NotificationTemplates.Rendered message =
        NotificationTemplates.render(NotificationKind.NEW_TASK, NOTICE, LINK);

    assertThat(message.subject()).isEqualTo("Nhiệm vụ mới NV-2026-000123 giao Sở Xây dựng chủ trì");
    assertThat(message.body())
        .isEqualTo(
            """
        Sở Xây dựng được giao chủ trì nhiệm vụ NV-2026-000123 theo văn bản 162/QĐ-UBND của UBND tỉnh.

        Nội dung nhiệm vụ: Rà soát quy hoạch xây dựng vùng huyện
        Hạn xử lý: 01/04/2026.

        Đề nghị đầu mối của đơn vị tiếp nhận và phân công cán bộ thực hiện.""");
  }

  @Test
  void aTaskWithoutDeadlineSaysSo() {
    TaskNotice noDeadline =
        new TaskNotice(
            "NV-2026-000124",
            "Theo dõi",
            "Sở Xây dựng",
            "1/TB-UBND",
            "UBND tỉnh",
            null,
            null,
            null);

    assertThat(
            NotificationTemplates.render(NotificationKind.TASK_ASSIGNED, noDeadline, LINK).body())
        .contains("Nhiệm vụ không có thời hạn.")
        .doesNotContain("Hạn xử lý");
  }

  @Test
  void anAbsentReasonLeavesNeitherItsLabelNorAnEmptyLine() {
    String withReason =
        NotificationTemplates.render(
                NotificationKind.TASK_WITHDRAWN, NOTICE.withDetail("Đã có văn bản thay thế"), LINK)
            .body();
    String without =
        NotificationTemplates.render(NotificationKind.TASK_WITHDRAWN, NOTICE, LINK).body();

    assertThat(withReason).contains("\n\nLý do: Đã có văn bản thay thế\n\nNội dung nhiệm vụ:");
    assertThat(without)
        .doesNotContain("Lý do")
        .doesNotContain("\n\n\n")
        .contains("này.\n\nNội dung nhiệm vụ:");
  }

  @Test
  void htmlEscapesWhatPeopleTypedAndKeepsTheirLineBreaks() {
    NotificationTemplates.Rendered message =
        NotificationTemplates.render(
            NotificationKind.RESULT_RETURNED_BY_OFFICE,
            NOTICE.withDetail("Bổ sung số liệu <quý 1>\nvà quý 2 & 3"),
            LINK);

    assertThat(message.html())
        .contains("<p>Ý kiến: Bổ sung số liệu &lt;quý 1&gt;<br>\nvà quý 2 &amp; 3</p>");
    assertThat(message.text()).contains("Ý kiến: Bổ sung số liệu <quý 1>\nvà quý 2 & 3");
  }

  @Test
  void aLongContentKeepsTheSubjectOnOneShortLine() {
    TaskNotice notice =
        new TaskNotice(
            "NV-2026-000125", "x", "Sở\nXây   dựng", "1/TB", "UBND tỉnh", null, null, null);

    assertThat(NotificationTemplates.render(NotificationKind.NEW_TASK, notice, LINK).subject())
        .isEqualTo("Nhiệm vụ mới NV-2026-000125 giao Sở Xây dựng chủ trì");
  }

  @Test
  void linkOpensTheTasklistTaskWhenKnownElseTheRecordPageWhichLeadsToTheRecipientsStep() {
    String base = "https://nhiemvu.langson.gov.vn/";

    assertThat(NotificationSettings.taskLink(base, "NV-2026-000123", "4f1c-77"))
        .isEqualTo("https://nhiemvu.langson.gov.vn/camunda/app/tasklist/default/#/?task=4f1c-77");
    assertThat(NotificationSettings.taskLink(base, "NV-2026-000123", null))
        .isEqualTo(
            "https://nhiemvu.langson.gov.vn/camunda/app/tasklist/default/#/?record=NV-2026-000123&goto=step");
    assertThat(NotificationSettings.taskLink("http://localhost:8443", "KT-12", null))
        .isEqualTo("http://localhost:8443/camunda/app/tasklist/default/#/?record=KT-12&goto=step");
  }
}
