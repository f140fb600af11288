package vn.gov.tasktracking.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The labels of a step's entry in Tasklist's list. */
class TaskListEntryTest {

  @Test
  void theDeadlineIsTheDayInVietnamWhateverTheServersZone() {
    // The last minute of 25/11/2026 in Vietnam is 16:59 UTC the same day.
    assertThat(TaskListEntry.deadline(Date.from(Instant.parse("2026-11-25T16:59:00Z"))))
        .isEqualTo("25/11/2026");
    // 17:30 UTC is already the next day in Vietnam.
    assertThat(TaskListEntry.deadline(Date.from(Instant.parse("2026-11-25T17:30:00Z"))))
        .isEqualTo("26/11/2026");
    assertThat(TaskListEntry.deadline(null)).isEqualTo("Không có thời hạn");
  }

  @Test
  void aStepWithoutItsOwnDueDateShowsTheTasksDeadline() {
    assertThat(TaskListEntry.deadline(null, java.time.LocalDate.of(2026, 12, 29)))
        .isEqualTo("29/12/2026");
    assertThat(
            TaskListEntry.deadline(
                Date.from(Instant.parse("2026-11-25T10:00:00Z")),
                java.time.LocalDate.of(2026, 12, 29)))
        .isEqualTo("25/11/2026");
    assertThat(TaskListEntry.deadline(null, null)).isEqualTo("Không có thời hạn");
  }

  @Test
  void aPetitionsEntrySaysThePetition() {
    assertThat(
            TaskListEntry.petitionTitle(
                "KT-1-KN-1",
                "Kiến nghị 1 của Sở Xây dựng tại buổi kiểm tra KT-1 ngày 16/12/2026:\nĐề nghị bổ sung 02 biên chế thẩm định xây dựng."))
        .isEqualTo("KT-1-KN-1 · Đề nghị bổ sung 02 biên chế thẩm định xây dựng.");
    assertThat(TaskListEntry.petitionTitle("KT-1-KN-2", "Kiến nghị một dòng"))
        .isEqualTo("KT-1-KN-2 · Kiến nghị một dòng");
  }

  @Test
  void longContentIsShortenedAtAWordOnOneLine() {
    String content =
        "Rà soát,   đánh giá\nviệc thực hiện quy hoạch xây dựng vùng huyện giai đoạn 2021-2030, tầm nhìn đến năm 2050 "
            + "và đề xuất điều chỉnh";
    String shortened = TaskListEntry.shorten(content);
    assertThat(shortened)
        .startsWith("Rà soát, đánh giá việc thực hiện")
        .endsWith("…")
        .doesNotContain("\n", "  ");
    assertThat(shortened.length()).isLessThanOrEqualTo(TaskListEntry.CONTENT_LENGTH);
    assertThat(content.replaceAll("\\s+", " "))
        .startsWith(shortened.substring(0, shortened.length() - 1));
    assertThat(TaskListEntry.shorten("Báo cáo ngắn")).isEqualTo("Báo cáo ngắn");
  }
}
