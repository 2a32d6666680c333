package io.jixiao.corpus.generate;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes text takes once it has lost its table on the way to an analyst (issue 16), made from a document written
 * in pipe rows (or, for {@link #TRADITIONAL}, any layout) after its truth is taken: the truth is the form before the
 * damage. Each shape is what the real fragments show: a preview's one line per form, an HTML table rendered with runs
 * of spaces, a PDF text layer, labels spaced letter by letter, traditional characters with pinyin, OCR misreadings.
 */
public enum DocumentShape {

    /** Each form on one line, its cells split by single blanks: a document-sharing site's preview. */
    FLATTENED("flattened"),
    /** An HTML table as text: cells padded by runs of blanks, empty cells gone, long level names wrapped. */
    INDENTED("indented"),
    /** A PDF's text layer: cells split by single blanks, page markers between rows, words broken by the layout. */
    SCRAMBLED("scrambled"),
    /** Level names and labels written letter by letter ("产 出 指 标", "项 目 名 称"). */
    LETTER_SPACED("letter_spaced"),
    /** Traditional characters, with pinyin after some of them ("區(qū)"). */
    TRADITIONAL("traditional"),
    /** A flattened preview read by OCR: "≥" as "2", "≤" as "W", "□" as "口". */
    OCR_NOISED("ocr_noised");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LEVEL_NAME = Pattern.compile("\\p{IsHan}{3,7}指标");
    private static final Pattern LABEL = Pattern.compile("\\p{IsHan}{2,6}");
    private static final String[] PAGE_MARKERS = {"-%d-", "— %d —", "第 %d 页"};
    private static final int LINES_PER_PAGE = 18;

    private final String code;

    DocumentShape(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the shape is made from pipe rows (all but {@link #TRADITIONAL}, which converts any text). */
    boolean needsPipeRows() {
        return this != TRADITIONAL;
    }

    /**
     * The document's text in this shape. {@code forms} holds each form's first and last line (1-based) in the text;
     * the same random gives the same text.
     */
    String apply(String text, List<int[]> forms, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        return switch (this) {
            case FLATTENED -> flattened(lines, forms, random, false);
            case OCR_NOISED -> flattened(lines, forms, random, true);
            case INDENTED -> indented(lines, random);
            case SCRAMBLED -> scrambled(lines, random);
            case LETTER_SPACED -> letterSpaced(lines, random);
            case TRADITIONAL -> traditional(text, random);
        };
    }

    private static String flattened(List<String> lines, List<int[]> forms, Random random, boolean ocr) {
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int[] form : forms) {
            for (; next < form[0]; next++) {
                out.append(lines.get(next - 1)).append('\n');
            }
            List<String> cells = new ArrayList<>();
            for (; next <= form[1]; next++) {
                cells.addAll(cells(lines.get(next - 1)));
            }
            String line = String.join(" ", cells);
            out.append(ocr ? ocrNoise(line, random) : line).append('\n');
        }
        for (; next <= lines.size(); next++) {
            out.append(lines.get(next - 1)).append(next < lines.size() ? "\n" : "");
        }
        return out.toString();
    }

    /** OCR's misreadings of the signs a preview shows: half of the comparators and the checkboxes. */
    private static String ocrNoise(String line, Random random) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean misread = random.nextBoolean();
            out.append(!misread ? String.valueOf(c) : switch (c) {
                case '≥' -> "2";
                case '≤' -> "W";
                case '□' -> "口";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }

    /** The text with each pipe row rewritten (a rewrite may add lines below its row); other lines as they are. */
    private static String rowByRow(List<String> lines, UnaryOperator<String> rewrite) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(isRow(line) ? rewrite.apply(line) : line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String indented(List<String> lines, Random random) {
        return rowByRow(lines, line -> {
            StringBuilder row = new StringBuilder(" ".repeat(random.nextInt(4)));
            StringBuilder wrapped = new StringBuilder();
            for (String cell : cells(line)) {
                String written = cell;
                if (LEVEL_NAME.matcher(cell).matches() && random.nextInt(3) == 0) {
                    // "经济效益" / "指标": the name wrapped in its cell, the rest on the next line under it
                    written = cell.substring(0, cell.length() - 2);
                    wrapped.append(" ".repeat(Math.max(0, width(row) - width(wrapped)))).append("指标");
                }
                row.append(written).append(" ".repeat(2 + random.nextInt(6)));
            }
            return row.toString().stripTrailing() + (wrapped.isEmpty() ? "" : "\n" + wrapped);
        });
    }

    private static String scrambled(List<String> lines, Random random) {
        int[] page = {1, 0};  // the page, the rows on it so far
        return rowByRow(lines, line -> {
            List<String> cells = new ArrayList<>();
            for (String cell : cells(line)) {
                boolean broken = cell.length() >= 7 && HAN.matcher(cell.substring(cell.length() - 1)).matches()
                        && random.nextInt(5) == 0;
                // "合同结算条款完成 率": the layout broke the last character of a long cell onto a blank of its own
                cells.add(broken ? cell.substring(0, cell.length() - 1) + " " + cell.substring(cell.length() - 1)
                        : cell);
            }
            String row = String.join(" ", cells);
            if (++page[1] < LINES_PER_PAGE) {
                return row;
            }
            page[1] = 0;
            return row + "\n" + PAGE_MARKERS[random.nextInt(PAGE_MARKERS.length)].formatted(page[0]++);
        });
    }

    private static String letterSpaced(List<String> lines, Random random) {
        return rowByRow(lines, line -> {
            String[] parts = line.split("\\|", -1);
            for (int i = 0; i < parts.length; i++) {
                String cell = parts[i].strip();
                boolean label = LEVEL_NAME.matcher(cell).matches() || i == 1 && LABEL.matcher(cell).matches();
                if (label && random.nextInt(3) > 0) {
                    parts[i] = String.join(" ", cell.split(""));
                }
            }
            return String.join("|", parts);
        });
    }

    private static String traditional(String text, Random random) {
        String converted = Pinyin.traditional(text);
        StringBuilder out = new StringBuilder(converted.length() + 64);
        Matcher han = HAN.matcher(converted);
        int from = 0;
        while (han.find()) {
            out.append(converted, from, han.end());
            from = han.end();
            String pinyin = random.nextInt(40) == 0 ? Pinyin.of(han.group()) : "";
            if (Pinyin.TONE_MARKED.matcher(pinyin).matches()) {
                out.append('(').append(pinyin).append(')');
            }
        }
        return out.append(converted, from, converted.length()).toString();
    }

    private static boolean isRow(String line) {
        return line.startsWith("|") && line.endsWith("|") && line.length() > 1;
    }

    /** The non-empty cells of a pipe row ("|a|b||c|"), or the line itself when it is no row. */
    private static List<String> cells(String line) {
        if (!isRow(line)) {
            return line.isBlank() ? List.of() : List.of(line.strip());
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        return cells;
    }

    /** Display columns of a text: Chinese characters take two. */
    private static int width(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return width;
    }

    /** ICU's transliterators, made once (they are costly to build) and used one call at a time. */
    private static final class Pinyin {

        /** A syllable with its tone marked ("qū"): one without (a neutral tone) would read as a word in brackets. */
        static final Pattern TONE_MARKED = Pattern.compile("[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*");
        private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");
        private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin");

        static synchronized String traditional(String text) {
            return TO_TRADITIONAL.transliterate(text);
        }

        static synchronized String of(String character) {
            return HAN_LATIN.transliterate(character).strip();
        }
    }
}
