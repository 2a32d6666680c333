package io.jixiao.reports.warehouse;

/**
 * Writes operator input (a warehouse path) as an SQL string literal, for the few DuckDB statements that take
 * no prepared parameters (CREATE VIEW, SET). Never used for document text or user filters.
 */
public final class SqlLiteral {

    private SqlLiteral() {
    }

    /** {@code it's} → {@code 'it''s'}; control characters (NUL, line breaks …) are refused. */
    public static String quote(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException("control character at position " + i + " in " + text.strip());
            }
        }
        return "'" + text.replace("'", "''") + "'";
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
