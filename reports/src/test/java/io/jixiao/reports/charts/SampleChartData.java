package io.jixiao.reports.charts;

import io.jixiao.schema.vocabulary.Grade;
import io.jixiao.schema.vocabulary.IndicatorStatus;

import java.util.List;

/**
 * Chart inputs transcribed by hand from the real samples in data/samples/:
 * 000 (上海市计量测试技术研究院, 2023, 5 self-evaluations), 003 (上海市研发公共服务平台管理中心, 2024, 6) and
 * 002 (昌吉回族自治州计量检定所, 2020, 4). Sample 001 holds target tables only (no execution, no scores).
 */
public final class SampleChartData {
    public static final String SHANGHAI_METROLOGY = "上海市计量测试技术研究院";
    public static final String SHANGHAI_PLATFORM = "上海市研发公共服务平台管理中心";
    public static final String CHANGJI = "昌吉回族自治州计量检定所";
    public static final List<String> UNITS = List.of(SHANGHAI_METROLOGY, SHANGHAI_PLATFORM, CHANGJI);

    /** 年度资金总额 rows: 全年预算数 and 全年执行数 of every form, summed per agency in BUDGETS. */
    public static final List<ScoreRatePoint> PROJECTS = List.of(
            // 000: budgets 230.00/160.00/197.25/235.78/341.00, executed 216.86/159.30/195.70/234.28/338.03,
            // reported rates 94.29/99.56/99.21/99.36/99.13, 总分 99.43/99.95/99.92/99.94/99.91, all 优
            new ScoreRatePoint(SHANGHAI_METROLOGY, "时频实验室运维经费", 2023, 94.29, 99.43),
            new ScoreRatePoint(SHANGHAI_METROLOGY, "仪器设备购置经费", 2023, 99.56, 99.95),
            new ScoreRatePoint(SHANGHAI_METROLOGY, "技改项目经费", 2023, 99.21, 99.92),
            new ScoreRatePoint(SHANGHAI_METROLOGY, "信息化运维项目", 2023, 99.36, 99.94),
            new ScoreRatePoint(SHANGHAI_METROLOGY, "国能中心项目经费", 2023, 99.13, 99.91),
            // 003: budgets 29.60/478.50/400.00/268.54/70.00/304.16, executed 29.50/478.13/400.00/268.54/69.94/301.75
            new ScoreRatePoint(SHANGHAI_PLATFORM, "上海研发公共服务平台宣传推广", 2024, 99.66, 99.97),
            new ScoreRatePoint(SHANGHAI_PLATFORM, "科技资源共享体系建设和创新资源发展研究", 2024, 99.92, 99.99),
            new ScoreRatePoint(SHANGHAI_PLATFORM, "研发平台科技资源共享服务及人才平台体系建设", 2024, 100.00, 100.00),
            new ScoreRatePoint(SHANGHAI_PLATFORM, "研发平台网络运行保障", 2024, 100.00, 100.00),
            new ScoreRatePoint(SHANGHAI_PLATFORM, "科技系统人才工作综合服务平台建设", 2024, 99.91, 99.99),
            new ScoreRatePoint(SHANGHAI_PLATFORM, "信息化运维项目", 2024, 99.20, 99.92),
            // 002: budgets = executed 100/20/40/2.68 (rate written "100%"), 总分 98.8/96.7/98.2/99.5, no grade
            // row in the document: 优 by the total
            new ScoreRatePoint(CHANGJI, "成本性支出", 2020, 100, 98.8),
            new ScoreRatePoint(CHANGJI, "琴键开关式低热电势扫描开关", 2020, 100, 96.7),
            new ScoreRatePoint(CHANGJI, "设备购置及维护", 2020, 100, 98.2),
            new ScoreRatePoint(CHANGJI, "劳务费支出", 2020, 100, 99.5));

    /** Sums of the 年度资金总额 rows above (万元). */
    public static final List<UnitBudget> BUDGETS = List.of(
            new UnitBudget(SHANGHAI_METROLOGY, 2023, 1164.03, 1144.17),
            new UnitBudget(SHANGHAI_PLATFORM, 2024, 1550.80, 1547.86),
            new UnitBudget(CHANGJI, 2020, 162.68, 162.68));

    /** Executed / budget × 100 of BUDGETS: 1144.17 / 1164.03 = 98.29 %, 1547.86 / 1550.80 = 99.81 %, 100 %. */
    public static final List<UnitYearRate> RATES = List.of(
            new UnitYearRate(SHANGHAI_METROLOGY, 2023, 98.29),
            new UnitYearRate(SHANGHAI_PLATFORM, 2024, 99.81),
            new UnitYearRate(CHANGJI, 2020, 100.00));

    /**
     * Statuses of the indicators of the FIRST form of each sample, judged by hand: 000 时频实验室运维经费
     * (100%/100% met ×2, 及时/及时 and 建立/建立 qualitative, ≤±15ns/≤±15ns unknown, ≥10家/21家 and ≥90%/95%
     * met); 003 上海研发公共服务平台宣传推广 (9 numeric targets met, 及时/达成指标 ×2 and 完善/达成指标
     * qualitative); 002 成本性支出 (8 met, cost 61/63.54 unmet, 有效保护/90% partial, 逐年增加/95%
     * qualitative, the "/" rows of 经济效益指标 and 生态效益指标 not applicable).
     */
    public static final List<IndicatorCount> INDICATORS = List.of(
            new IndicatorCount(SHANGHAI_METROLOGY, "产出指标", "数量指标", IndicatorStatus.MET, 1),
            new IndicatorCount(SHANGHAI_METROLOGY, "产出指标", "质量指标", IndicatorStatus.MET, 1),
            new IndicatorCount(SHANGHAI_METROLOGY, "产出指标", "时效指标", IndicatorStatus.QUALITATIVE, 1),
            new IndicatorCount(SHANGHAI_METROLOGY, "效益指标", "社会效益指标", IndicatorStatus.UNKNOWN, 1),
            new IndicatorCount(SHANGHAI_METROLOGY, "效益指标", "社会效益指标", IndicatorStatus.MET, 1),
            new IndicatorCount(SHANGHAI_METROLOGY, "效益指标", "社会效益指标", IndicatorStatus.QUALITATIVE, 1),
            new IndicatorCount(SHANGHAI_METROLOGY, "效益指标", "满意度指标", IndicatorStatus.MET, 1),
            new IndicatorCount(SHANGHAI_PLATFORM, "产出指标", "数量指标", IndicatorStatus.MET, 4),
            new IndicatorCount(SHANGHAI_PLATFORM, "产出指标", "质量指标", IndicatorStatus.MET, 2),
            new IndicatorCount(SHANGHAI_PLATFORM, "产出指标", "时效指标", IndicatorStatus.QUALITATIVE, 2),
            new IndicatorCount(SHANGHAI_PLATFORM, "效益指标", "社会效益指标", IndicatorStatus.MET, 2),
            new IndicatorCount(SHANGHAI_PLATFORM, "效益指标", "可持续影响指标", IndicatorStatus.QUALITATIVE, 1),
            new IndicatorCount(SHANGHAI_PLATFORM, "满意度指标", "服务对象满意度指标", IndicatorStatus.MET, 1),
            new IndicatorCount(CHANGJI, "产出指标", "数量指标", IndicatorStatus.MET, 2),
            new IndicatorCount(CHANGJI, "产出指标", "质量指标", IndicatorStatus.MET, 2),
            new IndicatorCount(CHANGJI, "产出指标", "时效指标", IndicatorStatus.MET, 1),
            new IndicatorCount(CHANGJI, "产出指标", "成本指标", IndicatorStatus.MET, 1),
            new IndicatorCount(CHANGJI, "产出指标", "成本指标", IndicatorStatus.UNMET, 1),
            new IndicatorCount(CHANGJI, "效益指标", "经济效益指标", IndicatorStatus.NOT_APPLICABLE, 1),
            new IndicatorCount(CHANGJI, "效益指标", "社会效益指标", IndicatorStatus.MET, 1),
            new IndicatorCount(CHANGJI, "效益指标", "社会效益指标", IndicatorStatus.PARTIAL, 1),
            new IndicatorCount(CHANGJI, "效益指标", "生态效益指标", IndicatorStatus.NOT_APPLICABLE, 1),
            new IndicatorCount(CHANGJI, "效益指标", "可持续影响指标", IndicatorStatus.QUALITATIVE, 1),
            new IndicatorCount(CHANGJI, "满意度指标", "服务对象满意度指标", IndicatorStatus.MET, 1));

    /** 评分等级 of every form (002 by its 总分, 96.7–99.5 → 优). */
    public static final List<GradeCount> GRADES = List.of(
            new GradeCount("上海市", 2023, Grade.EXCELLENT, 5),
            new GradeCount("上海市", 2024, Grade.EXCELLENT, 6),
            new GradeCount("昌吉回族自治州", 2020, Grade.EXCELLENT, 4));

    /**
     * Findings judged by hand: in 002, two indicators scored below their weight with "/" as deviation
     * reason (lines 153: 3.8 of 5, 183: 9.5 of 10) are warnings, and 设备购置及维护 has no 年初预算数
     * (line 451) as info; 000 时频实验室运维经费 executed 94.29 % scoring 9.43 of 10 is consistent (no finding),
     * but its ≤±15ns actual cannot be compared (info).
     */
    public static final List<FindingCount> FINDINGS = List.of(
            new FindingCount(CHANGJI, "warning", 2),
            new FindingCount(CHANGJI, "info", 1),
            new FindingCount(SHANGHAI_METROLOGY, "info", 1));

    public static final List<Integer> YEARS = List.of(2020, 2023, 2024);

    private SampleChartData() {
    }
}
