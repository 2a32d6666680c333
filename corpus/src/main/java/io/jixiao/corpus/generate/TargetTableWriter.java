package io.jixiao.corpus.generate;

import io.jixiao.corpus.generate.IndicatorTemplate.Outcome;
import io.jixiao.corpus.generate.IndicatorTemplate.Style;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.vocabulary.FormKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the target tables of a budget year in Jiangsu's layout (tab or pipe rows): the department's 部门整体预算绩效目标表
 * (income and expense with its projects as expense lines; management indicators; duties by 重点工作; benefits) and
 * each project's 项目预算绩效目标表 (header, texts, income and expense, half-year and full-year targets).
 */
final class TargetTableWriter {

    private static final List<String> EXPENSE_ITEMS = List.of("专用设备购置费", "委托业务费", "劳务费", "运行维护费",
            "差旅会议培训费");
    private static final String DUTY = "履行主责主业职能";

    private final SheetLayout layout;
    private final AmountUnit amounts;
    private final Random random;

    TargetTableWriter(SheetLayout layout, AmountUnit amounts, Random random) {
        this.layout = layout;
        this.amounts = amounts;
        this.random = random;
    }

    Form writeProject(DocumentText text, Agency agency, String project, int year) {
        var region = agency.region();
        FormSheet sheet = new FormSheet(layout, text, amounts, region.titlePrefix() + "项目预算绩效目标表", year + "年度");
        String department = agency.department(year);
        String unit = agency.unit(year);
        String type = random.nextDouble() < 0.75 ? "常年安排项目" : "一次性项目";
        sheet.row("项目名称", project, "主管部门", department);
        sheet.row("项目类型", type, "项目级次", region.level());
        sheet.row("开始时间", year + ".01", "完成时间", year + ".12");
        sheet.row("实施单位", unit, "", "");
        Map<String, String> texts = new LinkedHashMap<>();
        text(sheet, texts, "立项必要性", "necessity", unit + "承担" + project + "相关工作，是落实上级部署、保障"
                + region.name() + "相关领域工作正常开展的需要。");
        text(sheet, texts, "实施可行性", "feasibility", "本单位已建立完善的项目管理制度，配备专业技术人员和设备，具备实施条件。");
        text(sheet, texts, "项目实施内容", "content", "按年度计划开展" + project + "各项工作，按期完成设备运行维护、业务实施和成果验收。");

        double budget = Math.exp(Math.log(10) + random.nextDouble() * (Math.log(1500) - Math.log(10)));
        sheet.row(amounts.header("项目资金 (万元)"), "收入", "", "全年(程) 预算数");
        income(sheet, budget, 4);
        sheet.row("", "支出", "", "半年(程) 计划执行数", "全年(程) 预算数");
        List<String> items = new ArrayList<>(EXPENSE_ITEMS);
        int count = 1 + random.nextInt(3);
        double left = budget;
        for (int i = 0; i < count; i++) {
            double amount = i == count - 1 ? left : left * (0.3 + random.nextDouble() * 0.4);
            left -= amount;
            expense(sheet, items.remove(random.nextInt(items.size())), amount, 5);
        }
        text(sheet, texts, "中长期目标", "long_term_goal", "持续提升" + project + "保障能力，形成长效运行机制。");
        text(sheet, texts, "年度目标", "annual_goal", "完成" + year + "年度" + project + "各项任务，资金执行率达到100%。");

        sheet.row("一级指标", "二级指标", "三级指标", "半年(程)指标值", "全年(程)指标值");
        IndicatorRows rows = new IndicatorRows(sheet, false);
        for (String[] management : IndicatorCatalog.TARGET_MANAGEMENT) {
            if (management[3] == null) {
                rows.add(management[0], management[1], null, management[2], "=" + (40 + random.nextInt(21)) + "%",
                        "=100%");
            } else if (random.nextDouble() < 0.7) {
                rows.add(management[0], management[1], null, management[2], management[3], management[3]);
            }
        }
        templates(rows, "产出指标", IndicatorCatalog.QUANTITY, 2, null);
        templates(rows, "产出指标", IndicatorCatalog.QUALITY, 1, null);
        templates(rows, "产出指标", IndicatorCatalog.TIMELINESS, 1, null);
        templates(rows, "效益", IndicatorCatalog.SOCIAL, 1, "社会效益");
        templates(rows, "满意度", IndicatorCatalog.SATISFACTION, 1, "服务对象满意度");
        return sheet.form(FormKind.PROJECT_TARGET, year, region)
                .department(department)
                .unit(unit)
                .project(project)
                .projectType(type)
                .projectLevel(region.level())
                .startDate(year + ".01")
                .endDate(year + ".12")
                .texts(texts)
                .build();
    }

    Form writeDepartment(DocumentText text, Agency agency, List<String> projects, int year) {
        var region = agency.region();
        FormSheet sheet = new FormSheet(layout, text, amounts, region.titlePrefix() + "部门整体预算绩效目标表", year + "年度");
        String unit = agency.unit(year);
        sheet.row("单位名称", unit, "", "", "");
        Map<String, String> texts = new LinkedHashMap<>();
        text(sheet, texts, "单位主要职能", "functions", unit + "为" + agency.department(year)
                + "所属公益一类事业单位，承担全省（市）相关技术支撑和公共服务职能。");
        text(sheet, texts, "机构设置及人员配置", "organisation", "内设职能部门和业务部门若干，核定事业编制"
                + (40 + random.nextInt(200)) + "名。");

        double projectsBudget = 0;
        double[] projectAmounts = new double[projects.size()];
        for (int i = 0; i < projects.size(); i++) {
            projectAmounts[i] = Math.exp(Math.log(20) + random.nextDouble() * (Math.log(2500) - Math.log(20)));
            projectsBudget += Cells.round(projectAmounts[i]).doubleValue();
        }
        double basic = Cells.round(projectsBudget * (0.3 + random.nextDouble() * 0.8)).doubleValue();
        sheet.row(amounts.header("部门整体资金（万元）"), "收入", "", "全年 预算数", "");
        income(sheet, basic + projectsBudget, 5);
        sheet.row("", "支出", "", "半年 计划执行数", "全年 预算数");
        expense(sheet, "基本支出", basic, 5);
        expense(sheet, "项目支出", projectsBudget, 5);
        for (int i = 0; i < projects.size(); i++) {
            expense(sheet, projects.get(i), projectAmounts[i], 5);
        }
        sheet.gap();
        text(sheet, texts, "中长期目标", "long_term_goal", "围绕中心工作，持续提升技术支撑和公共服务能力，建设高水平专业机构。");
        text(sheet, texts, "年度目标", "annual_goal", "完成" + year + "年度各项重点工作，预算执行率达到100%。");

        sheet.row("一级指标", "二级指标", "三级指标", "半年指标值", "全年指标值");
        IndicatorRows management = new IndicatorRows(sheet, false);
        for (String[] row : IndicatorCatalog.DEPARTMENT_MANAGEMENT) {
            String target = row[3] != null ? row[3] : "=100%";
            String half = row[3] != null ? row[3] : "=" + (35 + random.nextInt(21)) + "%";
            management.add(row[0], row[1], null, row[2], half, target);
        }
        sheet.gap();
        sheet.row("一级指标", "二级指标", "重点工作", "三级指标", "半年指标值", "全年指标值");
        IndicatorRows duties = new IndicatorRows(sheet, true);
        for (String project : projects) {
            List<IndicatorTemplate> pool = new ArrayList<>(IndicatorCatalog.QUANTITY);
            pool.addAll(IndicatorCatalog.QUALITY);
            for (int i = 0; i < 2; i++) {
                IndicatorTemplate template = pool.remove(random.nextInt(pool.size()));
                IndicatorTemplate.Cells cells = template.make(random, Outcome.MET, Style.BARE);
                duties.add("履职", DUTY, project, template.name(), cells.targetHalf(), cells.target());
            }
        }
        sheet.gap();
        sheet.row("一级指标", "二级指标", "三级指标", "半年指标值", "全年指标值");
        IndicatorRows benefits = new IndicatorRows(sheet, false);
        templates(benefits, "效益", IndicatorCatalog.SOCIAL, 2, "社会效益");
        templates(benefits, "效益", IndicatorCatalog.SUSTAINABLE, 1, "可持续影响");
        templates(benefits, "满意度", IndicatorCatalog.SATISFACTION, 1, "服务对象满意度");
        return sheet.form(FormKind.DEPARTMENT_TARGET, year, region).unit(unit).texts(texts).build();
    }

    private void templates(IndicatorRows rows, String level1, List<IndicatorTemplate> from, int count, String level2) {
        List<IndicatorTemplate> pool = new ArrayList<>(from);
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            IndicatorTemplate template = pool.remove(random.nextInt(pool.size()));
            IndicatorTemplate.Cells cells = template.make(random, Outcome.MET, Style.BARE);
            rows.add(level1, level2 != null ? level2 : template.level2(), null, template.name(), cells.targetHalf(),
                    cells.target());
        }
    }

    private static void text(FormSheet sheet, Map<String, String> texts, String label, String key, String value) {
        sheet.row(label, "<p>" + value + "</p>", "", "");
        texts.put(key, value);
    }

    /** Income lines: total, general budget, government funds (0), carry-over, other; the total is their sum. */
    private void income(FormSheet sheet, double budget, int width) {
        BigDecimal total = Cells.round(budget);
        BigDecimal carryover = random.nextDouble() < 0.3 ? Cells.round(budget * random.nextDouble() * 0.3)
                : BigDecimal.ZERO;
        BigDecimal other = random.nextDouble() < 0.2 ? Cells.round(budget * random.nextDouble() * 0.3)
                : BigDecimal.ZERO;
        BigDecimal general = total.subtract(carryover).subtract(other);
        incomeRow(sheet, "total", "资金总额", total, width);
        incomeRow(sheet, "general_public_budget", "一般公共预算资金", general, width);
        incomeRow(sheet, "government_fund", "政府性基金", BigDecimal.ZERO, width);
        incomeRow(sheet, "carryover", "上年结转资金", carryover, width);
        incomeRow(sheet, "other", "其他资金", other, width);
    }

    private static void incomeRow(FormSheet sheet, String source, String label, BigDecimal amount, int width) {
        String cell = amount.signum() == 0 ? "0" : sheet.amounts.cell(amount, Cells::plain);
        String[] cells = row(width, "", "", label, cell);
        sheet.fund("income", source, 2, null, sheet.amounts.read(cell), null, null, null, null, null, cells);
    }

    private void expense(FormSheet sheet, String item, double amount, int width) {
        String full = amounts.cell(Cells.round(amount), Cells::plain);
        String half = amounts.cell(Cells.round(amount * (0.35 + random.nextDouble() * 0.25)), Cells::plain);
        String[] cells = row(width, "", "", item, half, full);
        sheet.fund("expense", "item", 2, null, amounts.read(full), null, amounts.read(half), null, null, null, cells);
    }

    private static String[] row(int width, String... cells) {
        String[] row = new String[Math.max(width, cells.length)];
        java.util.Arrays.fill(row, "");
        System.arraycopy(cells, 0, row, 0, cells.length);
        return row;
    }

    /** Indicator rows of one target table: level names written only where they change, as merged cells read. */
    private static final class IndicatorRows {

        private final FormSheet sheet;
        private final boolean keyWorkColumn;
        private String level1;
        private String level2;
        private String keyWork;

        IndicatorRows(FormSheet sheet, boolean keyWorkColumn) {
            this.sheet = sheet;
            this.keyWorkColumn = keyWorkColumn;
        }

        void add(String rowLevel1, String rowLevel2, String rowKeyWork, String name, String half, String target) {
            boolean newLevel1 = !rowLevel1.equals(level1);
            boolean newLevel2 = newLevel1 || !rowLevel2.equals(level2);
            boolean newKeyWork = newLevel2 || rowKeyWork != null && !rowKeyWork.equals(keyWork);
            List<String> cells = new ArrayList<>();
            cells.add(newLevel1 ? rowLevel1 : "");
            cells.add(newLevel2 ? rowLevel2 : "");
            if (keyWorkColumn) {
                cells.add(newKeyWork ? rowKeyWork : "");
            }
            cells.add(name);
            cells.add(half);
            cells.add(target);
            sheet.indicator(new SheetRow(cells, -1, 0), rowLevel1, rowLevel2, rowKeyWork, name, target, half, null,
                    null, null, null);
            level1 = rowLevel1;
            level2 = rowLevel2;
            keyWork = rowKeyWork;
        }
    }
}
