package io.jixiao.corpus.generate;

import io.jixiao.corpus.generate.IndicatorTemplate.Kind;

import java.util.List;

/** The indicators self-evaluations and target tables are made of, by level-2 category. */
final class IndicatorCatalog {

    static final List<IndicatorTemplate> QUANTITY = List.of(
            new IndicatorTemplate("数量指标", "检定校准仪器设备台件数", Kind.COUNT, "台件", 2000, 40000),
            new IndicatorTemplate("数量指标", "出具检测报告数量", Kind.COUNT, "份", 500, 20000),
            new IndicatorTemplate("数量指标", "开展专项监督抽查批次", Kind.COUNT, "批次", 20, 300),
            new IndicatorTemplate("数量指标", "服务企业数量", Kind.COUNT, "家", 50, 2000),
            new IndicatorTemplate("数量指标", "举办培训交流活动场次", Kind.COUNT, "场", 4, 40),
            new IndicatorTemplate("数量指标", "完成监测点位数量", Kind.COUNT, "个", 10, 200),
            new IndicatorTemplate("数量指标", "新增检测能力项目数", Kind.COUNT, "项", 2, 25));

    static final List<IndicatorTemplate> QUALITY = List.of(
            new IndicatorTemplate("质量指标", "检定校准结果准确率", Kind.PERCENT, "%", 95, 99),
            new IndicatorTemplate("质量指标", "设备设施正常运行率", Kind.PERCENT, "%", 95, 100),
            new IndicatorTemplate("质量指标", "项目验收合格率", Kind.PERCENT, "%", 100, 100),
            new IndicatorTemplate("质量指标", "监测数据有效率", Kind.PERCENT, "%", 90, 98),
            new IndicatorTemplate("质量指标", "证书报告差错率", Kind.PERCENT_MAX, "%", 1, 3));

    static final List<IndicatorTemplate> TIMELINESS = List.of(
            new IndicatorTemplate("时效指标", "检定任务按期完成率", Kind.PERCENT, "%", 95, 100),
            new IndicatorTemplate("时效指标", "设备维保响应及时性", Kind.QUALITATIVE, "及时", 0, 0),
            new IndicatorTemplate("时效指标", "资金支付进度及时性", Kind.QUALITATIVE, "及时", 0, 0));

    static final List<IndicatorTemplate> COST = List.of(
            new IndicatorTemplate("成本指标", "设备购置成本控制数", Kind.COST, "万元", 20, 300),
            new IndicatorTemplate("成本指标", "单台件检定平均成本", Kind.COST, "元/台件", 50, 300),
            new IndicatorTemplate("成本指标", "会议培训费用控制数", Kind.COST, "万元", 2, 30));

    static final List<IndicatorTemplate> ECONOMIC = List.of(
            new IndicatorTemplate("经济效益指标", "带动相关业务收入增长", Kind.COUNT, "万元", 100, 1000));

    static final List<IndicatorTemplate> SOCIAL = List.of(
            new IndicatorTemplate("社会效益指标", "为政府监管提供技术支撑", Kind.QUALITATIVE, "较显著", 0, 0),
            new IndicatorTemplate("社会效益指标", "保障人民群众生命财产安全", Kind.QUALITATIVE, "有效保障", 0, 0),
            new IndicatorTemplate("社会效益指标", "服务地方产业高质量发展", Kind.QUALITATIVE, "显著", 0, 0),
            new IndicatorTemplate("社会效益指标", "公共服务平台年访问量", Kind.COUNT, "万人次", 2, 60));

    static final List<IndicatorTemplate> ECOLOGICAL = List.of(
            new IndicatorTemplate("生态效益指标", "环境污染事故发生次数", Kind.ZERO, "次", 0, 0));

    static final List<IndicatorTemplate> SUSTAINABLE = List.of(
            new IndicatorTemplate("可持续影响指标", "长效管理制度建设", Kind.QUALITATIVE, "完善", 0, 0),
            new IndicatorTemplate("可持续影响指标", "技术服务能力持续提升", Kind.QUALITATIVE, "持续提升", 0, 0));

    static final List<IndicatorTemplate> SATISFACTION = List.of(
            new IndicatorTemplate("服务对象满意度指标", "服务对象满意度", Kind.PERCENT, "%", 85, 95),
            new IndicatorTemplate("服务对象满意度指标", "企业用户满意度", Kind.PERCENT, "%", 85, 95));

    /** Why an indicator fell short, as units write it in the 偏差原因分析 column. */
    static final List<String> REASONS = List.of(
            "受疫情影响，部分现场检定工作延期开展",
            "设备到货延迟，安装调试顺延至次年",
            "政府采购流程较长，合同签订晚于预期",
            "服务需求低于年初预期，后续将加强宣传推广",
            "人员调整导致部分任务未按期完成，已调整工作计划",
            "项目实施方案调整，部分内容纳入下年度实施");

    /** Decision and process indicators of target tables: level 1, level 2, name, target word. */
    static final List<String[]> TARGET_MANAGEMENT = List.of(
            new String[] {"决策", "项目立项", "立项依据充分性", "充分"},
            new String[] {"决策", "项目立项", "立项程序规范性", "规范"},
            new String[] {"决策", "绩效目标", "绩效目标合理性", "合理"},
            new String[] {"决策", "绩效目标", "绩效指标明确性", "明确"},
            new String[] {"决策", "资金投入", "预算编制科学性", "科学"},
            new String[] {"过程", "资金管理", "资金使用合规性", "合规"},
            new String[] {"过程", "资金管理", "预算执行率", null},
            new String[] {"过程", "组织实施", "管理制度健全性", "健全"},
            new String[] {"过程", "组织实施", "制度执行有效性", "有效"});

    static final List<String[]> DEPARTMENT_MANAGEMENT = List.of(
            new String[] {"决策", "计划制定", "中长期规划制定健全性", "健全"},
            new String[] {"决策", "目标设定", "绩效指标明确性", "明确"},
            new String[] {"过程", "预算执行", "预算执行率", null},
            new String[] {"过程", "预算执行", "结转结余控制率", "≤10%"},
            new String[] {"过程", "预算管理", "资金使用合规性", "合规"},
            new String[] {"过程", "资产管理", "资产管理制度健全性", "健全"},
            new String[] {"过程", "人员管理", "在职人员控制率", "≤100%"});

    private IndicatorCatalog() {
    }
}
