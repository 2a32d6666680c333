package io.jixiao.schema.model;

/**
 * The result of a data-quality rule on one form.
 *
 * @param rule      the rule's name, e.g. {@code execution_rate_mismatch}
 * @param severity  {@code error}, {@code warning} or {@code info}
 * @param expected  what the rule computed, as text
 * @param actual    what the document says, as text
 * @param line      the 1-based source line the finding points at
 */
public record Finding(String rule, String severity, String message, String expected, String actual, int line) {
}
