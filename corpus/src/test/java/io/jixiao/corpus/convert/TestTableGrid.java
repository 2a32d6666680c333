package io.jixiao.corpus.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merged cells the converter gives a form: level names merged down, header values merged right. */
class TestTableGrid {

    private static Row row(String... cells) {
        List<Cell> list = new ArrayList<>();
        for (String cell : cells) {
            list.add(new Cell(cell, 1));
        }
        return new Row(list, List.of(1));
    }

    @Test
    void levelNamesMergeDownAndHeaderValuesMergeRight() {
        TableGrid grid = TableGrid.of(List.of(
                row("项目支出绩效自评表"),
                row("项目名称", "时频实验室运维经费", "", "", ""),
                row("一级指标", "二级指标", "三级指标", "分值", "得分"),
                row("产出指标", "数量指标", "设备维保完成率", "15.00", "15.00"),
                row("", "", "设备正常运行率", "15.00", "15.00"),
                row("", "质量指标", "响应及时情况", "15.00", "15.00"),
                row("效益指标", "社会效益指标", "服务客户数量", "15.00", "15.00"),
                row("项目支出绩效自评表")));

        assertThat(grid.width()).isEqualTo(5);
        assertThat(grid.merges()).containsExactlyInAnyOrder(
                new TableGrid.Merge(1, 1, 1, 4),
                new TableGrid.Merge(3, 5, 0, 0),
                new TableGrid.Merge(3, 4, 1, 1));
        assertThat(grid.mergeAt(5, 0)).isEqualTo(new TableGrid.Merge(3, 5, 0, 0));
        assertThat(grid.mergeAt(6, 0)).isNull();
        assertThat(grid.isSingleCell(7)).isTrue();
    }
}
