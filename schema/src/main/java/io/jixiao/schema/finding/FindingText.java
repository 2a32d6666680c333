package io.jixiao.schema.finding;

import static java.util.Objects.requireNonNull;

import org.apache.commons.text.StringSubstitutor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Findings in one language, from {@code findings_<lang>.properties}: a rule's name ({@code <rule>.name}) and its
 * message ({@code <rule>.message}, with {@code {expected}}, {@code {actual}} and the rule's own arguments). An argument
 * whose value is a code shows as {@code <argument>.<code>} where the bundle has that key.
 */
public final class FindingText {

    private static final String BUNDLE = "io.jixiao.schema.finding.findings";

    private final ResourceBundle bundle;

    /** {@code zh} or {@code en}; another language has no bundle and is refused. */
    public FindingText(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, requireNonNull(locale, "locale"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static FindingText english() {
        return new FindingText(Locale.ENGLISH);
    }

    public static FindingText chinese() {
        return new FindingText(Locale.CHINESE);
    }

    /** The rule's name, e.g. 总分与各项得分之和不符; a code this version does not know is shown as it is. */
    public String ruleName(String code) {
        return text(code + ".name").orElse(code);
    }

    /**
     * The finding's message in this language; where the rule, or a value its message names, is unknown (a finding
     * written by another version), the stored message, else the rule's name.
     */
    public String message(String rule, String expected, String actual, Map<String, String> arguments, String stored) {
        return render(rule, expected, actual, arguments).orElseGet(() -> stored != null ? stored : ruleName(rule));
    }

    /** The message from the bundle; empty where the rule has none or a value it names is missing. */
    public Optional<String> render(String rule, String expected, String actual, Map<String, String> arguments) {
        Optional<String> template = text(rule + ".message");
        if (template.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        arguments.forEach((name, value) -> values.put(name, text(name + "." + value).orElse(value)));
        if (expected != null) {
            values.put("expected", expected);
        }
        if (actual != null) {
            values.put("actual", actual);
        }
        StringSubstitutor substitutor = new StringSubstitutor(values, "{", "}")
                .setEnableUndefinedVariableException(true)
                .setDisableSubstitutionInValues(true);
        try {
            return Optional.of(substitutor.replace(template.get()));
        } catch (IllegalArgumentException undefined) {
            return Optional.empty();
        }
    }

    private Optional<String> text(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
