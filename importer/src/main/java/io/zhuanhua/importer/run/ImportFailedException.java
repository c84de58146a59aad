package io.zhuanhua.importer.run;

import io.grpc.Status;

/** The service refused the import as a whole (bad key, wrong shop) or stayed unreachable. */
public final class ImportFailedException extends RuntimeException {
    private final transient Status status;

    public ImportFailedException(Status status) {
        super(status.getCode() + (status.getDescription() == null ? "" : ": " + status.getDescription()),
                status.getCause());
        this.status = status;
    }

    public Status status() {
        return status;
    }
}
