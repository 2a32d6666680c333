/**
 * DuckDB over the warehouse's Parquet folders: one view per table of
 * {@link io.jixiao.schema.warehouse.WarehouseTables}, read-only once open.
 */
package io.jixiao.reports.warehouse;
