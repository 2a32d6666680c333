package io.jixiao.schema.warehouse;

/** The column types of the warehouse; each engine maps them to its own (Spark, Parquet, DuckDB). */
public enum ColumnType {
    STRING,
    INT,
    LONG,
    /** DECIMAL(18,4): amounts in 万元, rates in %, weights and scores. */
    DECIMAL,
    BOOLEAN,
    TIMESTAMP;

    public static final int DECIMAL_PRECISION = 18;
    public static final int DECIMAL_SCALE = 4;
}
