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

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this form's values, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder()
                .kind(kind)
                .year(year)
                .region(region)
                .regionCode(regionCode)
                .department(department)
                .unit(unit)
                .project(project)
                .projectType(projectType)
                .projectLevel(projectLevel)
                .startDate(startDate)
                .endDate(endDate)
                .totalScore(totalScore)
                .grade(grade)
                .texts(texts)
                .firstLine(firstLine)
                .lastLine(lastLine)
                .funds(funds)
                .indicators(indicators);
    }

    /** Builds a form; a value not set is null (0 for the lines, empty for the collections). */
    public static final class Builder {
        private FormKind kind;
        private Integer year;
        private String region;
        private String regionCode;
        private String department;
        private String unit;
        private String project;
        private String projectType;
        private String projectLevel;
        private String startDate;
        private String endDate;
        private BigDecimal totalScore;
        private String grade;
        private Map<String, String> texts = Map.of();
        private int firstLine;
        private int lastLine;
        private List<FundLine> funds = List.of();
        private List<Indicator> indicators = List.of();

        private Builder() {
        }

        public Builder kind(FormKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder year(Integer year) {
            this.year = year;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder regionCode(String regionCode) {
            this.regionCode = regionCode;
            return this;
        }

        public Builder department(String department) {
            this.department = department;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder project(String project) {
            this.project = project;
            return this;
        }

        public Builder projectType(String projectType) {
            this.projectType = projectType;
            return this;
        }

        public Builder projectLevel(String projectLevel) {
            this.projectLevel = projectLevel;
            return this;
        }

        public Builder startDate(String startDate) {
            this.startDate = startDate;
            return this;
        }

        public Builder endDate(String endDate) {
            this.endDate = endDate;
            return this;
        }

        public Builder totalScore(BigDecimal totalScore) {
            this.totalScore = totalScore;
            return this;
        }

        public Builder grade(String grade) {
            this.grade = grade;
            return this;
        }

        public Builder texts(Map<String, String> texts) {
            this.texts = texts;
            return this;
        }

        public Builder firstLine(int firstLine) {
            this.firstLine = firstLine;
            return this;
        }

        public Builder lastLine(int lastLine) {
            this.lastLine = lastLine;
            return this;
        }

        public Builder funds(List<FundLine> funds) {
            this.funds = funds;
            return this;
        }

        public Builder indicators(List<Indicator> indicators) {
            this.indicators = indicators;
            return this;
        }

        public Form build() {
            return new Form(kind, year, region, regionCode, department, unit, project, projectType, projectLevel,
                    startDate, endDate, totalScore, grade, texts, firstLine, lastLine, funds, indicators);
        }
    }
}
