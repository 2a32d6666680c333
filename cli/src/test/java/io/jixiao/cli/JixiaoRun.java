package io.jixiao.cli;

import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** A {@code jixiao} command run in this JVM: its exit code, standard output and standard error. */
record JixiaoRun(int exit, String out, String err) {

    /** Runs the command; one at a time, as each takes {@code System.out} for its run. */
    static synchronized JixiaoRun of(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CommandLine jixiao = Jixiao.commandLine().setErr(new PrintWriter(err, true));
            int exit = jixiao.execute(args);
            return new JixiaoRun(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(original);
        }
    }
}
