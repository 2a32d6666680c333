package io.jixiao.reports.charts;

import io.jixiao.schema.vocabulary.Grade;
import io.jixiao.schema.vocabulary.IndicatorStatus;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.List;

/** Chart labels in Chinese and English. */
public enum ChartText {
    TREND_TITLE("各单位预算执行率趋势", "Budget execution rate by agency over years"),
    BUDGET_TITLE("未执行金额最多的单位：预算数与执行数", "Where budget went unspent: budget and executed by agency"),
    TIP_BUDGET("%s %d 年：预算 %,.2f 万元，执行 %,.2f 万元，未执行 %,.2f 万元（执行率 %.2f%%）",
            "%s %d: budget %,.2f, executed %,.2f, unspent %,.2f (10,000 CNY; rate %.2f%%)"),
    HEATMAP_TITLE("单位 × 年度 预算执行率", "Execution rate, agency × year"),
    STATUS_BY_UNIT_TITLE("各单位绩效指标完成情况", "Indicator completion by agency"),
    STATUS_BY_CATEGORY_TITLE("各类绩效指标完成情况（一级 / 二级指标）", "Indicator completion by category (level 1 / level 2)"),
    SCATTER_TITLE("自评得分与预算执行率", "Self-evaluation score vs execution rate"),
    GRADES_TITLE("各地区各年度评分等级分布", "Grade distribution by region and year"),
    FINDINGS_TITLE("各单位数据质量问题", "Data-quality findings by agency"),
    LOWEST_RATE_TITLE("预算执行率最低的 %d 家单位", "The %d agencies with the lowest execution rate"),
    LOWEST_RATE_NOTE("执行率 = Σ全年执行数 ÷ Σ全年预算数（按金额加权，所选年度合计）",
            "Rate = Σ executed ÷ Σ full-year budget (weighted by money, all years shown)"),
    LOWEST_COMPLETION_TITLE("绩效指标完成率最低的 %d 家单位", "The %d agencies with the lowest indicator completion"),
    LOWEST_COMPLETION_NOTE("完成率 = 达成指标数 ÷ 可判断指标数（达成 + 部分达成 + 未达成），所选年度合计",
            "Completion = met ÷ judgeable indicators (met + partial + unmet), all years shown"),
    COMPLETION("指标完成率（%）", "Indicator completion (%)"),
    SMALL_MULTIPLES_TITLE("执行率最低的 %d 家单位逐年执行率", "Execution rate by year of the %d lowest agencies"),
    SMALL_MULTIPLES_NOTE("各小图刻度相同；虚线为 90%", "Same scale in every panel; dashed line at 90%"),
    MOVERS_TITLE("%d 年预算执行率升降最大的单位", "Largest changes in execution rate, %d"),
    MOVERS_NOTE("与各单位上一年度相比，单位：百分点；降幅最大的 %d 家与升幅最大的 %d 家",
            "Against each agency's previous year, in percentage points; the %d largest drops and %d largest gains"),
    RATE_CHANGE("执行率变化（百分点）", "Change in rate (percentage points)"),
    DROP("下降", "Drop"),
    GAIN("上升", "Gain"),
    TIP_RATE("%s %d 年：执行率 %.2f%%", "%s %d: execution rate %.2f%%"),
    TIP_RANKED_RATE("%s：执行率 %.2f%%（%s年，预算 %,.2f 万元，执行 %,.2f 万元）",
            "%s: execution rate %.2f%% (%s; budget %,.2f, executed %,.2f, 10,000 CNY)"),
    TIP_COMPLETION("%s：完成率 %.2f%%（达成 %d / 可判断 %d）", "%s: completion %.2f%% (met %d of %d judgeable)"),
    TIP_CHANGE("%s：%d 年 %.2f%% → %d 年 %.2f%%（%+.2f 个百分点）", "%s: %d %.2f%% → %d %.2f%% (%+.2f points)"),
    TIP_CELL("%s %d 年：执行率 %.2f%%（%s）", "%s %d: execution rate %.2f%% (%s)"),
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
    SHOWN_TOP_BUDGET("显示未执行金额最多的 %d 家；其他 %d 家合计预算 %,.2f 万元、执行 %,.2f 万元，未画出",
            "The %d agencies with the most unspent shown; the %d others together: budget %,.2f, executed %,.2f (10,000 CNY), not drawn"),
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

    /** Runs of years joined, e.g. "2016, 2018–2024"; "–" for none. */
    public static String years(List<Integer> years) {
        List<Integer> sorted = years.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return "–";
        }
        List<String> runs = new ArrayList<>();
        int start = sorted.get(0);
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i) != sorted.get(i - 1) + 1) {
                int end = sorted.get(i - 1);
                runs.add(start == end ? String.valueOf(start) : start + "–" + end);
                if (i < sorted.size()) {
                    start = sorted.get(i);
                }
            }
        }
        return String.join(", ", runs);
    }

    /** The subtitle every chart carries: the data's years and the filters applied. */
    public static String subtitle(List<Integer> years, ChartOptions options, String extra) {
        Lang lang = options.lang();
        String yearText = years(years);
        String filters = options.filters().isEmpty() ? NO_FILTERS.in(lang) : FILTERS.format(lang, options.filters());
        String text = YEARS.format(lang, yearText) + "   " + filters;
        return extra.isEmpty() ? text : text + "   " + extra;
    }
}
