package io.jixiao.schema.model;

import static java.util.Objects.requireNonNull;

import io.jixiao.schema.finding.FindingRule;

import java.util.Map;
import java.util.Set;

/**
 * The result of a data-quality rule on one form.
 *
 * @param rule      the rule, stored by its code, e.g. {@code execution_rate_mismatch}
 * @param severity  {@code error}, {@code warning} or {@code info}
 * @param message   what is wrong, in English (the finding bundles give it in each language from the other fields)
 * @param expected  what the rule computed, as text
 * @param actual    what the document says, as text
 * @param line      the 1-based source line the finding points at
 * @param arguments the other values its message names, exactly the rule's {@link FindingRule#arguments()}
 */
public record Finding(FindingRule rule, String severity, String message, String expected, String actual, int line,
                      Map<String, String> arguments) {

    public Finding {
        requireNonNull(rule, "rule");
        requireNonNull(severity, "severity");
        requireNonNull(message, "message");
        arguments = Map.copyOf(arguments);
        if (!arguments.keySet().equals(Set.copyOf(rule.arguments()))) {
            throw new IllegalArgumentException(rule.code() + " takes the arguments " + rule.arguments()
                    + ", not " + arguments.keySet());
        }
    }
}
