package vn.gov.tasktracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.assignment.DirectiveRequest;

/** The rules every request body is read with. */
class RequestJsonTest {

  private final ObjectMapper json = RequestJson.apply(new ObjectMapper().findAndRegisterModules());

  @Test
  void controlCharactersAreRefusedNamingTheField() {
    assertThatThrownBy(
            () -> json.readValue("{\"number\":\"12\\u0000/QĐ\"}", DirectiveRequest.class))
        .isExactlyInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Giá trị chứa ký tự điều khiển không được phép (mã U+0000)")
        .satisfies(
            e ->
                assertThat(((JsonMappingException) e).getPath().get(0).getFieldName())
                    .isEqualTo("number"));
  }

  @Test
  void tabsAndLineBreaksStay() throws Exception {
    assertThat(json.readValue("{\"excerpt\":\"a\\tb\\r\\nc\"}", DirectiveRequest.class).excerpt())
        .isEqualTo("a\tb\r\nc");
  }

  @Test
  void datesOutsideNineteenHundredToTwentyOneHundredAreRefused() throws Exception {
    for (String date :
        new String[] {
          "\"-0001-01-01\"", "\"1899-12-31\"", "\"2101-01-01\"", "10000000000", "1000000000000000"
        }) {
      assertThatThrownBy(
              () -> json.readValue("{\"issuedOn\":" + date + "}", DirectiveRequest.class))
          .as(date)
          .isExactlyInstanceOf(JsonMappingException.class)
          .hasMessageContaining("Ngày");
    }
    assertThat(json.readValue("{\"issuedOn\":\"1900-01-01\"}", DirectiveRequest.class).issuedOn())
        .hasYear(1900);
    assertThat(json.readValue("{\"issuedOn\":\"2100-12-31\"}", DirectiveRequest.class).issuedOn())
        .hasYear(2100);
  }

  @Test
  void nullListElementsAreRefusedButNullMapValuesAreRead() throws Exception {
    assertThatThrownBy(
            () ->
                json.readValue(
                    "{\"tasks\":[{\"coordinatingUnits\":[\"STC\",null]}]}", DirectiveRequest.class))
        .isInstanceOf(InvalidNullException.class);
    assertThatThrownBy(() -> json.readValue("{\"tasks\":[null]}", DirectiveRequest.class))
        .isInstanceOf(InvalidNullException.class);
    assertThat(json.readValue("{\"a\":null,\"b\":[null]}", Map.class)).containsEntry("a", null);
  }
}
