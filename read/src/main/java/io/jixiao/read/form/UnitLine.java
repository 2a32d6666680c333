package io.jixiao.read.form;

import io.jixiao.read.layout.Row;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line above a form's table that names the unit and the amounts' unit: "207101天津市河北区人民法院 | 单位:万元".
 * The unit's budget code ("207101", "219001-") is kept apart from its name. Where forms follow one another without
 * titles, this line opens each of them.
 */
final class UnitLine {

    private static final Pattern AMOUNT_UNIT = Pattern.compile("(?:金额)?单位:(?:万元|元)");
    private static final Pattern CODED_NAME = Pattern.compile("(?:(\\d{3,})[-—]?)?\\s*(\\S.{1,38})");

    private UnitLine() {
    }

    /** The unit's name when the row is such a line. */
    static Optional<String> unitOf(Row row) {
        return codedName(row).map(name -> name.group(2).strip());
    }

    /** The unit's budget code when the row is such a line and gives one. */
    static Optional<String> codeOf(Row row) {
        return codedName(row).map(name -> name.group(1));
    }

    private static Optional<Matcher> codedName(Row row) {
        List<String> cells = row.nonEmptyTexts();
        List<String> keys = row.nonEmptyKeys();
        if (cells.size() != 2 || !keys.get(1).contains("单位") || !AMOUNT_UNIT.matcher(keys.get(1)).matches()) {
            return Optional.empty();
        }
        Matcher name = CODED_NAME.matcher(cells.get(0).strip());
        if (!name.matches() || LabelVocabulary.isAnchor(keys.get(0)) || !LabelVocabulary.field(keys.get(0)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
