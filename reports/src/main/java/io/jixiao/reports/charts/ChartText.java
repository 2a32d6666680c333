package io.jixiao.reports.charts;

import io.jixiao.schema.vocabulary.Grade;
import io.jixiao.schema.vocabulary.IndicatorStatus;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.List;

/** Chart labels in Chinese and English. */
public enum ChartText {
    TREND_TITLE("各单位预算执行率趋势", "Budget execution rate by agency over years"),
    BUDGET_TITLE("各单位预算数与执行数", "Budget and executed amount by agency"),
    HEATMAP_TITLE("单位 × 年度 预算执行率", "Execution rate, agency × year"),
    STATUS_BY_UNIT_TITLE("各单位绩效指标完成情况", "Indicator completion by agency"),
    STATUS_BY_CATEGORY_TITLE("各类绩效指标完成情况（一级 / 二级指标）", "Indicator completion by category (level 1 / level 2)"),
    SCATTER_TITLE("自评得分与预算执行率", "Self-evaluation score vs execution rate"),
    GRADES_TITLE("各地区各年度评分等级分布", "Grade distribution by region and year"),
    FINDINGS_TITLE("各单位数据质量问题", "Data-quality findings by agency"),
    YEAR("年度", "Year"),
    AGENCY("单位", "Agency"),
    CATEGORY("指标类别", "Indicator category"),
    REGION_YEAR("地区 · 年度", "Region · year"),
    EXECUTION_RATE("预算执行率（%）", "Execution rate (%)"),
    SCORE("自评总分（分，满分 100）", "Self-evaluation score (points of 100)"),
    AMOUNT("金额（万元）", "Amount (10,000 CNY)"),
    INDICATORS("指标数（个）", "Indicators (count)"),
    PROJECTS("项目数（个）", "Projects (count)"),
    FINDINGS("问题数（条）", "Findings (count)"),
    BUDGET("全年预算数", "Full-year budget"),
    EXECUTED("全年执行数", "Executed"),
    PROJECT_POINTS("项目", "Projects"),
    OUTLIER_POINTS("执行率或得分低于 90", "Rate or score below 90"),
    REFERENCE_90("90% 参考线", "90% reference"),
    OTHERS_MEAN("其他 %d 家平均", "Mean of %d others"),
    YEARS("年度：%s", "Years: %s"),
    FILTERS("筛选：%s", "Filters: %s"),
    NO_FILTERS("筛选：无", "Filters: none"),
    SHOWN_TOP_TOTAL("显示前 %d 家；其他 %d 家合计 %,d，未画出", "Top %d shown; the %d others together: %,d, not drawn"),
    SHOWN_TOP_BUDGET("显示预算最多的 %d 家；其他 %d 家合计预算 %,.2f 万元、执行 %,.2f 万元，未画出",
            "The %d largest budgets shown; the %d others together: budget %,.2f, executed %,.2f (10,000 CNY), not drawn"),
    SHOWN_LOWEST("显示执行率最低的 %d 家", "The %d agencies with the lowest rate"),
    MET("达成", "Met"),
    PARTIAL("部分达成", "Partial"),
    UNMET("未达成", "Unmet"),
    QUALITATIVE("定性", "Qualitative"),
    UNKNOWN("无法判断", "Unknown"),
    NA("不适用", "Not applicable"),
    EXCELLENT("优", "Excellent"),
    GOOD("良", "Good"),
    FAIR("中", "Fair"),
    POOR("差", "Poor"),
    ERROR("错误", "Error"),
    WARNING("警告", "Warning"),
    INFO("提示", "Info");

    private final String zh;
    private final String en;

    ChartText(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    public String format(Lang lang, Object... args) {
        return String.format(Locale.ROOT, in(lang), args);
    }

    public static String status(IndicatorStatus status, Lang lang) {
        return (switch (status) {
            case MET -> MET;
            case PARTIAL -> PARTIAL;
            case UNMET -> UNMET;
            case QUALITATIVE -> QUALITATIVE;
            case UNKNOWN -> UNKNOWN;
            case NOT_APPLICABLE -> NA;
        }).in(lang);
    }

    public static String grade(Grade grade, Lang lang) {
        return (switch (grade) {
            case EXCELLENT -> EXCELLENT;
            case GOOD -> GOOD;
            case FAIR -> FAIR;
            case POOR -> POOR;
        }).in(lang);
    }

    /** A severity word as the findings table holds it ({@code error}, {@code warning}, {@code info}). */
    public static String severity(String severity, Lang lang) {
        return switch (severity) {
            case "error" -> ERROR.in(lang);
            case "warning" -> WARNING.in(lang);
            case "info" -> INFO.in(lang);
            default -> severity;
        };
    }

    /** The subtitle every chart carries: the data's years and the filters applied. */
    public static String subtitle(List<Integer> years, ChartOptions options, String extra) {
        Lang lang = options.lang();
        List<Integer> sorted = years.stream().distinct().sorted().toList();
        String yearText = sorted.isEmpty() ? "–"
                : sorted.size() > 2 && sorted.get(sorted.size() - 1) - sorted.get(0) == sorted.size() - 1
                ? sorted.get(0) + "–" + sorted.get(sorted.size() - 1)
                : sorted.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String filters = options.filters().isEmpty() ? NO_FILTERS.in(lang) : FILTERS.format(lang, options.filters());
        String text = YEARS.format(lang, yearText) + "   " + filters;
        return extra.isEmpty() ? text : text + "   " + extra;
    }
}
