package io.jixiao.cli.command;

import io.jixiao.cli.WarehouseOption;
import io.jixiao.cli.console.CheckReport;
import io.jixiao.schema.warehouse.LocalWarehouseFiles;
import io.jixiao.schema.warehouse.LockHolder;
import io.jixiao.schema.warehouse.WarehouseCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code jixiao check}: what is wrong with a warehouse, changing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Tell what is wrong with a warehouse (CURRENT, manifests, missing, short or changed data files, "
                + "a stale lock, leftovers of a killed ingest) and what jixiao repair would do. Exit 0 when consistent, "
                + "2 when not.")
public final class CheckCommand implements Callable<Integer> {

    static final int INCONSISTENT = 2;

    @Mixin
    private WarehouseOption warehouse;

    @Override
    public Integer call() {
        WarehouseCheck check = check(warehouse);
        CheckReport.print(check, System.out);
        CheckReport.printPlan(check, "jixiao repair would", System.out);
        return check.consistent() ? 0 : INCONSISTENT;
    }

    static WarehouseCheck check(WarehouseOption warehouse) {
        return WarehouseCheck.of(new LocalWarehouseFiles(warehouse.localPath().toAbsolutePath().normalize()),
                LockHolder.thisHost(), Instant.now());
    }
}
