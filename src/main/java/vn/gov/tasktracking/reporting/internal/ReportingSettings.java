package vn.gov.tasktracking.reporting.internal;

import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tasktracking.reporting.*}: the score scale.
 *
 * @param bands the grades a score falls in, each from its {@code min} score up to the next band's;
 *     default the Đắk Nông scale (QĐ 1748/QĐ-UBND 2018)
 * @param lateWeight what a task completed late earns against one completed on time (default 0.5)
 * @param overdueWeight what a task still open after its deadline earns (default 0)
 */
@ConfigurationProperties("tasktracking.reporting")
public record ReportingSettings(
    List<Band> bands,
    @DefaultValue("0.5") double lateWeight,
    @DefaultValue("0") double overdueWeight) {

  /** A grade: its code in the API, its Vietnamese label, the lowest score it takes. */
  public record Band(String code, String label, double min) {}

  public static final List<Band> DAK_NONG =
      List.of(
          new Band("XUAT_SAC", "Xuất sắc", 90),
          new Band("TOT", "Tốt", 75),
          new Band("HOAN_THANH", "Hoàn thành", 50),
          new Band("KHONG_HOAN_THANH", "Không hoàn thành", 0));

  public ReportingSettings {
    bands =
        bands == null || bands.isEmpty()
            ? DAK_NONG
            : bands.stream().sorted(Comparator.comparingDouble(Band::min).reversed()).toList();
    for (Band band : bands) {
      if (band.code() == null
          || band.code().isBlank()
          || band.label() == null
          || band.label().isBlank()) {
        throw new IllegalStateException(
            "tasktracking.reporting.bands: every band needs a code and a label");
      }
    }
    if (lateWeight < 0 || lateWeight > 1 || overdueWeight < 0 || overdueWeight > 1) {
      throw new IllegalStateException(
          "tasktracking.reporting: late-weight and overdue-weight must be between 0 and 1");
    }
  }

  public static ReportingSettings defaults() {
    return new ReportingSettings(DAK_NONG, 0.5, 0);
  }

  /** The band of a score (rounded to one decimal), or null when there is no score. */
  public Band bandOf(Double score) {
    if (score == null) {
      return null;
    }
    return bands.stream()
        .filter(b -> score >= b.min())
        .findFirst()
        .orElse(bands.get(bands.size() - 1));
  }
}
