package vn.gov.tasktracking.demo.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.tasktracking.system.VietnamTime;

/**
 * The demo's year of past work as an Office would keep it in Excel: the sheet the import reads
 * ({@code POST /api/imports/tasks}), so the history enters the register by the import's own path.
 */
final class DemoWorkbook {

  private static final DateTimeFormatter DATE = VietnamTime.DATE;
  private static final String[] HEADERS = {
    "Số văn bản",
    "Ngày văn bản",
    "Người/cơ quan giao",
    "Trích yếu văn bản",
    "Nội dung nhiệm vụ",
    "Đơn vị chủ trì",
    "Ngày giao",
    "Thời hạn",
    "Ngày hoàn thành",
    "Ngày rút/hủy",
    "Cán bộ thực hiện"
  };

  private DemoWorkbook() {}

  /** One row of the sheet: a task of a past directive; dates null where the record has none. */
  record PastTask(
      String number,
      LocalDate issuedOn,
      String issuer,
      String excerpt,
      String content,
      String unit,
      LocalDate assignedOn,
      LocalDate deadline,
      LocalDate completedOn,
      LocalDate withdrawnOn,
      String officer) {}

  static byte[] write(List<PastTask> tasks) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Nhiệm vụ");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.length; i++) {
        header.createCell(i).setCellValue(HEADERS[i]);
      }
      int r = 1;
      for (PastTask t : tasks) {
        Row row = sheet.createRow(r++);
        String[] values = {
          t.number(),
          date(t.issuedOn()),
          t.issuer(),
          t.excerpt(),
          t.content(),
          t.unit(),
          date(t.assignedOn()),
          date(t.deadline()),
          date(t.completedOn()),
          date(t.withdrawnOn()),
          t.officer()
        };
        for (int i = 0; i < values.length; i++) {
          if (values[i] != null) {
            row.createCell(i).setCellValue(values[i]);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String date(LocalDate date) {
    return date == null ? null : DATE.format(date);
  }
}
