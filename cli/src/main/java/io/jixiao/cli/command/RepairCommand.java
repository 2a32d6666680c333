package io.jixiao.cli.command;

import io.jixiao.cli.WarehouseOption;
import io.jixiao.cli.console.CheckReport;
import io.jixiao.schema.warehouse.WarehouseCheck;
import io.jixiao.schema.warehouse.WarehouseRepair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code jixiao repair}: a consistent warehouse from what is there; says what it would do unless --yes. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Make a warehouse consistent from what is there: point CURRENT at the nearest intact snapshot, "
                + "remove a stale lock and a killed ingest's staging files. Deletes no snapshot. Without --yes it "
                + "only says what it would do. Exit 0 when the warehouse is (or would be) consistent, 2 when not.")
public final class RepairCommand implements Callable<Integer> {

    @Mixin
    private WarehouseOption warehouse;

    @Option(names = "--yes", description = "do it (default: only say what would be done)")
    private boolean yes;

    @Override
    public Integer call() {
        WarehouseCheck check = CheckCommand.check(warehouse);
        if (check.lockedByLiveIngest()) {
            throw new IllegalStateException("warehouse " + check.location() + " is being written ("
                    + check.notes().get(0) + "): nothing repaired; run jixiao check once it is done");
        }
        CheckReport.print(check, System.out);
        if (check.consistent()) {
            System.out.println("nothing to repair");
            return 0;
        }
        if (!yes) {
            CheckReport.printPlan(check, "would", System.out);
            System.out.println("nothing changed: run jixiao repair --yes to do it");
            return check.unrepairable().isEmpty() ? 0 : CheckCommand.INCONSISTENT;
        }
        for (String done : new WarehouseRepair(warehouse.localPath().toAbsolutePath().normalize())
                .apply(check.repairs())) {
            System.out.println("done: " + done);
        }
        WarehouseCheck after = CheckCommand.check(warehouse);
        CheckReport.print(after, System.out);
        CheckReport.printPlan(after, "jixiao repair would", System.out);
        return after.consistent() ? 0 : CheckCommand.INCONSISTENT;
    }
}
