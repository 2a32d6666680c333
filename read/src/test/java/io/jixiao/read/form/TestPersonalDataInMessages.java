package io.jixiao.read.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.model.Problem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 15 item 9: 项目负责人 and 联系电话 never leave the reader, not even quoted in a message. */
class TestPersonalDataInMessages {

    private static ParsedDocument parse(String text) {
        return new DocumentParser().parse("personal.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRejectionQuotingThePersonalRowLeavesItsValueOut() {
        ParsedDocument document = parse("项目负责人/联系电话\t董平/86435544\n随便什么\t内容\n");

        assertThat(document.rejection()).isNotNull().contains("项目负责人/联系电话")
                .doesNotContain("董平").doesNotContain("86435544");
    }

    @Test
    void problemsQuotingRowsLeaveNamesAndPhonesOut() {
        ParsedDocument document = parse(String.join("\n",
                "联系人:王五 电话:13800000000 | 其他说明 |",
                "项目支出绩效自评表 |",
                "项目名称 | 测试项目 | 项目负责人及电话 | 李宁0557-5788003 |",
                "奇怪的行 | 项目负责人 | 张三 |",
                ""));

        assertThat(document.problems()).extracting(Problem::message)
                .isNotEmpty()
                .noneMatch(message -> message.contains("13800000000") || message.contains("王五")
                        || message.contains("张三") || message.contains("5788003"));
        assertThat(document.forms()).singleElement().extracting(form -> form.project()).isEqualTo("测试项目");
    }

    @Test
    void aLineNoLayoutReadsIsQuotedWithoutNamesAndPhones() {
        ParsedDocument document = parse("Minutes: 项目负责人 董平 联系电话 86435544 and nothing else here at all\n");

        assertThat(document.rejection()).isNotNull().contains("no known layout").contains("项目负责人")
                .doesNotContain("董平").doesNotContain("86435544");
    }
}
