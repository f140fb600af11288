package vn.gov.tasktracking.importing.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.tasktracking.importing.internal.ImportRefusedException.ImportError;

/**
 * The import sheet as cells: reading an uploaded .xlsx, and writing the template offered for
 * download.
 */
public final class TaskWorkbook {

  /** More rows than this go in several files: one file is one transaction. */
  public static final int MAX_ROWS = 20_000;

  private TaskWorkbook() {}

  /** One cell as read: its text as shown, and its date when Excel stores a date there. */
  record RawCell(String letter, String text, LocalDate date, boolean number) {
    boolean blank() {
      return date == null && (text == null || text.isBlank());
    }
  }

  /** One data row; {@code row} is the number Excel shows. */
  public record RawRow(int row, Map<ImportColumn, RawCell> cells) {
    RawCell cell(ImportColumn column) {
      return cells.get(column);
    }
  }

  /**
   * Reads the first sheet: row 1 names the columns, every following non-empty row is a task.
   *
   * @throws ImportRefusedException when the file is no readable .xlsx or its header row is wrong
   */
  public static List<RawRow> read(byte[] content) {
    if (content == null || content.length == 0) {
      throw ImportRefusedException.ofFile("Tệp tải lên trống.");
    }
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (magic == FileMagic.OLE2) {
      throw ImportRefusedException.ofFile(
          "Tệp là bảng tính Excel 97–2003 (.xls) hoặc có đặt mật khẩu: hãy mở bằng Excel và lưu lại dạng Excel Workbook (.xlsx), không đặt mật khẩu.");
    }
    if (magic != FileMagic.OOXML) {
      throw ImportRefusedException.ofFile(
          "Tệp không phải bảng tính Excel (.xlsx). Hãy dùng tệp mẫu tải từ hệ thống.");
    }
    refuseAboveRowLimit(content);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw ImportRefusedException.ofFile("Tệp Excel không có trang tính nào.");
      }
      return rows(workbook.getSheetAt(0));
    } catch (ImportRefusedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw ImportRefusedException.ofFile(
          "Không đọc được tệp: tệp bị hỏng hoặc không phải bảng tính Excel (.xlsx).");
    }
  }

  /**
   * Counts the first sheet's rows that hold a value by streaming its XML, before the whole workbook
   * is built in memory: a file above the limit is refused having read only up to the first row too
   * many, which the refusal names.
   */
  private static void refuseAboveRowLimit(byte[] content) {
    int rowNumber = 0;
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      try (InputStream sheet = sheets.next()) {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        int dataRows = 0;
        boolean hasValue = false;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if ("row".equals(name)) {
              String r = xml.getAttributeValue(null, "r");
              rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
              hasValue = false;
            } else if ("v".equals(name) || "is".equals(name)) {
              hasValue = true;
            }
          } else if (event == XMLStreamConstants.END_ELEMENT
              && "row".equals(xml.getLocalName())
              && hasValue
              && rowNumber > 1
              && ++dataRows > MAX_ROWS) {
            throw tooManyRows(rowNumber);
          }
        }
      }
    } catch (ImportRefusedException e) {
      throw e;
    } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
      // Not a readable workbook: the full read below says so in its own words.
    }
  }

  private static ImportRefusedException tooManyRows(int rowNumber) {
    String message =
        "Dòng "
            + rowNumber
            + ": tệp có quá "
            + MAX_ROWS
            + " dòng nhiệm vụ, đây là dòng thứ "
            + (MAX_ROWS + 1)
            + "; hãy chia thành nhiều tệp. Chưa nhập nhiệm vụ nào.";
    return new ImportRefusedException(
        message, List.of(new ImportError(rowNumber, null, "Tệp", message)));
  }

  private static List<RawRow> rows(Sheet sheet) {
    Map<ImportColumn, Integer> columns = header(sheet.getRow(0));
    List<RawRow> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<ImportColumn, RawCell> cells = new EnumMap<>(ImportColumn.class);
      boolean empty = true;
      for (Map.Entry<ImportColumn, Integer> column : columns.entrySet()) {
        RawCell cell = cell(row.getCell(column.getValue()), column.getValue());
        cells.put(column.getKey(), cell);
        empty &= cell.blank();
      }
      if (!empty) {
        if (rows.size() == MAX_ROWS) {
          throw tooManyRows(r + 1);
        }
        rows.add(new RawRow(r + 1, cells));
      }
    }
    if (rows.isEmpty()) {
      throw ImportRefusedException.ofFile("Tệp không có dòng nhiệm vụ nào dưới dòng tiêu đề.");
    }
    return rows;
  }

  private static Map<ImportColumn, Integer> header(Row row) {
    Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
    List<ImportError> errors = new ArrayList<>();
    if (row != null) {
      for (Cell cell : row) {
        RawCell raw = cell(cell, cell.getColumnIndex());
        if (raw.blank()) {
          continue;
        }
        ImportColumn.byHeader(raw.text())
            .ifPresent(
                column -> {
                  Integer before = columns.putIfAbsent(column, cell.getColumnIndex());
                  if (before != null) {
                    errors.add(
                        new ImportError(
                            1,
                            raw.letter(),
                            column.header(),
                            "Dòng 1: cột «"
                                + column.header()
                                + "» có hai lần (cột "
                                + CellReference.convertNumToColString(before)
                                + " và "
                                + raw.letter()
                                + ")."));
                  }
                });
      }
    }
    for (ImportColumn column : ImportColumn.values()) {
      if (column.required() && !columns.containsKey(column)) {
        errors.add(
            new ImportError(
                1, null, column.header(), "Dòng 1 (tiêu đề) thiếu cột «" + column.header() + "»."));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRefusedException(
          "Dòng 1 của trang tính đầu tiên phải là dòng tiêu đề như tệp mẫu; chưa nhập nhiệm vụ nào.",
          errors);
    }
    return columns;
  }

  private static RawCell cell(Cell cell, int index) {
    String letter = CellReference.convertNumToColString(index);
    if (cell == null) {
      return new RawCell(letter, null, null, false);
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case NUMERIC -> {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
          LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
          yield new RawCell(letter, ImportRules.vietnameseDate(date), date, false);
        }
        String text =
            value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
        yield new RawCell(letter, text, null, true);
      }
      case STRING ->
          new RawCell(letter, cell.getStringCellValue().replace('\u00a0', ' ').trim(), null, false);
      case BOOLEAN ->
          new RawCell(letter, Boolean.toString(cell.getBooleanCellValue()), null, false);
      case ERROR -> new RawCell(letter, "#LỖI", null, false);
      default -> new RawCell(letter, null, null, false);
    };
  }

  /** The template: the header row, one sample row, and a sheet explaining each column. */
  static byte[] template() {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Nhiệm vụ");
      CellStyle head = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      head.setFont(bold);
      head.setWrapText(true);
      head.setVerticalAlignment(VerticalAlignment.CENTER);
      head.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
      head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      head.setBorderBottom(BorderStyle.THIN);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle text = workbook.createCellStyle();
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);

      ImportColumn[] columns = ImportColumn.values();
      Row header = sheet.createRow(0);
      header.setHeightInPoints(32);
      Row sample = sheet.createRow(1);
      Object[] values = {
        "15/TB-UBND",
        LocalDate.of(2025, 1, 10),
        "UBND tỉnh",
        "Thông báo kết luận của UBND tỉnh tại phiên họp thường kỳ tháng 12/2024",
        "Hoàn thành rà soát quy hoạch chung đô thị Đồng Đăng",
        "SXD",
        LocalDate.of(2025, 1, 10),
        LocalDate.of(2025, 3, 31),
        LocalDate.of(2025, 3, 25),
        null,
        null
      };
      for (int i = 0; i < columns.length; i++) {
        Cell h = header.createCell(i);
        h.setCellValue(columns[i].header() + (columns[i].required() ? " *" : ""));
        h.setCellStyle(head);
        Cell c = sample.createCell(i);
        if (values[i] instanceof LocalDate d) {
          c.setCellValue(d);
          c.setCellStyle(date);
        } else if (values[i] != null) {
          c.setCellValue((String) values[i]);
          c.setCellStyle(text);
        }
        sheet.setColumnWidth(
            i,
            256
                * (columns[i] == ImportColumn.CONTENT || columns[i] == ImportColumn.EXCERPT
                    ? 48
                    : 18));
      }
      sheet.createFreezePane(0, 1);

      Sheet help = workbook.createSheet("Hướng dẫn");
      String[][] lines = {
        {"Cột", "Bắt buộc", "Cách ghi"},
        {
          ImportColumn.DIRECTIVE_NUMBER.header(),
          "Có",
          "Số, ký hiệu văn bản giao nhiệm vụ, ví dụ 162/QĐ-UBND. Số đánh lại mỗi năm: các dòng cùng người giao, cùng số và cùng năm ban hành thuộc một văn bản; cùng số khác năm là hai văn bản. Văn bản đã có trong sổ thì dùng lại."
        },
        {
          ImportColumn.DIRECTIVE_DATE.header(),
          "Có",
          "Ngày dạng dd/MM/yyyy (ví dụ 05/03/2024) hoặc ô kiểu ngày của Excel."
        },
        {
          ImportColumn.ISSUER.header(),
          "Có",
          "\"UBND tỉnh\", \"Chủ tịch UBND tỉnh\" (hoặc họ tên, tên đăng nhập của Chủ tịch), hoặc họ tên / tên đăng nhập của Phó Chủ tịch như trong danh mục."
        },
        {
          ImportColumn.EXCERPT.header(),
          "Không",
          "Trích yếu của văn bản; để trống thì lấy nội dung nhiệm vụ đầu tiên của văn bản."
        },
        {ImportColumn.CONTENT.header(), "Có", "Nội dung nhiệm vụ được giao."},
        {
          ImportColumn.LEAD_UNIT.header(),
          "Có",
          "Mã đơn vị (ví dụ SXD) hoặc tên đơn vị như trong danh mục."
        },
        {
          ImportColumn.ASSIGNED_ON.header(),
          "Không",
          "Ngày giao nhiệm vụ; để trống là ngày văn bản. Không trước ngày văn bản, không sau hôm nay."
        },
        {
          ImportColumn.DEADLINE.header(),
          "Không",
          "Thời hạn hoàn thành như văn bản ghi; để trống nếu nhiệm vụ không có thời hạn. Không trước ngày giao. Hạn rơi vào ngày nghỉ thì tính đến hết ngày làm việc kế tiếp (Điều 148 Bộ luật Dân sự)."
        },
        {
          ImportColumn.COMPLETED_ON.header(),
          "Không",
          "Ngày đơn vị hoàn thành (được công nhận); để trống nếu chưa hoàn thành. Không trước ngày giao, không sau hôm nay."
        },
        {
          ImportColumn.WITHDRAWN_ON.header(),
          "Không",
          "Ngày rút/hủy nhiệm vụ; để trống nếu không rút. Không ghi cùng ngày hoàn thành."
        },
        {
          ImportColumn.OFFICER.header(),
          "Không",
          "Tên đăng nhập của cán bộ đơn vị chủ trì đang thực hiện nhiệm vụ chưa hoàn thành: nhiệm vụ về thẳng bước thực hiện của cán bộ. Để trống thì đơn vị tiếp nhận và phân công trong Tasklist."
        },
        {
          "",
          "",
          "Mọi dòng được kiểm tra trước; có lỗi ở bất kỳ dòng nào thì không nhập dòng nào. Nhiệm vụ chưa hoàn thành được theo dõi, nhắc hạn như nhiệm vụ giao mới."
        }
      };
      for (int r = 0; r < lines.length; r++) {
        Row row = help.createRow(r);
        for (int c = 0; c < 3; c++) {
          Cell cell = row.createCell(c);
          cell.setCellValue(lines[r][c]);
          cell.setCellStyle(r == 0 ? head : text);
        }
      }
      help.setColumnWidth(0, 256 * 24);
      help.setColumnWidth(1, 256 * 10);
      help.setColumnWidth(2, 256 * 100);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
