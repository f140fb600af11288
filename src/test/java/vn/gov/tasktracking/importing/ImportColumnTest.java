package vn.gov.tasktracking.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.importing.internal.ImportColumn;

class ImportColumnTest {

  @Test
  void tasksThatDifferOnlyInBracketsAreTwoTasks() {
    assertThat(ImportColumn.contentKey("Báo cáo kết quả (quý I)"))
        .isNotEqualTo(ImportColumn.contentKey("Báo cáo kết quả (quý II)"));
  }

  @Test
  void caseSpacesAndUnicodeFormDoNotMakeADifferentTask() {
    String composed = "Rà soát  hồ sơ\u00a0cấp phép";
    String decomposed =
        java.text.Normalizer.normalize("rà soát hồ sơ cấp phép", java.text.Normalizer.Form.NFD);
    assertThat(ImportColumn.contentKey(composed)).isEqualTo(ImportColumn.contentKey(decomposed));
  }

  @Test
  void headersIgnoreTheRequiredMarkAndNotesInBrackets() {
    assertThat(ImportColumn.normalize("Thời hạn* (dd/mm/yyyy)")).isEqualTo("thời hạn");
  }
}
