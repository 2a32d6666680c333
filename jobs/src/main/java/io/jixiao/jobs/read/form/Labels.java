package io.jixiao.jobs.read.form;

import io.jixiao.jobs.read.layout.MatchKey;
import io.jixiao.schema.vocabulary.FundSource;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The labels that anchor rows in budget performance forms, and the indicator level vocabulary. The predicates take
 * a cell's {@link MatchKey} (full-width folded, blanks removed, trailing colon dropped), so that "年度 总体 目标",
 * "满意 度指 标" and "年度资金总额：" match.
 */
public final class Labels {

    private static final Map<String, FundSource> FUND_LABELS = fundLabels();
    private static final Pattern CATEGORY_WEIGHT = Pattern.compile("\\(\\d+(\\.\\d+)?分\\)$");

    /** Header fields: compact label → field name; {@code personal} marks data that must not be kept. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("项目名称", "project"),
            Map.entry("主管部门", "department"),
            Map.entry("主管单位", "department"),
            Map.entry("实施单位", "unit"),
            Map.entry("单位名称", "unit"),
            Map.entry("项目类型", "project_type"),
            Map.entry("项目级次", "project_level"),
            Map.entry("开始时间", "start_date"),
            Map.entry("完成时间", "end_date"),
            Map.entry("结束时间", "end_date"));

    /** Free-text fields: compact label → key in Form.texts. */
    private static final Map<String, String> TEXTS = Map.of(
            "立项必要性", "necessity",
            "实施可行性", "feasibility",
            "项目实施内容", "content",
            "中长期目标", "long_term_goal",
            "年度目标", "annual_goal",
            "单位主要职能", "functions",
            "部门主要职能", "functions",
            "机构设置及人员配置", "organisation");

    private static final Set<String> GOAL_LABELS = Set.of("年度总体目标", "总体目标", "年度绩效目标");
    private static final Set<String> GOAL_COLUMNS = Set.of("预期目标", "实际完成情况", "实际完成");

    private static final Set<String> LEVEL1 = Set.of(
            "产出指标", "效益指标", "满意度指标", "成本指标", "决策指标", "过程指标", "履职指标", "管理指标",
            "产出", "效益", "满意度", "决策", "过程", "履职", "管理");

    private static final Set<String> LEVEL2 = Set.of(
            "数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标",
            "可持续影响指标", "服务对象满意度指标", "经济成本指标", "社会成本指标", "生态成本指标",
            "数量", "质量", "时效", "经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度",
            "经济成本", "社会成本", "生态成本", "项目立项", "绩效目标", "资金投入", "资金管理", "组织实施",
            "预算执行", "预算管理", "预算编制", "资产管理", "项目管理", "人员管理", "机构建设", "目标设定",
            "计划制定", "财务管理", "业务管理", "项目产出", "项目效益", "项目成本");

    private static final Set<String> OTHER_ANCHORS = Set.of(
            "总分", "评分等级", "一级指标", "二级指标", "三级指标", "收入", "支出", "项目负责人/联系电话");

    private Labels() {
    }

    /** The compact form of any text (see {@link MatchKey}). */
    public static String compact(String text) {
        return MatchKey.compact(text);
    }

    /** The match key of a cell that may be a label (see {@link MatchKey}); the predicates below take such keys. */
    public static String key(String cell) {
        return MatchKey.of(cell);
    }

    /** Blanks removed, as written otherwise: how level names are stored ("满意 度指 标" → "满意度指标"). */
    public static String withoutBlanks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                out.append(c);
            }
        }
        return out.length() == text.length() ? text : out.toString();
    }

    public static Optional<String> field(String key) {
        if (isPersonal(key)) {
            return Optional.of("personal");
        }
        return Optional.ofNullable(FIELDS.get(key));
    }

    public static boolean isField(String key) {
        return FIELDS.containsKey(key) || isPersonal(key);
    }

    private static boolean isPersonal(String key) {
        return key.startsWith("项目负责人") || key.startsWith("联系电话") || key.startsWith("联系人");
    }

    public static Optional<String> text(String key) {
        return Optional.ofNullable(TEXTS.get(key));
    }

    public static boolean isGoalLabel(String key) {
        return GOAL_LABELS.contains(key);
    }

    public static boolean isGoalColumn(String key) {
        return GOAL_COLUMNS.contains(key);
    }

    public static boolean isFundTable(String key) {
        return key.startsWith("项目资金") || key.startsWith("部门整体资金") || key.startsWith("资金情况")
                || key.startsWith("部门资金");
    }

    public static boolean isIndicatorHeader(String key) {
        return key.contains("一级指标");
    }

    public static boolean isTotal(String key) {
        return key.equals("总分") || key.equals("合计得分") || key.equals("总得分");
    }

    public static boolean isGrade(String key) {
        return key.equals("评分等级") || key.equals("自评等级");
    }

    /** A page header such as "附件1：" repeated on each page of some documents. */
    public static boolean isPageHeader(String key) {
        return key.startsWith("附") && key.matches("附件\\d*|附表\\d*");
    }

    /** The level name without blanks and without a category weight such as "(50分)". */
    private static String levelKey(String key) {
        return key.endsWith("分)") ? CATEGORY_WEIGHT.matcher(key).replaceAll("") : key;
    }

    public static boolean isLevel1(String key) {
        return LEVEL1.contains(levelKey(key));
    }

    public static boolean isLevel2(String key) {
        return LEVEL2.contains(levelKey(key));
    }

    private static Map<String, FundSource> fundLabels() {
        Map<String, FundSource> labels = new java.util.HashMap<>();
        for (FundSource source : FundSource.values()) {
            source.labels().forEach(label -> labels.put(label, source));
        }
        return Map.copyOf(labels);
    }

    /**
     * The fund source a row label's key names, ignoring a leading "其中:" — FundSource.fromLabel on the match key,
     * without its NFKC and regular expressions (it ran on every fund row).
     */
    public static Optional<FundSource> fundSource(String key) {
        String label = key.startsWith("其中") ? key.substring(2) : key;
        return Optional.ofNullable(FUND_LABELS.get(label.startsWith(":") ? label.substring(1) : label));
    }

    private static boolean isFundSource(String key) {
        return fundSource(key).isPresent();
    }

    /** Whether a cell is a label that always starts a row of its own (never the continuation of a split row). */
    public static boolean isAnchor(String key) {
        return FIELDS.containsKey(key) || TEXTS.containsKey(key) || isPersonal(key)
                || GOAL_LABELS.contains(key) || GOAL_COLUMNS.contains(key) || OTHER_ANCHORS.contains(key)
                || isFundTable(key) || isIndicatorHeader(key) || isPageHeader(key)
                || isLevel1(key) || isLevel2(key) || isFundSource(key)
                || key.endsWith("自评表") || key.endsWith("目标表");
    }
}
