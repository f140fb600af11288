package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Our Vietnamese locale files of the Camunda webapps ({@code
 * src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/vi.json}) against the
 * English files that the Camunda webjar on the classpath ships at the same place.
 */
class WebappTranslationTest {

  private static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  private static final String LOCALE_FILE =
      "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  /** Angular interpolation, such as {@code {{ count }}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

  /**
   * An English plural ending appended to a word; Vietnamese has none, so its translation may be
   * empty.
   */
  private static final Pattern PLURAL_SUFFIX = Pattern.compile("(?i)e?s");

  /** Zero-width and other invisible characters, which must not stand in for text. */
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u00AD\\u200B-\\u200F\\u2060\\uFEFF]");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyEnglishTasklistKeyHasVietnameseText() {
    assertNoProblems(untranslated("tasklist"));
  }

  @Test
  void everyEnglishCockpitKeyHasVietnameseText() {
    assertNoProblems(untranslated("cockpit"));
  }

  @Test
  void everyEnglishAdminKeyHasVietnameseText() {
    assertNoProblems(untranslated("admin"));
  }

  @Test
  void everyEnglishWelcomeKeyHasVietnameseText() {
    assertNoProblems(untranslated("welcome"));
  }

  @Test
  void vietnameseFilesHoldNoKeyUnknownToEnglish() {
    List<String> problems = new ArrayList<>();
    for (String app : APPS) {
      JsonNode english = labels(englishFile(app));
      for (String key : fieldNames(labels(vietnameseFile(app)))) {
        if (!english.has(key)) {
          problems.add(app + " " + key + ": not a key of the English file");
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void vietnameseTextHoldsNoInvisibleCharacter() {
    List<String> problems = new ArrayList<>();
    for (String app : APPS) {
      for (Map.Entry<String, JsonNode> label : labels(vietnameseFile(app)).properties()) {
        if (label.getValue().isTextual() && INVISIBLE.matcher(label.getValue().asText()).find()) {
          problems.add(
              app
                  + " "
                  + label.getKey()
                  + ": invisible character in "
                  + quoted(label.getValue().asText()));
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void datesShowVietnameseMonthsAndDayMonthYear() {
    List<String> vietnameseMonths =
        IntStream.rangeClosed(1, 12).mapToObj(month -> "tháng " + month).toList();
    SoftAssertions softly = new SoftAssertions();
    for (String app : APPS) {
      JsonNode english = englishFile(app);
      JsonNode vietnamese = vietnameseFile(app);
      if (!english.has("dateLocales")) {
        softly
            .assertThat(vietnamese.has("dateLocales"))
            .as(app + " has dateLocales, its English file none")
            .isFalse();
        continue;
      }
      JsonNode dates = vietnamese.path("dateLocales");
      softly
          .assertThat(fieldNames(dates))
          .as(app + " dateLocales entries")
          .containsExactlyInAnyOrderElementsOf(fieldNames(english.get("dateLocales")));
      softly
          .assertThat(texts(dates.path("months")))
          .as(app + " months")
          .isEqualTo(vietnameseMonths);
      softly
          .assertThat(texts(dates.path("weekdays")))
          .as(app + " weekdays, Sunday first")
          .startsWith("Chủ nhật", "Thứ hai");
      softly
          .assertThat(dates.path("longDateFormat").path("L").asText())
          .as(app + " short date (L)")
          .isEqualTo("DD/MM/YYYY");
    }
    softly.assertAll();
  }

  /** Every English key without Vietnamese text, or whose Vietnamese text lost a placeholder. */
  private static List<String> untranslated(String app) {
    JsonNode english = labels(englishFile(app));
    JsonNode vietnamese = labels(vietnameseFile(app));
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> label : english.properties()) {
      String key = label.getKey();
      String englishText = label.getValue().asText();
      JsonNode translation = vietnamese.get(key);
      if (translation == null) {
        problems.add(app + " " + key + ": missing (English " + quoted(englishText) + ")");
      } else if (!translation.isTextual()) {
        problems.add(
            app
                + " "
                + key
                + ": "
                + translation.getNodeType()
                + " instead of text (English "
                + quoted(englishText)
                + ")");
      } else if (isBlank(translation.asText())
          && !mayStayEmpty(englishText, translation.asText())) {
        problems.add(
            app + " " + key + ": no Vietnamese text (English " + quoted(englishText) + ")");
      } else {
        Set<String> kept = placeholders(translation.asText());
        for (String placeholder : placeholders(englishText)) {
          if (!kept.contains(placeholder)) {
            problems.add(
                app
                    + " "
                    + key
                    + ": placeholder {{ "
                    + placeholder
                    + " }} missing in "
                    + quoted(translation.asText()));
          }
        }
      }
    }
    return problems;
  }

  private static boolean isBlank(String text) {
    return INVISIBLE.matcher(text).replaceAll("").isBlank();
  }

  /**
   * Only a plural ending, or a label that is already empty in English, may be empty in Vietnamese.
   */
  private static boolean mayStayEmpty(String englishText, String vietnameseText) {
    return vietnameseText.isEmpty()
        && (englishText.isEmpty() || PLURAL_SUFFIX.matcher(englishText.strip()).matches());
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1).replaceAll("\\s+", ""));
    }
    return found;
  }

  private static void assertNoProblems(List<String> problems) {
    if (!problems.isEmpty()) {
      fail(problems.size() + " translation problem(s):\n" + String.join("\n", problems));
    }
  }

  /** The English file comes from the Camunda webjar: we do not ship one. */
  private static JsonNode englishFile(String app) {
    URL url = resource(String.format(LOCALE_FILE, app, "en"));
    assertThat(url.getProtocol())
        .as("English locale file of %s read from the Camunda webjar", app)
        .isEqualTo("jar");
    return read(url);
  }

  private static JsonNode vietnameseFile(String app) {
    return read(resource(String.format(LOCALE_FILE, app, "vi")));
  }

  private static JsonNode labels(JsonNode localeFile) {
    JsonNode labels = localeFile.path("labels");
    assertThat(labels.isObject()).as("locale file has an object 'labels'").isTrue();
    return labels;
  }

  private static URL resource(String path) {
    URL url = WebappTranslationTest.class.getClassLoader().getResource(path);
    if (url == null) {
      fail("not on the classpath: " + path);
    }
    return url;
  }

  private static JsonNode read(URL url) {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda's English files start with a byte order mark.
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    return node.properties().stream().map(Map.Entry::getKey).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    for (JsonNode element : array) {
      texts.add(element.asText());
    }
    return texts;
  }

  private static String quoted(String text) {
    return "'" + text + "'";
  }
}
