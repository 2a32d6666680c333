package io.jixiao.corpus.generate;

import io.jixiao.schema.model.FundLine;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The unit a document's fund tables state their amounts in. Most write 万元; some write 元, saying so in the table's
 * header, and the parser reads those amounts back into 万元 while keeping the unit as written.
 */
enum AmountUnit {
    WAN_YUAN(FundLine.WAN_YUAN, 0),
    YUAN(FundLine.YUAN, 4);

    private final String code;
    private final int shift;

    AmountUnit(String code, int shift) {
        this.code = code;
        this.shift = shift;
    }

    /** The unit as the parser reports it. */
    String code() {
        return code;
    }

    /** A fund table's header cell, "项目资金 (万元)", restated in this unit. */
    String header(String wanYuanHeader) {
        return this == WAN_YUAN ? wanYuanHeader : wanYuanHeader.replace("（万元）", "（元）").replace("(万元)", "(元)");
    }

    /** The cell of an amount given in 万元, written in this unit with the document's number format. */
    String cell(BigDecimal wanYuan, Function<BigDecimal, String> format) {
        return format.apply(wanYuan.movePointRight(shift));
    }

    /** The amount in 万元 a reader takes from a cell written in this unit (null for an empty cell). */
    BigDecimal read(String cell) {
        BigDecimal value = Cells.value(cell);
        return value == null || shift == 0 ? value : value.movePointLeft(shift);
    }
}
