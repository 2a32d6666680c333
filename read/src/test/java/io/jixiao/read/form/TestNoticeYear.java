package io.jixiao.read.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.model.Problem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A form with no year of its own takes the budget year of the notice above it, and says so. */
class TestNoticeYear {

    private static final String FORM = String.join("\n",
            "绩效目标表 |",
            "项目名称 | 残疾人补助资金 |",
            "主管部门 | 区残联 |",
            "资金金额 | 年度资金总额 | 50 |",
            "");

    private static ParsedDocument parse(String text) {
        return new DocumentParser().parse("notice.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theNoticesBudgetYearWhereDatesAndNumbersNameOtherYears() {
        ParsedDocument document = parse("关于下达2023年残疾人事业发展补助资金的通知(宝市财办社〔2022〕334号) |\n"
                + "2022年12月30日 |\n" + FORM);

        assertThat(document.forms()).singleElement().extracting(Form::year).isEqualTo(2023);
        assertThat(document.problems()).extracting(Problem::message)
                .anyMatch(message -> message.contains("2023 taken from the text before it"));
    }

    @Test
    void twoYearsInTheNoticeLeaveTheYearUnknown() {
        ParsedDocument document = parse("2022年至2023年专项资金的通知 |\n" + FORM);

        assertThat(document.forms()).singleElement().extracting(Form::year).isNull();
    }
}
