package io.jixiao.reports.output;

/**
 * Keeps a spreadsheet from running a CSV cell as a formula (OWASP, "CSV Injection"): text that begins with
 * {@code = + - @}, a tab or a carriage return is given a leading single quote, which Excel and LibreOffice show as
 * text. Numbers are left as numbers, negative ones included: only text can smuggle a formula in.
 */
final class FormulaGuard {

    private FormulaGuard() {
    }

    /** The CSV text of one value: {@link TextFormatValue} for numbers, the neutralised text for anything else. */
    static String cell(Object value) {
        String text = TextFormatValue.of(value);
        return value instanceof Number ? text : neutralised(text);
    }

    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
