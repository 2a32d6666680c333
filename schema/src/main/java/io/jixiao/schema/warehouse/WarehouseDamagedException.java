package io.jixiao.schema.warehouse;

/**
 * The warehouse is not in a state that can be read or written safely: a file of the snapshot in force is
 * missing or short, or no snapshot can be found where one must be. The message names the file and says how to
 * get back to a consistent warehouse; nothing is read around the damage and nothing is deleted.
 */
public final class WarehouseDamagedException extends RuntimeException {

    public WarehouseDamagedException(String message) {
        super(message);
    }
}
