package io.jixiao.read.binary;

/** A binary document that is not read, with the reason a person can act on (encrypted, scanned, over a limit …). */
public class DocumentRejectedException extends Exception {

    public DocumentRejectedException(String reason) {
        super(reason);
    }

    public DocumentRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
