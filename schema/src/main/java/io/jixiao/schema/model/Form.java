package io.jixiao.schema.model;

import static java.util.Objects.requireNonNull;

import io.jixiao.schema.vocabulary.FormKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One form read from a document. Personal data (项目负责人, 联系电话) is deliberately not kept.
 *
 * @param kind        the form's kind (stored and written as its {@link FormKind#code()})
 * @param region      the most specific administrative division the department or unit names (上海市, 杭州市, 隆阳区 …)
 * @param regionCode  that division's six-digit code (GB/T 2260), which tells its province and prefecture
 * @param texts       header fields by English name: filled_date (填报日期, an ISO date), unit_code (单位代码, digits)
 *                    and the free texts
 *                    (goal_expected, goal_actual, necessity, feasibility, content, long_term_goal, annual_goal,
 *                    functions, organisation)
 * @param firstLine   first source line of the form (1-based)
 * @param lastLine    last source line of the form (1-based, inclusive)
 */
public record Form(
        FormKind kind,
        Integer year,
        String region,
        String regionCode,
        String department,
        String unit,
        String project,
        String projectType,
        String projectLevel,
        String startDate,
        String endDate,
        BigDecimal totalScore,
        String grade,
        Map<String, String> texts,
        int firstLine,
        int lastLine,
        List<FundLine> funds,
        List<Indicator> indicators) {

    public Form {
        requireNonNull(kind, "kind");
        texts = Map.copyOf(texts);
        funds = List.copyOf(funds);
        indicators = List.copyOf(indicators);
    }
}
