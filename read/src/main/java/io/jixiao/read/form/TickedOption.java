package io.jixiao.read.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The option ticked in a checkbox cell: "1、常年性项目 ☑ 2、延续性项目 □ 3、一次性项目 □" → 常年性项目. Forms written in
 * Word with the Wingdings font come out as "R" (ticked) and "£" (empty) once turned into text; an "R" counts as a
 * tick only beside such boxes or in a numbered list of options, where it cannot be part of a word.
 */
record TickedOption(boolean isCheckboxCell, Optional<String> ticked) {

    private static final String TICKS = "☑☒■√✓✔";
    private static final String BOXES = "□☐£";
    private static final Pattern OPTION_START = Pattern.compile("(?=\\d{1,2}[、.．])");
    private static final Pattern OPTION_NUMBER = Pattern.compile("^\\d{1,2}[、.．]\\s*");
    /**
     * "经常性项目(√)一次性项目()": options each followed by their box in parentheses. Each option starts where the one
     * before it ended (\\G), so a cell that is no such list fails at once instead of being searched to its end.
     */
    private static final Pattern BOXED_OPTION = Pattern.compile("\\G\\s*([^()（）]+?)\\s*[(（]\\s*([^()（）]?)\\s*[)）]");

    /** The reading of a cell: not a checkbox cell (its text stands), or one with exactly one option ticked or none. */
    static TickedOption of(String cell) {
        Optional<TickedOption> boxed = boxedOptions(cell);
        if (boxed.isPresent()) {
            return boxed.get();
        }
        boolean boxes = cell.chars().anyMatch(c -> TICKS.indexOf(c) >= 0 || BOXES.indexOf(c) >= 0);
        // most cells hold no box and no Wingdings "R": they are not split into options
        boolean mayHoldR = cell.strip().endsWith(" R") || cell.contains(" R ");
        if (!boxes && !mayHoldR) {
            return new TickedOption(false, Optional.empty());
        }
        List<String> options = List.of(OPTION_START.split(cell.strip()));
        boolean numbered = options.size() > 1;
        if (!boxes && !numbered) {
            return new TickedOption(false, Optional.empty());
        }
        List<String> ticked = new ArrayList<>();
        for (String option : options) {
            String text = OPTION_NUMBER.matcher(option.strip()).replaceFirst("");
            if (text.isEmpty()) {
                continue;
            }
            char mark = text.charAt(text.length() - 1);
            String label = text.substring(0, text.length() - 1).strip();
            if (TICKS.indexOf(mark) >= 0 || mark == 'R' && text.length() > 1 && text.charAt(text.length() - 2) == ' ') {
                ticked.add(label);
            }
        }
        return new TickedOption(true, ticked.size() == 1 ? Optional.of(ticked.get(0)) : Optional.empty());
    }

    private static Optional<TickedOption> boxedOptions(String cell) {
        if (cell.indexOf('(') < 0 && cell.indexOf('（') < 0) {
            return Optional.empty();
        }
        Matcher option = BOXED_OPTION.matcher(cell);
        List<String> ticked = new ArrayList<>();
        int options = 0;
        int end = 0;
        while (option.find() && option.start() == end) {
            options++;
            end = option.end();
            String mark = option.group(2);
            if (!mark.isEmpty() && (TICKS.contains(mark) || mark.equals("R"))) {
                ticked.add(option.group(1));
            }
        }
        if (options < 2 || end != cell.stripTrailing().length()) {
            return Optional.empty();
        }
        return Optional.of(new TickedOption(true, ticked.size() == 1 ? Optional.of(ticked.get(0)) : Optional.empty()));
    }
}
