package vn.gov.tasktracking.system;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the product accepts in a request body, checked while it is read, for every endpoint at once:
 * text without control characters, dates within {@link InputRules}' range, lists without empty
 * ({@code null}) elements. A refusal names the field (see {@code ApiExceptionHandler}).
 */
@Configuration
public class RequestJson {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer productRequestRules() {
    // After every module Spring Boot installs (its JavaTimeModule among them): the last one
    // registered wins.
    return builder -> builder.postConfigurer(RequestJson::apply);
  }

  /** The same rules for a mapper the product builds itself (the directory's YAML files). */
  public static ObjectMapper apply(ObjectMapper mapper) {
    mapper.registerModule(module());
    refuseNullElements(mapper);
    return mapper;
  }

  /**
   * Only for fields declared as lists (every list of a request): a map's null values and what
   * clients read back untyped stay as they are.
   */
  private static void refuseNullElements(ObjectMapper mapper) {
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
  }

  private static SimpleModule module() {
    SimpleModule module = new SimpleModule("tasktracking-request-rules");
    module.addDeserializer(String.class, new PlainString());
    module.addDeserializer(LocalDate.class, new SaneDate());
    return module;
  }

  /** Field names in a refusal: the path Jackson reports when it wraps this exception. */
  private static final class PlainString extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String value = super.deserialize(p, ctxt);
      int control = value == null ? -1 : InputRules.controlCharacter(value);
      if (control >= 0) {
        throw JsonMappingException.from(p, InputRules.controlCharacterProblem("Giá trị", control));
      }
      return value;
    }
  }

  /** Jackson's reading of a date (ISO text, or days since 1970), then the range. */
  private static final class SaneDate extends StdDeserializer<LocalDate> {
    SaneDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      LocalDate value;
      try {
        value = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
      } catch (DateTimeException e) {
        // A number far outside the calendar, read as days since 1970.
        throw JsonMappingException.from(p, "Ngày không hợp lệ (cần dạng năm-tháng-ngày).", e);
      }
      if (value != null
          && (value.isBefore(InputRules.EARLIEST_DATE) || value.isAfter(InputRules.LATEST_DATE))) {
        throw JsonMappingException.from(p, InputRules.dateProblem("Ngày", value.toString()));
      }
      return value;
    }
  }
}
