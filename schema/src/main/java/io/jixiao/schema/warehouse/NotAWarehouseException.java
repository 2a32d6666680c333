package io.jixiao.schema.warehouse;

/** A path given as a warehouse is not one: a file, or a folder no ingest wrote. */
public final class NotAWarehouseException extends RuntimeException {

    public NotAWarehouseException(String message) {
        super(message);
    }
}
