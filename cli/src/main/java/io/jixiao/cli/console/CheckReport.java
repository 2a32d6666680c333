package io.jixiao.cli.console;

import io.jixiao.schema.warehouse.RepairStep;
import io.jixiao.schema.warehouse.WarehouseCheck;

import java.io.PrintStream;

/** A warehouse check as the user reads it: a verdict line, then one line per problem, note and repair step. */
public final class CheckReport {

    private CheckReport() {
    }

    public static void print(WarehouseCheck check, PrintStream out) {
        out.println("warehouse " + check.location() + ": " + (check.consistent() ? "consistent"
                : check.problems().size() + (check.problems().size() == 1 ? " problem" : " problems")));
        check.problems().forEach(problem -> out.println("problem: " + problem));
        check.notes().forEach(note -> out.println("note: " + note));
    }

    public static void printPlan(WarehouseCheck check, String verb, PrintStream out) {
        for (RepairStep step : check.repairs()) {
            out.println(verb + ": " + step.describe());
        }
        check.unrepairable().forEach(reason -> out.println("cannot repair: " + reason));
    }
}
