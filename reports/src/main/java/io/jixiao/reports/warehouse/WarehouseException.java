package io.jixiao.reports.warehouse;

/** A warehouse query that failed or was refused; the message says why, in the user's terms. */
public final class WarehouseException extends RuntimeException {

    public WarehouseException(String message) {
        super(message);
    }

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
