package io.jixiao.schema.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Issue 18: every rule's name and message in each language, with the finding's own values. */
class TestFindingText {

    private static Properties bundle(String lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TestFindingText.class.getResourceAsStream("findings_" + lang + ".properties")) {
            assertThat(in).as("findings_%s.properties", lang).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** A value per variable that no template text could contain by chance. */
    private static Map<String, String> values(FindingRule rule) {
        Map<String, String> values = new HashMap<>();
        for (String argument : rule.arguments()) {
            values.put(argument, "«" + argument + "»");
        }
        return values;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyRuleHasANameAndAMessageThatNamesItsValues(String lang) throws IOException {
        Properties keys = bundle(lang);
        FindingText text = new FindingText(Locale.forLanguageTag(lang));
        for (FindingRule rule : FindingRule.values()) {
            assertThat(keys).as("%s in %s", rule.code(), lang)
                    .containsKeys(rule.code() + ".name", rule.code() + ".message");
            assertThat(text.ruleName(rule.code())).isNotBlank().isNotEqualTo(rule.code());
            // a template naming anything but expected, actual and the rule's arguments renders nothing
            String message = text.render(rule.code(), "«expected»", "«actual»", values(rule)).orElseThrow(
                    () -> new AssertionError(rule.code() + ".message (" + lang + ") names a value the rule lacks"));
            // the arguments are stored for the message: each must appear in it
            values(rule).values().forEach(value -> assertThat(message).as(rule.code()).contains(value));
            assertThat(message).doesNotContain("{", "}");
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneForARuleThatDoesNotExist() throws IOException {
        Properties zh = bundle("zh");
        Properties en = bundle("en");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        Set<String> arguments = new TreeSet<>();
        for (FindingRule rule : FindingRule.values()) {
            arguments.addAll(rule.arguments());
        }
        for (String key : zh.stringPropertyNames()) {
            String head = key.substring(0, key.indexOf('.'));
            boolean ruleKey = FindingRule.of(head).isPresent() && (key.endsWith(".name") || key.endsWith(".message"));
            assertThat(ruleKey || arguments.contains(head)).as(key).isTrue();
        }
    }

    @Test
    void theChineseMessageCarriesTheFindingsFigures() {
        String message = FindingText.chinese().message("total_score_mismatch", "98.3", "98.8", Map.of(),
                "总分 differs from the execution score plus the indicator scores");

        assertThat(message).contains("98.3", "98.8", "总分").doesNotContain("differs");
        assertThat(FindingText.chinese().ruleName("total_score_mismatch")).isEqualTo("总分与各项得分之和不符");
        assertThat(FindingText.english().ruleName("total_score_mismatch")).isEqualTo("Total score ≠ sum of scores");
    }

    @Test
    void anArgumentThatIsACodeIsShownInWords() {
        Map<String, String> arguments = Map.of("path", "/in/b.txt", "copy_rule", "later_filled_date");

        assertThat(FindingText.chinese().message("superseded_copy", null, null, arguments, null))
                .contains("/in/b.txt", "填报日期较晚").doesNotContain("later_filled_date");
    }

    @Test
    void documentTextInAnArgumentIsNotReadAsATemplate() {
        String message = FindingText.english().message("score_above_weight", "5", "6",
                Map.of("indicator", "{expected} ${actual}"), null);

        assertThat(message).contains("for {expected} ${actual}");
    }

    @Test
    void aFindingAnOlderWarehouseStoredWithoutItsArgumentsShowsItsStoredMessage() {
        String stored = "得分 exceeds 分值 for 服务客户数量";

        assertThat(FindingText.chinese().message("score_above_weight", "5", "6", Map.of(), stored)).isEqualTo(stored);
    }

    @Test
    void aRuleThisVersionDoesNotKnowShowsItsCodeAndStoredMessage() {
        assertThat(FindingText.chinese().ruleName("actual_not_comparable")).isEqualTo("actual_not_comparable");
        assertThat(FindingText.chinese().message("actual_not_comparable", "1", "2", Map.of(), "as stored"))
                .isEqualTo("as stored");
        assertThat(FindingText.chinese().message("actual_not_comparable", "1", "2", Map.of(), null))
                .isEqualTo("actual_not_comparable");
    }
}
