package io.jixiao.reports.warehouse;

/**
 * Writes operator input (a warehouse path) as an SQL string literal, for the few DuckDB statements that take
 * no prepared parameters (CREATE VIEW, SET), and a result column's name as an identifier. Never used for document
 * text or user filters.
 */
public final class SqlLiteral {

    private SqlLiteral() {
    }

    /** {@code it's} → {@code 'it''s'}; control characters (NUL, line breaks …) are refused. */
    public static String quote(String text) {
        return "'" + withoutControls(text).replace("'", "''") + "'";
    }

    /** A column name as a quoted SQL identifier: {@code a"b} → {@code "a""b"}; control characters are refused. */
    public static String identifier(String name) {
        return '"' + withoutControls(name).replace("\"", "\"\"") + '"';
    }

    private static String withoutControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException("control character at position " + i + " in " + text.strip());
            }
        }
        return text;
    }

    /**
     * A folder followed by a glob pattern, quoted; refused when the folder itself holds a glob character
     * ({@code * ? [ ] { }}), which DuckDB would expand instead of reading literally.
     */
    public static String quoteGlob(String folder, String pattern) {
        for (char c : new char[] {'*', '?', '[', ']', '{', '}'}) {
            if (folder.indexOf(c) >= 0) {
                throw new IllegalArgumentException("warehouse path must not contain '" + c + "': " + folder);
            }
        }
        return quote(folder + pattern);
    }
}
