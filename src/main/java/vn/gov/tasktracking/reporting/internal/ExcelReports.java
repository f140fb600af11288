package vn.gov.tasktracking.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.tasktracking.assignment.TaskView;
import vn.gov.tasktracking.reporting.Figures;
import vn.gov.tasktracking.reporting.ReportService;

/**
 * The statistics and task lists as .xlsx files formatted to print: Vietnamese title and headers, A4
 * landscape fitted to the page width, the header row repeated on every page and frozen on screen,
 * borders, number and date formats.
 */
public final class ExcelReports {

  private static final int HEADER_ROW = 3;

  private ExcelReports() {}

  /** A column: its header, width in characters, kind of value and how to get it from a row. */
  private record Column<T>(String header, int width, Kind kind, Function<T, Object> value) {}

  private enum Kind {
    TEXT,
    WRAPPED_TEXT,
    COUNT,
    PERCENT,
    DATE
  }

  public static byte[] statistics(ReportService.Statistics s) {
    String keyHeader = s.groupBy().label();
    List<Column<Figures>> columns =
        List.of(
            new Column<>(keyHeader, 34, Kind.WRAPPED_TEXT, Figures::name),
            new Column<>("Tổng số nhiệm vụ", 10, Kind.COUNT, Figures::assigned),
            new Column<>("Hoàn thành đúng hạn", 11, Kind.COUNT, Figures::completedOnTime),
            new Column<>("Trong đó trước hạn", 10, Kind.COUNT, Figures::completedBeforeDeadline),
            new Column<>("Hoàn thành quá hạn", 11, Kind.COUNT, Figures::completedLate),
            new Column<>(
                "Hoàn thành (không thời hạn)", 11, Kind.COUNT, Figures::completedNoDeadline),
            new Column<>("Đang thực hiện trong hạn", 11, Kind.COUNT, Figures::openWithinDeadline),
            new Column<>("Trong đó sắp đến hạn", 10, Kind.COUNT, Figures::dueSoon),
            new Column<>("Đang thực hiện quá hạn", 11, Kind.COUNT, Figures::openOverdue),
            new Column<>(
                "Đang thực hiện (không thời hạn)", 11, Kind.COUNT, Figures::openNoDeadline),
            new Column<>("Đã rút", 8, Kind.COUNT, Figures::withdrawn),
            new Column<>("Được gia hạn", 9, Kind.COUNT, Figures::extended),
            new Column<>("Tỷ lệ hoàn thành (%)", 10, Kind.PERCENT, Figures::completionRate),
            new Column<>("Tỷ lệ đúng hạn (%)", 10, Kind.PERCENT, Figures::onTimeRate),
            new Column<>("Tỷ lệ quá hạn (%)", 10, Kind.PERCENT, Figures::overdueShare),
            new Column<>("Tỷ lệ cập nhật tiến độ (%)", 11, Kind.PERCENT, Figures::updateRate),
            new Column<>("Điểm", 8, Kind.PERCENT, Figures::score),
            new Column<>("Xếp loại", 14, Kind.TEXT, Figures::bandLabel),
            new Column<>("Xếp hạng", 8, Kind.COUNT, Figures::rank));
    List<Figures> rows = new ArrayList<>(s.rows());
    String subtitle =
        "Kỳ báo cáo: "
            + s.periodLabel()
            + " (nhiệm vụ giao từ ngày "
            + VietnameseDates.format(s.from())
            + " đến ngày "
            + VietnameseDates.format(s.to())
            + "); số liệu tính đến ngày "
            + VietnameseDates.format(s.at());
    return write(
        "Thống kê",
        "THỐNG KÊ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ DO UBND TỈNH GIAO THEO " + keyHeader.toUpperCase(),
        subtitle,
        columns,
        rows,
        s.total());
  }

  public static byte[] tasks(List<TaskView> tasks, LocalDate at, String filters) {
    List<Column<TaskView>> columns =
        List.of(
            new Column<>("Số vào sổ", 15, Kind.TEXT, TaskView::registerNumber),
            new Column<>("Số, ký hiệu văn bản", 16, Kind.TEXT, TaskView::directiveNumber),
            new Column<>("Ngày văn bản", 11, Kind.DATE, TaskView::directiveIssuedOn),
            new Column<>("Người giao", 20, Kind.WRAPPED_TEXT, TaskView::issuerName),
            new Column<>("Nội dung nhiệm vụ", 50, Kind.WRAPPED_TEXT, TaskView::content),
            new Column<>("Đơn vị chủ trì", 22, Kind.WRAPPED_TEXT, TaskView::leadUnitName),
            new Column<>(
                "Đơn vị phối hợp",
                14,
                Kind.WRAPPED_TEXT,
                t -> String.join(", ", t.coordinatingUnits())),
            new Column<>("Ngày giao", 11, Kind.DATE, TaskView::assignedOn),
            new Column<>("Hạn xử lý ban đầu", 11, Kind.DATE, TaskView::originalDeadline),
            new Column<>("Hạn xử lý hiện tại", 11, Kind.DATE, TaskView::currentDeadline),
            new Column<>("Trạng thái xử lý", 18, Kind.WRAPPED_TEXT, TaskView::statusLabel),
            new Column<>(
                "Tình trạng tại ngày tham chiếu",
                20,
                Kind.WRAPPED_TEXT,
                TaskView::statusClassLabel),
            new Column<>("Tiến độ (%)", 8, Kind.COUNT, TaskView::progressPercent),
            new Column<>("Ngày hoàn thành", 11, Kind.DATE, TaskView::completedOn),
            new Column<>("Ngày rút", 11, Kind.DATE, TaskView::withdrawnOn),
            // Only where the written deadline fell on a day off: both dates and the rule (Civil
            // Code art. 148).
            new Column<>(
                "Ghi chú thời hạn",
                30,
                Kind.WRAPPED_TEXT,
                t ->
                    t.deadlineAsWritten() == null
                            || t.deadlineAsWritten().equals(t.currentDeadline())
                        ? null
                        : t.deadlineText()));
    String subtitle =
        "Tình trạng tính đến ngày "
            + VietnameseDates.format(at)
            + (filters.isBlank() ? "" : "; " + filters)
            + "; "
            + tasks.size()
            + " nhiệm vụ";
    return write(
        "Nhiệm vụ", "DANH SÁCH NHIỆM VỤ DO UBND TỈNH GIAO", subtitle, columns, tasks, null);
  }

  private static <T> byte[] write(
      String sheetName,
      String title,
      String subtitle,
      List<Column<T>> columns,
      List<T> rows,
      T total) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      Sheet sheet = workbook.createSheet(sheetName);
      int last = columns.size(); // column 0 is the row number (STT)
      text(sheet.createRow(0), 0, title, styles.title);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
      text(sheet.createRow(1), 0, subtitle, styles.subtitle);
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));

      Row header = sheet.createRow(HEADER_ROW);
      header.setHeightInPoints(48);
      text(header, 0, "STT", styles.header);
      sheet.setColumnWidth(0, 6 * 256);
      for (int c = 0; c < columns.size(); c++) {
        text(header, c + 1, columns.get(c).header(), styles.header);
        sheet.setColumnWidth(c + 1, columns.get(c).width() * 256);
      }
      int r = HEADER_ROW + 1;
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(r++);
        number(row, 0, i + 1, styles.count);
        fill(row, columns, rows.get(i), styles, false);
      }
      if (total != null) {
        Row row = sheet.createRow(r);
        text(row, 0, "", styles.boldCount);
        fill(row, columns, total, styles, true);
      }

      sheet.createFreezePane(0, HEADER_ROW + 1);
      sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
      PrintSetup print = sheet.getPrintSetup();
      print.setPaperSize(PrintSetup.A4_PAPERSIZE);
      print.setLandscape(true);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
      sheet.setFitToPage(true);
      sheet.setHorizontallyCenter(true);
      sheet.setMargin(Sheet.LeftMargin, 0.4);
      sheet.setMargin(Sheet.RightMargin, 0.4);
      sheet.getFooter().setCenter("Trang &P/&N");

      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> void fill(
      Row row, List<Column<T>> columns, T item, Styles styles, boolean bold) {
    for (int c = 0; c < columns.size(); c++) {
      Column<T> column = columns.get(c);
      Object value = column.value().apply(item);
      CellStyle style =
          switch (column.kind()) {
            case TEXT, WRAPPED_TEXT ->
                bold ? styles.boldText : column.kind() == Kind.TEXT ? styles.text : styles.wrapped;
            case COUNT -> bold ? styles.boldCount : styles.count;
            case PERCENT -> bold ? styles.boldPercent : styles.percent;
            case DATE -> styles.date;
          };
      Cell cell = row.createCell(c + 1);
      cell.setCellStyle(style);
      if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (value instanceof LocalDate d) {
        cell.setCellValue(d);
      } else if (value != null) {
        cell.setCellValue(value.toString());
      }
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void number(Row row, int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** The cell styles of one workbook (a workbook holds a limited number of styles: made once). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle count;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle boldText;
    final CellStyle boldCount;
    final CellStyle boldPercent;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      Font italic = workbook.createFont();
      italic.setItalic(true);
      short countFormat = workbook.createDataFormat().getFormat("#,##0");
      short percentFormat = workbook.createDataFormat().getFormat("0.0");
      short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");

      title = workbook.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      subtitle = workbook.createCellStyle();
      subtitle.setFont(italic);
      subtitle.setAlignment(HorizontalAlignment.CENTER);

      header = bordered(workbook);
      header.setFont(bold);
      header.setWrapText(true);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

      text = bordered(workbook);
      wrapped = bordered(workbook);
      wrapped.setWrapText(true);
      count = bordered(workbook);
      count.setDataFormat(countFormat);
      percent = bordered(workbook);
      percent.setDataFormat(percentFormat);
      date = bordered(workbook);
      date.setDataFormat(dateFormat);
      date.setAlignment(HorizontalAlignment.CENTER);
      boldText = bordered(workbook);
      boldText.setFont(bold);
      boldCount = bordered(workbook);
      boldCount.setFont(bold);
      boldCount.setDataFormat(countFormat);
      boldPercent = bordered(workbook);
      boldPercent.setFont(bold);
      boldPercent.setDataFormat(percentFormat);
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setVerticalAlignment(VerticalAlignment.CENTER);
      return style;
    }
  }
}
