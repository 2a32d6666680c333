/**
 * The report as an editable Word document ({@code report.docx}): the same {@link io.jixiao.reports.html.ReportContent}
 * the HTML report prints, laid out the way an official 绩效评价报告 is (A4, 宋体/黑体, numbered chapters, 图N/表N
 * captions, three-line tables), so that its parts can be pasted into one.
 */
package io.jixiao.reports.docx;
