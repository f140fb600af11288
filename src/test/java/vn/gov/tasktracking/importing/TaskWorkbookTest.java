package vn.gov.tasktracking.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.importing.internal.ImportRefusedException;
import vn.gov.tasktracking.importing.internal.TaskWorkbook;

class TaskWorkbookTest {

  @Test
  void aFileAboveTheRowLimitIsRefusedAtTheFirstRowTooManyBeforeTheRestIsRead() throws IOException {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < TaskWorkbook.MAX_ROWS + 3; i++) {
      rows.add(ImportSheets.row("1/TB-UBND", "05/01/2026"));
    }
    // Everything after Excel row 20003 is cut off mid-tag: only a read that stops early can name
    // row 20002.
    byte[] file = truncateSheetAfterRow(ImportSheets.workbook(rows), TaskWorkbook.MAX_ROWS + 3);

    assertThatThrownBy(() -> TaskWorkbook.read(file))
        .isInstanceOfSatisfying(
            ImportRefusedException.class,
            refused -> {
              assertThat(refused.getMessage())
                  .startsWith("Dòng 20002: tệp có quá 20000 dòng nhiệm vụ");
              assertThat(refused.errors())
                  .singleElement()
                  .satisfies(
                      error -> {
                        assertThat(error.row()).isEqualTo(20002);
                        assertThat(error.field()).isEqualTo("Tệp");
                      });
            });
  }

  @Test
  void aFileAtTheRowLimitIsRead() {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < TaskWorkbook.MAX_ROWS; i++) {
      rows.add(ImportSheets.row("1/TB-UBND", "05/01/2026", "UBND tỉnh", null, "Việc " + i, "SXD"));
    }
    assertThat(TaskWorkbook.read(ImportSheets.workbook(rows))).hasSize(TaskWorkbook.MAX_ROWS);
  }

  private static byte[] truncateSheetAfterRow(byte[] xlsx, int lastRow) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int cut =
              xml.indexOf("</row>", xml.indexOf("<row r=\"" + lastRow + "\"")) + "</row>".length();
          content =
              (xml.substring(0, cut) + "<row r=\"" + (lastRow + 1) + "\"><c")
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
