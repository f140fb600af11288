package vn.gov.tasktracking.inspection.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.UnitKind;
import vn.gov.tasktracking.inspection.InspectionService;

/**
 * The conclusion notice (Thông báo kết luận) as a Word document, laid out as an administrative
 * notice: the issuing body and the national motto, number and date, the title, then the figures,
 * the assessment, the requirements with their deadlines and the unit's petitions.
 */
@Component
class ConclusionNotice {

  private static final String FONT = "Times New Roman";

  private final DirectoryService directory;

  ConclusionNotice(DirectoryService directory) {
    this.directory = directory;
  }

  byte[] render(InspectionView inspection) {
    InspectionView.Conclusion conclusion = inspection.conclusion();
    String province = province();
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      a4Page(doc);
      header(doc, province, conclusion.number(), conclusion.concludedOn());
      doc.createParagraph();
      paragraph(doc, ParagraphAlignment.CENTER, true, 14, "THÔNG BÁO");
      paragraph(
          doc,
          ParagraphAlignment.CENTER,
          true,
          13,
          "Kết luận của Tổ trưởng Tổ công tác của Chủ tịch UBND tỉnh tại buổi kiểm tra "
              + inspection.unitName());
      paragraph(
          doc,
          ParagraphAlignment.BOTH,
          false,
          13,
          "Ngày "
              + InspectionService.date(inspection.visitDate())
              + ", Tổ công tác của Chủ tịch UBND tỉnh do đồng chí "
              + inspection.leader().fullName()
              + " làm Tổ trưởng đã kiểm tra tại "
              + inspection.unitName()
              + " về "
              + sentence(inspection.content())
              + " Kỳ kiểm tra: từ ngày "
              + InspectionService.date(inspection.periodFrom())
              + " đến ngày "
              + InspectionService.date(inspection.periodTo())
              + ". Thành viên Tổ công tác: "
              + String.join(
                  ", ", inspection.members().stream().map(InspectionView.Person::fullName).toList())
              + ".");
      figures(doc, inspection);
      paragraph(doc, ParagraphAlignment.LEFT, true, 13, "II. ĐÁNH GIÁ");
      paragraph(doc, ParagraphAlignment.BOTH, false, 13, conclusion.assessment());
      paragraph(doc, ParagraphAlignment.LEFT, true, 13, "III. YÊU CẦU");
      paragraph(
          doc,
          ParagraphAlignment.BOTH,
          false,
          13,
          "Đề nghị " + inspection.unitName() + " thực hiện các yêu cầu sau:");
      for (InspectionView.Requirement r : conclusion.requirements()) {
        paragraph(
            doc,
            ParagraphAlignment.BOTH,
            false,
            13,
            r.position()
                + ". "
                + sentence(r.content())
                + " Thời hạn: "
                + InspectionService.date(r.deadline())
                + " (số vào sổ theo dõi "
                + r.registerNumber()
                + ").");
      }
      paragraph(doc, ParagraphAlignment.LEFT, true, 13, "IV. KIẾN NGHỊ CỦA ĐƠN VỊ");
      if (inspection.petitions().isEmpty()) {
        paragraph(doc, ParagraphAlignment.BOTH, false, 13, "Đơn vị không có kiến nghị.");
      }
      for (InspectionView.Petition p : inspection.petitions()) {
        paragraph(
            doc,
            ParagraphAlignment.BOTH,
            false,
            13,
            p.position()
                + ". "
                + p.content()
                + " "
                + (p.answer() == null
                    ? "Văn phòng UBND tỉnh tổng hợp, trình lãnh đạo UBND tỉnh cho ý kiến."
                    : "Ý kiến của đồng chí " + p.deciderName() + ": " + p.answer()));
      }
      paragraph(
          doc,
          ParagraphAlignment.BOTH,
          false,
          13,
          "Văn phòng UBND tỉnh thông báo để "
              + inspection.unitName()
              + " và các cơ quan, đơn vị liên quan biết, thực hiện./.");
      signature(doc, inspection);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void header(XWPFDocument doc, String province, String number, LocalDate on) {
    XWPFTable table = doc.createTable(1, 2);
    table.removeBorders();
    // The national motto needs the wider column to stay on one line, as in every administrative
    // document.
    columns(table, 3500, 5855);
    XWPFTableCell left = table.getRow(0).getCell(0);
    cellLine(left, false, "UBND TỈNH " + province.toUpperCase(), true);
    cellLine(left, true, "VĂN PHÒNG", false);
    cellLine(left, false, "Số: " + number, false);
    XWPFTableCell right = table.getRow(0).getCell(1);
    cellLine(right, true, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
    cellLine(right, true, "Độc lập - Tự do - Hạnh phúc", false);
    cellLine(
        right,
        false,
        province
            + ", ngày "
            + "%02d".formatted(on.getDayOfMonth())
            + " tháng "
            + "%02d".formatted(on.getMonthValue())
            + " năm "
            + on.getYear(),
        false);
  }

  private static void cellLine(XWPFTableCell cell, boolean bold, String text, boolean first) {
    XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, bold, 12, text);
  }

  private void figures(XWPFDocument doc, InspectionView inspection) {
    paragraph(doc, ParagraphAlignment.LEFT, true, 13, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
    InspectionView.Figures figures = inspection.figures();
    if (figures == null) {
      paragraph(doc, ParagraphAlignment.BOTH, false, 13, "Chưa có số liệu.");
      return;
    }
    InspectionFigures.Counts c = figures.counts();
    paragraph(
        doc,
        ParagraphAlignment.BOTH,
        false,
        13,
        "Theo sổ theo dõi nhiệm vụ (số liệu tính đến ngày "
            + InspectionService.date(figures.referenceDate())
            + "), trong kỳ kiểm tra UBND tỉnh, Chủ tịch, các Phó Chủ tịch UBND tỉnh đã giao "
            + inspection.unitName()
            + " "
            + c.total()
            + " nhiệm vụ; đã hoàn thành "
            + c.completed()
            + " nhiệm vụ, đang thực hiện "
            + c.open()
            + " nhiệm vụ.");
    List<String[]> rows =
        List.of(
            new String[] {"Tổng số nhiệm vụ được giao", String.valueOf(c.total())},
            new String[] {"Hoàn thành đúng hạn", String.valueOf(c.completedOnTime())},
            new String[] {
              "   trong đó: hoàn thành trước hạn", String.valueOf(c.completedBeforeDeadline())
            },
            new String[] {"Hoàn thành quá hạn", String.valueOf(c.completedLate())},
            new String[] {"Hoàn thành (không thời hạn)", String.valueOf(c.completedNoDeadline())},
            new String[] {"Đang thực hiện trong hạn", String.valueOf(c.openWithinDeadline())},
            new String[] {"Đang thực hiện quá hạn", String.valueOf(c.openOverdue())},
            new String[] {"Đang thực hiện (không thời hạn)", String.valueOf(c.openNoDeadline())},
            new String[] {"Đã rút (không tính vào các nhóm trên)", String.valueOf(c.withdrawn())});
    XWPFTable table = doc.createTable(rows.size(), 2);
    for (int i = 0; i < rows.size(); i++) {
      XWPFParagraph label = table.getRow(i).getCell(0).getParagraphs().get(0);
      run(label, i == 0, 12, rows.get(i)[0]);
      XWPFParagraph value = table.getRow(i).getCell(1).getParagraphs().get(0);
      value.setAlignment(ParagraphAlignment.RIGHT);
      run(value, i == 0, 12, rows.get(i)[1]);
    }
    if (!figures.lateTasks().isEmpty()) {
      paragraph(
          doc,
          ParagraphAlignment.BOTH,
          false,
          13,
          "Các nhiệm vụ chậm, quá hạn và giải trình của đơn vị:");
      for (InspectionView.LateTask t : figures.lateTasks()) {
        String explanation =
            t.unitExplanation() != null ? t.unitExplanation() : t.registerExplanation();
        paragraph(
            doc,
            ParagraphAlignment.BOTH,
            false,
            13,
            "- "
                + t.registerNumber()
                + ": "
                + t.content()
                + " ("
                + t.statusClassLabel().toLowerCase()
                + (t.deadline() == null ? "" : ", hạn " + InspectionService.date(t.deadline()))
                + "). "
                + (explanation == null ? "Chưa giải trình." : "Giải trình: " + explanation));
      }
    }
  }

  private static void signature(XWPFDocument doc, InspectionView inspection) {
    XWPFTable table = doc.createTable(1, 2);
    table.removeBorders();
    columns(table, 4400, 4955);
    // Recipients and signature stay together on one page.
    table.getRow(0).setCantSplitRow(true);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFParagraph recipients = left.getParagraphs().get(0);
    run(recipients, true, 11, "Nơi nhận:");
    for (String line :
        List.of(
            "- " + inspection.unitName() + ";",
            "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
            "- Thành viên Tổ công tác;",
            "- Lưu: VT.")) {
      run(left.addParagraph(), false, 11, line);
    }
    XWPFTableCell right = table.getRow(0).getCell(1);
    cellLine(right, true, "TỔ TRƯỞNG TỔ CÔNG TÁC", true);
    cellLine(right, false, "", false);
    cellLine(right, true, inspection.leader().fullName(), false);
  }

  /**
   * A4 with the margins of Decree 30/2020 on administrative documents: 20 mm top and bottom, 30 mm
   * left, 15 mm right.
   */
  private static void a4Page(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(1134));
    margins.setBottom(BigInteger.valueOf(1134));
    margins.setLeft(BigInteger.valueOf(1701));
    margins.setRight(BigInteger.valueOf(850));
  }

  /**
   * Fixed column widths in twentieths of a point (the text is 9,355 wide), which Word and
   * LibreOffice both keep.
   */
  private static void columns(XWPFTable table, int... widths) {
    CTTblGrid grid =
        table.getCTTbl().getTblGrid() != null
            ? table.getCTTbl().getTblGrid()
            : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int i = 0; i < widths.length; i++) {
      grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
      table.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
    }
  }

  private static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith(".") ? trimmed : trimmed + ".";
  }

  private static void paragraph(
      XWPFDocument doc, ParagraphAlignment alignment, boolean bold, int size, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    p.setSpacingAfter(120);
    run(p, bold, size, text);
  }

  private static void run(XWPFParagraph p, boolean bold, int size, String text) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    r.setText(text);
  }

  /**
   * The province's name, from the Provincial Office's name in the directory ("Văn phòng UBND tỉnh
   * Lạng Sơn").
   */
  private String province() {
    return directory.units().stream()
        .filter(u -> u.kind() == UnitKind.PROVINCIAL_OFFICE)
        .map(
            u ->
                u.name().contains("tỉnh ")
                    ? u.name().substring(u.name().lastIndexOf("tỉnh ") + 5)
                    : u.name())
        .findFirst()
        .orElse("");
  }
}
