package io.jixiao.schema.warehouse;

import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.vocabulary.Coded;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import io.jixiao.schema.vocabulary.IndicatorStatus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * The one mapping between the model's records and the columns of {@link WarehouseTables}: the name each value of a
 * fund line, an indicator and a form goes by (in the warehouse and in the parser's JSON alike), how it is read off
 * the record and how a builder takes it back. The ingest's rows and the JSON are written from these lists; a record
 * component that is neither here nor in {@link #FORM_OWN_RULES} fails {@code TestModelColumns}.
 */
public final class ModelColumns {

    /**
     * One value of a record under its column name, in the column's Java type (String, BigDecimal, Integer; an enum as
     * its code).
     */
    public record ModelColumn<T, B>(String name, ColumnType type, Function<T, Object> value, BiConsumer<B, Object> set) {

        public ModelColumn {
            requireNonNull(name, "name");
            requireNonNull(type, "type");
            requireNonNull(value, "value");
            requireNonNull(set, "set");
        }

        public Object of(T record) {
            return value.apply(record);
        }

        public void setOn(B builder, Object columnValue) {
            set.accept(builder, columnValue);
        }
    }

    /** The funds table's values a fund line holds, in the record's order. */
    public static final List<ModelColumn<FundLine, FundLine.Builder>> FUND_LINE = List.of(
            coded("side", FundLine::side, FundLine.Builder::side, FundSide.class),
            coded("source", FundLine::source, FundLine.Builder::source, FundSource.class),
            text("item", FundLine::item, FundLine.Builder::item),
            decimal("initial_budget", FundLine::initialBudget, FundLine.Builder::initialBudget),
            decimal("full_year_budget", FundLine::fullYearBudget, FundLine.Builder::fullYearBudget),
            decimal("executed", FundLine::executed, FundLine.Builder::executed),
            decimal("half_year_plan", FundLine::halfYearPlan, FundLine.Builder::halfYearPlan),
            decimal("weight", FundLine::weight, FundLine.Builder::weight),
            decimal("rate", FundLine::rate, FundLine.Builder::rate),
            decimal("score", FundLine::score, FundLine.Builder::score),
            text("amount_unit", FundLine::amountUnit, FundLine.Builder::amountUnit),
            integer("line", FundLine::line, FundLine.Builder::line));

    /** The indicators table's values an indicator holds, in the record's order. */
    public static final List<ModelColumn<Indicator, Indicator.Builder>> INDICATOR = List.of(
            text("level1", Indicator::level1, Indicator.Builder::level1),
            text("level2", Indicator::level2, Indicator.Builder::level2),
            text("key_work", Indicator::keyWork, Indicator.Builder::keyWork),
            text("name", Indicator::name, Indicator.Builder::name),
            text("target", Indicator::target, Indicator.Builder::target),
            text("target_half", Indicator::targetHalf, Indicator.Builder::targetHalf),
            text("actual", Indicator::actual, Indicator.Builder::actual),
            decimal("weight", Indicator::weight, Indicator.Builder::weight),
            decimal("score", Indicator::score, Indicator.Builder::score),
            text("reason", Indicator::reason, Indicator.Builder::reason),
            text("comparator", Indicator::comparator, Indicator.Builder::comparator),
            decimal("target_value", Indicator::targetValue, Indicator.Builder::targetValue),
            decimal("actual_value", Indicator::actualValue, Indicator.Builder::actualValue),
            text("unit", Indicator::unit, Indicator.Builder::unit),
            // null when no status was judged; the warehouse stores that as unknown (its column is required)
            coded("status", Indicator::status, Indicator.Builder::status, IndicatorStatus.class),
            integer("line", Indicator::line, Indicator.Builder::line));

    /**
     * The forms table's values a form holds as written, in the record's order; what the ingest derives (execution
     * rate, region levels, the agency …) is no value of the record.
     */
    public static final List<ModelColumn<Form, Form.Builder>> FORM = List.of(
            text("region", Form::region, Form.Builder::region),
            text("region_code", Form::regionCode, Form.Builder::regionCode),
            text("department", Form::department, Form.Builder::department),
            text("unit", Form::unit, Form.Builder::unit),
            text("project", Form::project, Form.Builder::project),
            text("project_type", Form::projectType, Form.Builder::projectType),
            text("project_level", Form::projectLevel, Form.Builder::projectLevel),
            text("start_date", Form::startDate, Form.Builder::startDate),
            text("end_date", Form::endDate, Form.Builder::endDate),
            decimal("total_score", Form::totalScore, Form.Builder::totalScore),
            text("grade", Form::grade, Form.Builder::grade));

    /**
     * The form's components each written by a rule of its own: the kind (a code, required) and the year (the
     * warehouse partitions by it and gives a form without one a year of 0) are its identity; the texts, lines, fund
     * lines and indicators are collections (the texts' unit code, dates and goals are columns of their own).
     */
    public static final Set<String> FORM_OWN_RULES = Set.of("kind", "year", "texts", "firstLine", "lastLine", "funds",
            "indicators");

    private ModelColumns() {
    }

    /** An enum's value, stored as its code; an unknown code is refused. */
    private static <T, B, E extends Enum<E> & Coded> ModelColumn<T, B> coded(String name, Function<T, E> value,
                                                                             BiConsumer<B, E> set, Class<E> type) {
        return new ModelColumn<>(name, ColumnType.STRING, record -> {
            E constant = value.apply(record);
            return constant == null ? null : constant.code();
        }, (builder, code) -> set.accept(builder, code == null ? null : Coded.byCode(type, (String) code).orElseThrow(
                () -> new IllegalArgumentException("no " + name + " with the code " + code))));
    }

    private static <T, B> ModelColumn<T, B> text(String name, Function<T, String> value, BiConsumer<B, String> set) {
        return new ModelColumn<>(name, ColumnType.STRING, value::apply, (builder, v) -> set.accept(builder, (String) v));
    }

    private static <T, B> ModelColumn<T, B> decimal(String name, Function<T, BigDecimal> value,
                                                    BiConsumer<B, BigDecimal> set) {
        return new ModelColumn<>(name, ColumnType.DECIMAL, value::apply,
                (builder, v) -> set.accept(builder, (BigDecimal) v));
    }

    private static <T, B> ModelColumn<T, B> integer(String name, Function<T, Integer> value,
                                                    BiConsumer<B, Integer> set) {
        return new ModelColumn<>(name, ColumnType.INT, value::apply, (builder, v) -> set.accept(builder, (Integer) v));
    }
}
