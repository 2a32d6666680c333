package io.jixiao.read.stream;

import io.jixiao.read.table.ColumnNames;
import io.jixiao.read.table.LevelName;
import io.jixiao.read.table.TableHeader;
import io.jixiao.read.table.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An indicator header in a cell stream: consecutive cells that each name an indicator column, one of them a level or
 * the name and one a value ("一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成指标值"). A column name broken over two
 * paragraphs ("年度" / "指标值") is one column when the first part names none and the two together do.
 *
 * @param columns the stream indices of each column's cells
 * @param end     the index after the run
 */
record HeaderRun(TableHeader header, List<List<Integer>> columns, int end) {

    private static final int MIN_COLUMNS = 3;

    static Optional<HeaderRun> at(CellStream stream, int start) {
        ColumnNames names = ColumnNames.indicators(Vocabulary.active());
        Vocabulary vocabulary = Vocabulary.active();
        List<String> texts = new ArrayList<>();
        List<List<Integer>> columns = new ArrayList<>();
        int at = start;
        while (stream.open(at)) {
            if (names.field(stream.text(at)).isPresent()) {
                texts.add(stream.text(at));
                columns.add(List.of(at++));
            } else if (!texts.isEmpty() && stream.open(at + 1) && LevelName.of(stream.text(at), vocabulary).isEmpty()
                    && names.field(stream.text(at) + stream.text(at + 1)).isPresent()) {
                texts.add(stream.text(at) + stream.text(at + 1));
                columns.add(List.of(at, at + 1));
                at += 2;
            } else {
                break;
            }
        }
        if (texts.size() < MIN_COLUMNS) {
            return Optional.empty();
        }
        return TableHeader.of(texts, IntStream.range(0, texts.size()).boxed().toList(), names,
                        stream.cell(start).line())
                .filter(IndicatorRows::namesRowsAndValues)
                .map(header -> new HeaderRun(header, columns, start + columns.stream().mapToInt(List::size).sum()));
    }
}
