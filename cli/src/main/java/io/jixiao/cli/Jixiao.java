package io.jixiao.cli;

import io.jixiao.cli.command.bench.BenchCommand;
import io.jixiao.cli.command.AgenciesCommand;
import io.jixiao.cli.command.CheckCommand;
import io.jixiao.cli.command.CompactCommand;
import io.jixiao.cli.command.DemoCommand;
import io.jixiao.cli.command.ExportCommand;
import io.jixiao.cli.command.GenerateCommand;
import io.jixiao.cli.command.IngestCommand;
import io.jixiao.cli.command.MetricsCommand;
import io.jixiao.cli.command.ParseCommand;
import io.jixiao.cli.command.QueryCommand;
import io.jixiao.cli.command.RepairCommand;
import io.jixiao.cli.command.ReportCommand;
import io.jixiao.cli.command.SqlCommand;
import io.jixiao.schema.JixiaoVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jixiao} command. */
@Command(name = "jixiao",
        mixinStandardHelpOptions = true,
        versionProvider = Jixiao.Version.class,
        description = "Warehouse and reports for budget performance documents (绩效自评表, 绩效目标表).",
        subcommands = {
                ParseCommand.class,
                IngestCommand.class,
                CompactCommand.class,
                MetricsCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                SqlCommand.class,
                AgenciesCommand.class,
                ReportCommand.class,
                CheckCommand.class,
                RepairCommand.class,
                DemoCommand.class,
                GenerateCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Jixiao {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Jixiao())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Jixiao::failed);
    }

    /** A failure is reported as one line naming what went wrong; the stack trace only with -Djixiao.debug. */
    private static int failed(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        command.getErr().println("jixiao " + command.getCommandName() + ": " + firstLine(failure));
        if (debug()) {
            failure.printStackTrace(command.getErr());
        }
        return 1;
    }

    /**
     * The message's first line: Spark's carry the query plan and a trace after it. A failure without a message (a
     * bug) is named by its class, and by its cause's message when it wraps one.
     */
    static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            Throwable cause = failure.getCause();
            message = failure.getClass().getSimpleName() + (cause == null || cause.getMessage() == null ? ""
                    : ": " + cause.getMessage());
        }
        return message.strip().lines().findFirst().orElse("");
    }

    /** -Djixiao.debug, with or without a value (but false). */
    static boolean debug() {
        String debug = System.getProperty("jixiao.debug");
        return debug != null && !debug.equalsIgnoreCase("false");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"jixiao " + JixiaoVersion.get()};
        }
    }
}
