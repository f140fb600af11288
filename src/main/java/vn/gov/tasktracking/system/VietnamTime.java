package vn.gov.tasktracking.system;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The time zone every date of the product is counted in, whatever the server's zone (deadlines, the
 * register, reports), and the way dates are written for people: 15/10/2017. The one copy of both;
 * {@code VietnamTime.ZONE} and {@code VietnamTime.ZONE} name the same zone.
 */
public final class VietnamTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Day/month/year with two-digit day and month, as people in Vietnam write dates. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnamTime() {}
}
