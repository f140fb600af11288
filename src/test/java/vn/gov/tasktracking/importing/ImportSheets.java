package vn.gov.tasktracking.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds import workbooks in tests, as an office would fill them in: text dates, date cells,
 * blanks.
 */
public final class ImportSheets {

  public static final List<String> HEADERS =
      List.of(
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
          "Cán bộ thực hiện");

  private ImportSheets() {}

  /**
   * Each row's values in the order of {@link #HEADERS}: a String, a LocalDate (a date cell) or
   * null.
   */
  public static byte[] workbook(List<String> headers, List<Object[]> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Nhiệm vụ");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      Row header = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        Object[] values = rows.get(r);
        for (int i = 0; i < values.length; i++) {
          if (values[i] instanceof LocalDate d) {
            Cell cell = row.createCell(i);
            cell.setCellValue(d);
            cell.setCellStyle(date);
          } else if (values[i] != null) {
            row.createCell(i).setCellValue(values[i].toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] workbook(List<Object[]> rows) {
    return workbook(HEADERS, rows);
  }

  public static Object[] row(Object... values) {
    return values;
  }
}
