package vn.gov.tasktracking.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * Administrators edit a year's exceptions over REST; the calendar in force changes at once, or not
 * at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarApiIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired WorkingDayCalendar calendar;

  @BeforeEach
  void people() {
    TestPeople.ensure(directory);
  }

  @Test
  void administratorEntersAYearsNoticeThatReplacesTheLawsDefaultsWithoutRestart() {
    // Without a notice the law's default neighbour of Thursday 2/9/2027 is Friday 3/9.
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 1))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 3))).isFalse();
    ResponseEntity<Map> answer =
        put(
            TestPeople.ADMIN,
            2027,
            "{\"extraDaysOff\":[{\"date\":\"2027-05-03\",\"note\":\"Nghỉ bù 1/5 rơi vào thứ Bảy\"},"
                + "{\"date\":\"2027-09-01\",\"note\":\"Ngày liền kề Quốc khánh (thông báo giả định cho phép thử)\"}]}");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 3))).isTrue();
    assertThat(calendar.addWorkingDays(LocalDate.of(2027, 8, 31), 1))
        .isEqualTo(LocalDate.of(2027, 9, 3));
    Map<String, Object> year =
        rest.withBasicAuth(TestPeople.SXD_OFFICER, TestPeople.PASSWORD)
            .getForObject("/api/calendar/2027", Map.class);
    assertThat((List<String>) year.get("weekdaysOff"))
        .contains("2027-09-01", "2027-05-03")
        .doesNotContain("2027-09-03");
    assertThat(year).containsEntry("defaultsInForce", false);
    assertThat((List<Map<String, Object>>) year.get("daysOffWithoutNotice"))
        .extracting(d -> d.get("date"))
        .containsExactly("2027-02-10", "2027-02-11", "2027-05-03", "2027-09-03");
  }

  @Test
  void anExceptionOutsideItsYearOrADateThatCannotExistIsRefusedAndTheCalendarStays() {
    boolean before = calendar.isWorkingDay(LocalDate.of(2026, 12, 31));

    ResponseEntity<Map> outside =
        put(
            TestPeople.ADMIN,
            2026,
            "{\"extraDaysOff\":[{\"date\":\"2025-12-31\",\"note\":\"Nhầm năm\"}]}");
    assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outside.getBody().get("message")).asString().contains("2026");

    ResponseEntity<Map> impossible =
        put(
            TestPeople.ADMIN,
            2026,
            "{\"extraDaysOff\":[{\"date\":\"2026-12-31\",\"note\":\"Cuối năm\"},{\"date\":\"2026-02-30\",\"note\":\"Không có\"}]}");
    assertThat(impossible.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(impossible.getBody().get("message"))
        .asString()
        .contains("2026-02-30")
        .contains("không phải ngày có thật");

    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 31))).isEqualTo(before);
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
  }

  @Test
  void onlyAdministratorsEditTheCalendar() {
    ResponseEntity<Map> answer = put(TestPeople.SXD_OFFICER, 2027, "{\"extraDaysOff\":[]}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<Map> put(String user, int year, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestPeople.PASSWORD)
        .exchange(
            "/api/calendar/" + year, HttpMethod.PUT, new HttpEntity<>(json, headers), Map.class);
  }
}
