package io.jixiao.reports;

import io.jixiao.reports.warehouse.ParquetWarehouseWriter;
import io.jixiao.schema.vocabulary.Grade;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The warehouse of the sample documents in data/samples, for the report tests.
 *
 * <p>FOR NOW a transcription: the values below were copied by hand from the sample documents (the line
 * numbers say where) into the exact {@link WarehouseTables} columns and written as Parquet with DuckDB, in
 * the same hive layout the Spark ingest writes. Until the ingest job exists this stands in for it; the
 * contract of {@link #path()} stays when its body becomes a real ingest of data/samples, so tests must take
 * their expected figures from the documents, not from this class.
 *
 * <p>Transcribed: all forms of 000 (上海 2023, with funds and indicators), 002 (昌吉 2020, with indicators),
 * 003 (上海 2024, forms only), and two of the nine target tables of 001 (江苏 2023: 计量检验检测能力提升经费 and
 * 信息化运行维护经费, with funds and indicators). Derived fields follow DESIGN.md and GLOSSARY.md: execution
 * rate = executed / full-year budget × 100; execution score = 10 × min(rate, 100 %) to 2 decimals; computed
 * total = execution score + Σ indicator scores; status from reading the target and actual cells. The
 * {@code runs} table is left out on purpose (no folder): its view must then be empty.
 */
public final class SampleWarehouse {

    private static final String RUN = "sample-transcription";

    /** form_id | doc | kind | region | department | unit | project | budget | executed | rate reported
     *  | execution weight | execution score | total | total computed | grade | indicators | first line | last line | year. */
    private static final String FORMS = """
            sh23-1|000_672dbaea54929c24|project_self_evaluation|上海市|上海市市场监督管理局|上海市计量测试技术研究院|时频实验室运维经费|230.00|216.86|94.29|10.00|9.43|99.43|99.43|优|7|3|25|2023
            sh23-2|000_672dbaea54929c24|project_self_evaluation|上海市|上海市市场监督管理局|上海市计量测试技术研究院|仪器设备购置经费|160.00|159.30||||99.95|99.96|优|5|27|48|2023
            sh23-3|000_672dbaea54929c24|project_self_evaluation|上海市|上海市市场监督管理局|上海市计量测试技术研究院|技改项目经费|197.25|195.70|99.21|10|9.92|99.92|99.92|优|9|50|74|2023
            sh23-4|000_672dbaea54929c24|project_self_evaluation|上海市|上海市市场监督管理局|上海市计量测试技术研究院|信息化运维项目|235.78|234.28|99.36|10.00|9.94|99.94|99.94|优|7|76|97|2023
            sh23-5|000_672dbaea54929c24|project_self_evaluation|上海市|上海市市场监督管理局|上海市计量测试技术研究院|国能中心项目经费|341.00|338.03|99.13|10|9.91|99.91|99.91|优|10|99|124|2023
            sh24-1|003_c12283996fba6272|project_self_evaluation|上海市|上海市科学技术委员会|上海市研发公共服务平台管理中心|上海研发公共服务平台宣传推广|29.60|29.50|99.66|10.00|9.97|99.97|99.97|优|12|3|32|2024
            sh24-2|003_c12283996fba6272|project_self_evaluation|上海市|上海市科学技术委员会|上海市研发公共服务平台管理中心|科技资源共享体系建设和创新资源发展研究|478.50|478.13|99.92|10.00|9.99|99.99|99.99|优|16|34|67|2024
            sh24-3|003_c12283996fba6272|project_self_evaluation|上海市|上海市科学技术委员会|上海市研发公共服务平台管理中心|研发平台科技资源共享服务及人才平台体系建设|400.00|400.00|100.00|10.00|10.00|100.00|100.00|优|9|69|95|2024
            sh24-4|003_c12283996fba6272|project_self_evaluation|上海市|上海市科学技术委员会|上海市研发公共服务平台管理中心|研发平台网络运行保障|268.54|268.54|100.00|10.00|10.00|100.00|100.00|优|12|97|126|2024
            sh24-5|003_c12283996fba6272|project_self_evaluation|上海市|上海市科学技术委员会|上海市研发公共服务平台管理中心|科技系统人才工作综合服务平台建设|70.00|69.94|99.91|10.00|9.99|99.99|99.99|优|12|128|157|2024
            sh24-6|003_c12283996fba6272|project_self_evaluation|上海市|上海市科学技术委员会|上海市研发公共服务平台管理中心|信息化运维项目|304.16|301.75|99.20|10.00|9.92|99.92|99.92|优|26|159|201|2024
            cj20-1|002_13d1e6413ad98fbc|project_self_evaluation|昌吉回族自治州|昌吉回族自治州市场监督管理局|昌吉回族自治州计量检定所|成本性支出|100|100|100|10|10|98.8|98.3||13|1|218|2020
            cj20-2|002_13d1e6413ad98fbc|project_self_evaluation|昌吉回族自治州|昌吉回族自治州市场监督管理局|昌吉回族自治州计量检定所|琴键开关式低热电势扫描开关|20|20|100|10|10|96.7|96.7||10|221|411|2020
            cj20-3|002_13d1e6413ad98fbc|project_self_evaluation|昌吉回族自治州|昌吉回族自治州市场监督管理局|昌吉回族自治州计量检定所|设备购置及维护|40|40|100|10|10|98.2|92.8||13|428|650|2020
            cj20-4|002_13d1e6413ad98fbc|project_self_evaluation|昌吉回族自治州|昌吉回族自治州市场监督管理局|昌吉回族自治州计量检定所|劳务费支出|2.68|2.68|100|10|10|99.5|99.5||10|667|856|2020
            js23-3|001_8565ebd750e095f3|project_target|江苏省|江苏省市场监督管理局|江苏省计量科学研究院（江苏省能源计量数据中心）|计量检验检测能力提升经费|3600||||||||29|177|231|2023
            js23-9|001_8565ebd750e095f3|project_target|江苏省|江苏省市场监督管理局|江苏省计量科学研究院（江苏省能源计量数据中心）|信息化运行维护经费|143.5||||||||31|528|587|2023
            """;

    /** form_id | line | side | source | item | initial budget | full-year budget | executed | half-year plan | weight | rate | score. */
    private static final String FUNDS = """
            sh23-1|10|budget|total|年度资金总额|230.00|230.00|216.86||10.00|94.29|9.43
            sh23-1|11|budget|appropriation|其中：当年财政拨款|230.00|230.00|216.86|||94.29|
            sh23-1|12|budget|carryover|上年结转资金|0|0|0|||0|
            sh23-1|13|budget|other|其他资金|0|0|0|||0|
            sh23-2|35|budget|total|年度资金总额|160.00|160.00|159.30||||
            sh23-2|36|budget|appropriation|其中：当年财政拨款|160.00|160.00|159.30||||
            sh23-2|37|budget|carryover|上年结转资金|0|0|0||||
            sh23-2|38|budget|other|其他资金|0|0|0||||
            sh23-3|57|budget|total|年度资金总额|197.25|197.25|195.70||10|99.21|9.92
            sh23-3|58|budget|appropriation|其中：当年财政拨款|197.25|197.25|195.70|||99.21|
            sh23-3|59|budget|carryover|上年结转资金|0|0|0|||0|
            sh23-3|60|budget|other|其他资金|0|0|0|||0|
            sh23-4|82|budget|total|年度资金总额|235.78|235.78|234.28||10.00|99.36|9.94
            sh23-4|83|budget|appropriation|其中：当年财政拨款|89.48|89.48|89.48|||100.00|
            sh23-4|84|budget|carryover|上年结转资金|0|0|0|||0|
            sh23-4|85|budget|other|其他资金|146.30|146.30|144.8|||98.97|
            sh23-5|106|budget|total|年度资金总额|341.00|341.00|338.03||10|99.13|9.91
            sh23-5|107|budget|appropriation|其中：当年财政拨款|341.00|341.00|338.03|||99.13|
            sh23-5|108|budget|carryover|上年结转资金|0.00|0.00|0|||0|
            sh23-5|109|budget|other|其他资金|0.00|0.00|0|||0|
            js23-3|189|income|total|资金总额||3600|||||
            js23-3|190|income|general_public_budget|一般公共预算资金||2028|||||
            js23-3|196|income|other|其他资金||1572|||||
            js23-3|198|expense|item|计量量值溯源体系建设经费||3600||1800|||
            js23-9|540|income|total|资金总额||143.5|||||
            js23-9|547|income|other|其他资金||143.5|||||
            js23-9|549|expense|item|硬件运维费||44.78||18|||
            js23-9|550|expense|item|信息安全服务和信息化系统保障服务费||34.52||11.5|||
            js23-9|551|expense|item|宽带租赁费||24||12|||
            js23-9|552|expense|item|软件运维费||40.2||13|||
            """;

    /** form_id | line | level 1 | level 2 | name | target | actual | weight | score | reason | status. */
    private static final String INDICATORS = """
            sh23-1|17|产出指标|数量指标|时频实验室设备维保工作完成率|100%|100%|15.00|15.00||met
            sh23-1|18|产出指标|质量指标|时频实验室设备设施正常运行率|100%|100%|15.00|15.00||met
            sh23-1|19|产出指标|时效指标|设备维保工作响应及时情况|及时|及时|15.00|15.00||qualitative
            sh23-1|20|效益指标|社会效益指标|原子时标与国家基准时间偏差值|≤±15ns|≤±15ns|10.00|10.00||met
            sh23-1|21|效益指标|社会效益指标|服务客户数量|≥10家|21家|15.00|15.00||met
            sh23-1|22|效益指标|社会效益指标|上海地区守时授时光纤网络建立情况|建立|建立|10.00|10.00||qualitative
            sh23-1|23|效益指标|满意度指标|时频实验室服务客户满意度|≥90%|95%|10.00|10.00||met
            sh23-2|42|产出指标|数量指标|仪器设备安装完成套数|=1.00(套)|1.00(套)|18.00|18.00||met
            sh23-2|43|产出指标|质量指标|仪器设备验收合格情况|合格|合格|18.00|18.00||qualitative
            sh23-2|44|产出指标|时效指标|仪器设备安装完成及时情况|及时|及时|18.00|18.00||qualitative
            sh23-2|45|效益指标|社会效益指标|新型检测能力建立数量|=1.00(项)|1.00(项)|18.00|18.00||met
            sh23-2|46|满意度指标|服务对象满意度指标|客户满意度|≥90.00%|98.00%|18.00|18.00||met
            sh23-3|64|产出指标|数量指标|设备装置安装完成数量|4套|4套|20.00|20.00||met
            sh23-3|65|产出指标|质量指标|设备装置安装验收合格情况|合格|合格|15.00|15.00||qualitative
            sh23-3|66|产出指标|时效指标|设备装置安装完成及时情况|及时|及时|15.00|15.00||qualitative
            sh23-3|67|效益指标|社会效益指标|社会公用计量标准建立数量|4套|4套|5.00|5.00||met
            sh23-3|68|效益指标|社会效益指标|测厚仪检定装置绩效数量|2万|2万|5.00|5.00||met
            sh23-3|69|效益指标|社会效益指标|CT检定设备数量|24台|24台|5.00|5.00||met
            sh23-3|70|效益指标|社会效益指标|血氧饱和度模拟仪校准装置校准设备数量|20台|20台|5.00|5.00||met
            sh23-3|71|效益指标|社会效益指标|医用诊断X射线非介入式管电压表校准装置校准电压表数量|400台|400台|5.00|5.00||met
            sh23-3|72|满意度指标||客户满意度|≥90%|≥90%|15.00|15.00||met
            sh23-4|89|产出指标|数量指标|运维系统数量|3个|3个|15.00|15.00||met
            sh23-4|90|产出指标|质量指标|系统正常运行率|100%|100%|15.00|15.00||met
            sh23-4|91|产出指标|时效指标|计划完成及时率|>99(%)|100.00(%)|15.00|15.00||met
            sh23-4|92|效益指标|社会效益指标|用户使用数|>1000(人)|34376.00(人)|10.00|10.00||met
            sh23-4|93|效益指标|社会效益指标|用户投诉率|<1%|0|10.00|10.00||met
            sh23-4|94|效益指标|社会效益指标|用户活跃数|>500(人)|28567.00(人)|10.00|10.00||met
            sh23-4|95|满意度指标|服务对象满意度指标|人员满意度|>99(%)|100.00(%)|15.00|15.00||met
            sh23-5|113|产出指标|数量指标|新增用能单位及部分重点行业用能单位能源计量全面核排查及现场异常处置企业数量|=120(家)|120.00(家)|10.00|10.00||met
            sh23-5|114|产出指标|数量指标|重点用能非工业企业能源计量关口核排查及现场异常处置等（嘉定、青浦、宝山、松江、闵行及中心城区等）企业数量|≥150(家)|156.00(家)|10.00|10.00||met
            sh23-5|115|产出指标|数量指标|重点用能工业企业能源计量关口核排查及现场异常处置等（浦东、金山、奉贤等）企业数量|≥215(家)|221.00(家)|10.00|10.00||met
            sh23-5|116|产出指标|数量指标|重点用能非工业企业能源计量关口核排查及现场异常处置等（浦东、金山、奉贤等）企业数量|≥150(家)|156.00(家)|10.00|10.00||met
            sh23-5|117|产出指标|数量指标|重点用能工业企业能源计量关口核排查及现场异常处置等（嘉定、青浦、宝山、松江、闵行及中心城区等）企业|≥215(家)|217.00(家)|10.00|10.00||met
            sh23-5|118|产出指标|质量指标|现场异常处置修复率|=100(%)|100.00(%)|10.00|10.00||met
            sh23-5|119|产出指标|时效指标|计划完成及时性|及时|及时|10.00|10.00||qualitative
            sh23-5|120|效益指标|社会效益指标|用能单位关口能源计量配置掌握情况|≥90%|≥90%|10.00|10.00||met
            sh23-5|121|效益指标|可持续影响指标|数据动态更新机制建设情况|良好|良好|5.00|5.00||qualitative
            sh23-5|122|满意度指标|服务对象满意度指标|用能单位满意度|≥85%|≥85%|5.00|5.00||met
            cj20-1|89|产出指标|数量指标|检定计量器具台（件）数|≥30000|34941|10|10|/|met
            cj20-1|99|产出指标|数量指标|检定涉及单位及个体数量（家）|≥2500|2913|10|10|/|met
            cj20-1|109|产出指标|质量指标|计量器具检定合格率（%）|≥95%|95%|10|10|/|met
            cj20-1|119|产出指标|质量指标|检定覆盖率（%）|≥95%|96%|10|10|/|met
            cj20-1|129|产出指标|时效指标|2020年1-12月|100%|100%|5|5|/|met
            cj20-1|139|产出指标|成本指标|新增检测设备2套（万元）|≤39|36.46|5|5|/|met
            cj20-1|149|产出指标|成本指标|标准仪器委托检定费、设备维护保养、专用试剂、耗材等成本费支出（万元）|61|63.54|5|3.8|/|unmet
            cj20-1|158|效益指标|经济效益指标||/|/||||not_applicable
            cj20-1|169|效益指标|社会效益指标|计量仪器仪表的检定校准，为安全生产打下牢固基础|≥95%|95%|5|5|/|met
            cj20-1|179|效益指标|社会效益指标|保护广大消费者和百姓的合法权益|有效保护|90%|10|9.5|/|qualitative
            cj20-1|188|效益指标|生态效益指标||/|/||||not_applicable
            cj20-1|199|效益指标|可持续影响指标|检测装置配备率|逐年增加|95%|10|10|/|qualitative
            cj20-1|209|满意度指标|服务对象满意度指标|服务群体满意度（%）|≧95%|96%|10|10|/|met
            cj20-2|309|产出指标|数量指标|核心期刊发表论文数|≥1|1|10|10|/|met
            cj20-2|319|产出指标|数量指标|开发琴键开关式低热电势扫描开关项目专利数|≥1|1|10|10|/|met
            cj20-2|329|产出指标|质量指标|该设备校准合格率（%）|≥90%|70%|10|7.7|自编校准方法已经申请备案|unmet
            cj20-2|339|产出指标|时效指标|内部投入试运行|2020年12月31日前|90%|10|9|属内部试运行阶段|unknown
            cj20-2|349|产出指标|成本指标|申请专利、研发设备需要购买试验材料、投入运行等成本费支出（万元）|20|20|10|10|/|met
            cj20-2|358|效益指标|经济效益指标||/|/||||not_applicable
            cj20-2|370|效益指标|社会效益指标|新技术应用率（%）|30%|30%|15|15|/|met
            cj20-2|379|效益指标|生态效益指标||/|/||||not_applicable
            cj20-2|391|效益指标|可持续影响指标|检测装置及配件配备率|逐年增加|逐年增加|15|15|/|qualitative
            cj20-2|401|满意度指标|服务对象满意度指标|服务群体满意度（%）|≧90%|91%|10|10|/|met
            cj20-3|518|产出指标|数量指标|检定计量器具台（件）数|≥30000|34941|10|10|/|met
            cj20-3|528|产出指标|数量指标|维护仪器设备个数|≥20|25|10|10|/|met
            cj20-3|538|产出指标|数量指标|检定、校准涉及单位及个体数量|≥1000|1500|10|10|/|met
            cj20-3|548|产出指标|质量指标|检定覆盖率（%）|≥95%|95%|10|9|/|met
            cj20-3|558|产出指标|时效指标|设备维护及时率|及时|基本及时|5|4|因疫情原因设备厂家未能到现场进行维护|qualitative
            cj20-3|568|产出指标|成本指标|新增检测设备2套(万元)|≤30|30|5|5||met
            cj20-3|578|产出指标|成本指标|仪器设备维护保养费(万元)|≤10|8|10|4.8|因疫情原因设备厂家未能到现场进行维护|met
            cj20-3|587|效益指标|经济效益指标||/|/||||not_applicable
            cj20-3|599|效益指标|社会效益指标|计量仪器仪表的检定、校准，为安全生产打下牢固基础|≥95%|96%|5|5|/|met
            cj20-3|609|效益指标|社会效益指标|保护广大消费者和百姓的合法权益|有效保护|90%|5|5|/|qualitative
            cj20-3|618|效益指标|生态效益指标||/|/||||not_applicable
            cj20-3|630|效益指标|可持续影响指标|检测装置配备率|逐年增加|95%|10|10|/|qualitative
            cj20-3|640|满意度指标|服务对象满意度指标|服务群体满意度（%）|≥95%|98%|10|10|/|met
            cj20-4|757|产出指标|数量指标|检定计量器具台（件）数|≥30|30|15|15|/|met
            cj20-4|767|产出指标|数量指标|检定涉及单位及个体数量（家）|≥25|29|10|10|/|met
            cj20-4|777|产出指标|质量指标|检定覆盖率（%）|100%|95%|10|9.5|因疫情原因未覆盖完全|unmet
            cj20-4|787|产出指标|时效指标|2020年1-12月|100%|100%|10|10|/|met
            cj20-4|797|产出指标|成本指标|委托设备保养专业人员劳务费（万元）|≤2.68|2.68|15|15|/|met
            cj20-4|806|效益指标|经济效益指标||/|/||||not_applicable
            cj20-4|817|效益指标|社会效益指标|计量器具检定合格率%|≥95%|95%|10|10|/|met
            cj20-4|826|效益指标|生态效益指标||/|/||||not_applicable
            cj20-4|837|效益指标|可持续影响指标|维护集贸市场的经营秩序及消费者的合法权益|长期|90%|10|10|/|qualitative
            cj20-4|847|满意度指标|服务对象满意度指标|服务群体满意度（%）|≤100%|96%|10|10|/|met
            """;

    /** Target-table indicators: form_id | line | level 1 | level 2 | name | half-year target | full-year target. */
    private static final String TARGET_INDICATORS = """
            js23-3|203|决策|项目立项|立项依据充分性|充分|充分
            js23-3|204|决策|项目立项|立项程序规范性|规范|规范
            js23-3|205|决策|绩效目标|绩效指标明确性|明确|明确
            js23-3|206|决策|绩效目标|绩效目标合理性|合理|合理
            js23-3|207|决策|资金投入|资金分配合理性|合理|合理
            js23-3|208|决策|资金投入|预算编制科学性|科学|科学
            js23-3|209|过程|资金管理|资金使用合规性|合规|合规
            js23-3|210|过程|资金管理|预算执行率|=50%|=100%
            js23-3|211|过程|资金管理|资金到位率|序时进度|100%
            js23-3|212|过程|组织实施|制度执行有效性|有效|有效
            js23-3|213|过程|组织实施|管理制度健全性|健全|健全
            js23-3|214|成本|经济成本|满足政策条件的目录内进口设备申请科技创新进口免税比例|=100%|=100%
            js23-3|215|产出指标|数量指标|技改项目数量|≥38项|≥78项
            js23-3|216|产出指标|数量指标|新建项目数量|≥8项|≥22项
            js23-3|217|产出指标|数量指标|新增能力提升项目设备数量|≥70套|≥175套
            js23-3|218|产出指标|质量指标|设备设施正常运转率|≥95%|≥95%
            js23-3|219|产出指标|质量指标|新增检定校准装置验收合格率|=100%|=100%
            js23-3|220|产出指标|质量指标|新增检测装置验收合格率|=100%|=100%
            js23-3|221|产出指标|质量指标|技改项目验收合格率|=100%|=100%
            js23-3|222|产出指标|质量指标|新建项目验收合格率|=100%|=100%
            js23-3|223|产出指标|时效指标|设备采购及时率|=100%|=100%
            js23-3|224|产出指标|时效指标|经费支出及时率|=100%|=100%
            js23-3|225|产出指标|时效指标|项目建设及时率|=100%|=100%
            js23-3|226|效益|经济效益|相关检测业务收入|≥400万元|≥1100万元
            js23-3|227|效益|社会效益|完善我省值传递溯源体系|较显著|较显著
            js23-3|228|效益|社会效益|为行业发展提供检测技术支持|较显著|较显著
            js23-3|229|效益|生态效益|环境污染事故发生率|=0%|=0%
            js23-3|230|效益|可持续影响|对单位履职、促进事业发展的持续影响程度|较显著|较显著
            js23-3|231|满意度|服务对象满意度|检验检测客户满意度|≥80%|≥80%
            js23-9|557|决策|项目立项|立项程序规范性|规范|规范
            js23-9|558|决策|项目立项|立项依据充分性|充分|充分
            js23-9|559|决策|绩效目标|绩效目标合理性|合理|合理
            js23-9|560|决策|绩效目标|绩效指标明确性|明确|明确
            js23-9|561|决策|资金投入|资金分配合理性|合理|合理
            js23-9|562|决策|资金投入|预算编制科学性|科学|科学
            js23-9|563|过程|资金管理|预算执行率|=38%|=100%
            js23-9|564|过程|资金管理|资金使用合规性|合规|合规
            js23-9|565|过程|资金管理|资金到位率|序时进度|100%
            js23-9|566|过程|组织实施|制度执行有效性|有效|有效
            js23-9|567|过程|组织实施|管理制度健全性|健全|健全
            js23-9|568|成本|经济成本|信息系统等级保护定级测评成本|≤0万元|≤10万元
            js23-9|569|成本|经济成本|服务器及网络安全运维服务成本|≤19万元|≤77万元
            js23-9|570|成本|经济成本|网络设备升级改造成本|≤20万元|≤50万元
            js23-9|571|成本|社会成本|门户网站为客户提供服务,提高便捷性|较显著|较显著
            js23-9|572|成本|生态成本|环境污染事故发生率|=0%|=0%
            js23-9|573|产出指标|数量指标|网络安全自查次数|≥1次|≥2次
            js23-9|574|产出指标|数量指标|日常维护信息系统数|≥3个|≥3个
            js23-9|575|产出指标|数量指标|等保测评系统数量|≥0次|≥2次
            js23-9|576|产出指标|质量指标|信息系统日常维护合格率|=100%|=100%
            js23-9|577|产出指标|质量指标|设备故障处置率|=100%|=100%
            js23-9|578|产出指标|质量指标|项目验收合格率|=0%|=100%
            js23-9|579|产出指标|质量指标|服务器性能影响率|≤20%|≤20%
            js23-9|580|产出指标|质量指标|等级保护测评达标率|=0%|=100%
            js23-9|581|产出指标|质量指标|网络设备改造完成率|≥30%|≥100%
            js23-9|582|产出指标|时效指标|等保测评周期|≤2年|≤2年
            js23-9|583|效益|经济效益|办公自动化系统提高工作效率,促进业务收入增长|较显著|较显著
            js23-9|584|效益|社会效益|对信息系统安全性能的改善或提升程度|较显著|较显著
            js23-9|585|效益|社会效益|对保障机构稳定运转、发挥职能的改善或提升程度|较显著|较显著
            js23-9|586|效益|可持续影响|对增强客户黏性、促进事业发展的持续影响程度|较显著|较显著
            js23-9|587|满意度|服务对象满意度|客户满意度|≥99%|≥99%
            """;

    /**
     * form_id | line | rule | severity | message | expected | actual: what the data-quality rules of DESIGN.md
     * find in the transcribed forms, worked out by hand (Σ of the form's scores; reasons given or "/"; 仪器设备购置经费 of 000 states no execution score:
     * 10 × 159.30 / 160.00 = 9.96, + 90 = 99.96 against the stated 99.95).
     */
    private static final String FINDINGS = """
            cj20-1|217|total_score|error|总分 differs from the execution score plus the indicator scores|98.3|98.8
            cj20-3|648|total_score|error|总分 differs from the execution score plus the indicator scores|92.8|98.2
            cj20-1|149|score_below_weight_without_reason|warning|score below weight without a deviation reason|a reason|/
            cj20-1|179|score_below_weight_without_reason|warning|score below weight without a deviation reason|a reason|/
            cj20-3|548|score_below_weight_without_reason|warning|score below weight without a deviation reason|a reason|/
            sh23-2|47|total_score|error|总分 differs from the execution score plus the indicator scores|99.96|99.95
            """;

    private static Path path;

    private SampleWarehouse() {
    }

    /** The sample warehouse folder, built once per JVM in a temporary folder removed at exit. */
    public static synchronized Path path() {
        if (path == null) {
            path = build();
        }
        return path;
    }

    private static Path build() {
        try {
            Path root = Files.createTempDirectory("jixiao-sample-warehouse");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
            try (ParquetWarehouseWriter writer = new ParquetWarehouseWriter()) {
                write(writer);
                writer.writeTo(root);
            }
            return root;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot build the sample warehouse", e);
        }
    }

    private static void write(ParquetWarehouseWriter writer) throws SQLException {
        Map<String, List<String>> forms = new HashMap<>();
        for (String[] f : rows(FORMS)) {
            forms.put(f[0], List.of(f[1], f[18]));
            writer.insert(WarehouseTables.FORMS, Map.ofEntries(
                    Map.entry("form_id", f[0]), Map.entry("doc_id", f[1]), Map.entry("kind", f[2]),
                    Map.entry("region", f[3]), Map.entry("department", f[4]), Map.entry("unit", f[5]),
                    Map.entry("project", f[6]), Map.entry("full_year_budget", f[7]), Map.entry("executed", f[8]),
                    Map.entry("execution_rate", rate(f[8], f[7])), Map.entry("execution_rate_reported", f[9]),
                    Map.entry("execution_weight", f[10]), Map.entry("execution_score", f[11]),
                    Map.entry("execution_score_computed", executionScore(f[8], f[7])),
                    Map.entry("total_score", f[12]), Map.entry("total_score_computed", f[13]),
                    Map.entry("grade", f[14]), Map.entry("grade_computed", f[12].isEmpty() ? "" : grade(f[12])),
                    Map.entry("indicator_count", f[15]), Map.entry("first_line", f[16]),
                    Map.entry("last_line", f[17]), Map.entry("run_id", RUN), Map.entry("year", f[18])));
        }
        int seq = 0;
        for (String[] l : rows(FUNDS)) {
            writer.insert(WarehouseTables.FUNDS, Map.ofEntries(
                    Map.entry("form_id", l[0]), Map.entry("doc_id", forms.get(l[0]).get(0)),
                    Map.entry("seq", String.valueOf(++seq)), Map.entry("line", l[1]), Map.entry("side", l[2]),
                    Map.entry("source", l[3]), Map.entry("item", l[4]), Map.entry("initial_budget", l[5]),
                    Map.entry("full_year_budget", l[6]), Map.entry("executed", l[7]),
                    Map.entry("half_year_plan", l[8]), Map.entry("weight", l[9]), Map.entry("rate", l[10]),
                    Map.entry("rate_computed", rate(l[7], l[6])), Map.entry("score", l[11]),
                    Map.entry("year", forms.get(l[0]).get(1))));
        }
        for (String[] i : rows(INDICATORS)) {
            writer.insert(WarehouseTables.INDICATORS, Map.ofEntries(
                    Map.entry("form_id", i[0]), Map.entry("doc_id", forms.get(i[0]).get(0)),
                    Map.entry("seq", String.valueOf(++seq)), Map.entry("line", i[1]), Map.entry("level1", i[2]),
                    Map.entry("level2", i[3]), Map.entry("name", i[4]), Map.entry("target", i[5]),
                    Map.entry("actual", i[6]), Map.entry("weight", i[7]), Map.entry("score", i[8]),
                    Map.entry("reason", i[9]), Map.entry("status", i[10]), Map.entry("year", forms.get(i[0]).get(1))));
        }
        for (String[] i : rows(TARGET_INDICATORS)) {
            writer.insert(WarehouseTables.INDICATORS, Map.ofEntries(
                    Map.entry("form_id", i[0]), Map.entry("doc_id", forms.get(i[0]).get(0)),
                    Map.entry("seq", String.valueOf(++seq)), Map.entry("line", i[1]), Map.entry("level1", i[2]),
                    Map.entry("level2", i[3]), Map.entry("name", i[4]), Map.entry("target_half", i[5]),
                    Map.entry("target", i[6]), Map.entry("status", "unknown"),
                    Map.entry("year", forms.get(i[0]).get(1))));
        }
        for (String[] d : rows(FINDINGS)) {
            writer.insert(WarehouseTables.FINDINGS, Map.ofEntries(
                    Map.entry("form_id", d[0]), Map.entry("doc_id", forms.get(d[0]).get(0)), Map.entry("line", d[1]),
                    Map.entry("rule", d[2]), Map.entry("severity", d[3]), Map.entry("message", d[4]),
                    Map.entry("expected", d[5]), Map.entry("actual", d[6]), Map.entry("year", forms.get(d[0]).get(1))));
        }
        for (String doc : forms.values().stream().map(v -> v.get(0)).distinct().sorted().toList()) {
            writer.insert(WarehouseTables.DOCUMENTS, Map.ofEntries(
                    Map.entry("doc_id", doc), Map.entry("path", "data/samples/" + doc + ".txt"),
                    Map.entry("file_name", doc + ".txt"), Map.entry("size_bytes", "0"), Map.entry("status", "ok"),
                    Map.entry("forms", String.valueOf(forms.values().stream().filter(v -> v.get(0).equals(doc)).count())),
                    Map.entry("problems", "0"), Map.entry("run_id", RUN), Map.entry("ingested_at", "2026-11-21 12:00:00")));
        }
    }

    private static List<String[]> rows(String block) {
        return block.lines().filter(l -> !l.isBlank()).map(l -> l.split("\\|", -1)).toList();
    }

    private static String rate(String executed, String budget) {
        if (executed.isEmpty() || budget.isEmpty() || new BigDecimal(budget).signum() == 0) {
            return "";
        }
        return new BigDecimal(executed).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(budget), 4, RoundingMode.HALF_UP).toPlainString();
    }

    /** 10 × min(rate, 100 %), 2 decimals (GLOSSARY.md: Shanghai 2023 216.86 / 230.00 → 9.43). */
    private static String executionScore(String executed, String budget) {
        String rate = rate(executed, budget);
        if (rate.isEmpty()) {
            return "";
        }
        BigDecimal capped = new BigDecimal(rate).min(BigDecimal.valueOf(100));
        return capped.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String grade(String total) {
        return Grade.forScore(new BigDecimal(total)).chinese();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
