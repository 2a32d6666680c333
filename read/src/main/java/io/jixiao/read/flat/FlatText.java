package io.jixiao.read.flat;

import io.jixiao.read.layout.CellCleaning;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form flattened into long lines, as one text: the lines from where the form starts to the end, each cleaned, with
 * the line every character came from. Document-sharing previews cut the text into numbered chunks ("1、" "2、" at the
 * start of each chunk, after a blank line), even inside a cell or a number ("12.51" / "3、2.512.5"): the markers are
 * layout, and a chunk is joined to the one before it without a border. Other line breaks are cell borders ("\n").
 */
record FlatText(String text, int[] lineOf, int firstLine, int chunkMarkers) {

    /** Lines at least this long are flattened table text, not a page's short boilerplate lines. */
    static final int LONG_LINE = 150;
    private static final Pattern CHUNK = Pattern.compile("^\\s*(\\d{1,3})、");

    /** The 1-based line of the character at {@code index}. */
    int line(int index) {
        return lineOf[Math.min(index, lineOf.length - 1)];
    }

    /** The flattened text of {@code lines}, or null when no line starts it (0-based index of the first line). */
    static FlatText of(List<String> lines) {
        int start = start(lines);
        if (start < 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        List<Integer> lineOf = new ArrayList<>();
        int expected = 1;
        int markers = 0;
        boolean afterBlank = true;
        for (int i = start; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = CellCleaning.clean(raw);
            if (line.isEmpty()) {
                afterBlank = true;
                continue;
            }
            Matcher chunk = CHUNK.matcher(line);
            boolean marker = afterBlank && chunk.find() && Integer.parseInt(chunk.group(1)) == expected
                    && (expected == 1 && i == start || expected > 1);
            if (marker) {
                line = line.substring(chunk.end());
                expected++;
                markers++;
            } else if (!text.isEmpty()) {
                text.append('\n');
                lineOf.add(i + 1);
            }
            text.append(line);
            for (int k = 0; k < line.length(); k++) {
                lineOf.add(i + 1);
            }
            afterBlank = false;
        }
        int[] lineArray = lineOf.stream().mapToInt(Integer::intValue).toArray();
        return lineArray.length == 0 ? null : new FlatText(text.toString(), lineArray, start + 1, markers);
    }

    /**
     * Where the flattened form starts: the first chunk "1、" of a preview whose chunk "2、" follows after a blank
     * line, else the first long line.
     */
    private static int start(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("1、") && line.length() >= LONG_LINE / 2 && hasNextChunk(lines, i)) {
                return i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().length() >= LONG_LINE) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasNextChunk(List<String> lines, int first) {
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("2、") && lines.get(i - 1).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
