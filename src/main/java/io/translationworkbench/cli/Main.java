package io.translationworkbench.cli;

import io.translationworkbench.InputException;
import io.translationworkbench.PairAnalyzer;
import io.translationworkbench.Terminal;
import io.translationworkbench.Versions;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: parses arguments, calls the façade, maps the outcome to an {@link ExitCode}.
 * The only class that exits the JVM; {@link #run} takes its streams as arguments so tests drive the
 * CLI in-process.
 */
@Command(
    name = "workbench",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description =
        "Quality reports for machine-translated French articles, compared with a human article.",
    // wide enough that no exit-code line of the footer is wrapped (picocli wraps footers at 80 by
    // default)
    usageHelpWidth = 120)
public final class Main implements Runnable {
  private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("report", ReportCommand.class);
    COMMANDS.put("score", ScoreCommand.class);
    COMMANDS.put("check", CheckCommand.class);
    COMMANDS.put("review", ReviewCommand.class);
    COMMANDS.put("serve", ServeCommand.class);
    COMMANDS.put("help", CommandLine.HelpCommand.class);
  }

  private final PrintWriter out;
  private final PrintWriter err;
  private final InputStream in;
  private final Function<Path, PairAnalyzer> analyzers;

  Main(PrintWriter out, PrintWriter err, InputStream in, Function<Path, PairAnalyzer> analyzers) {
    this.out = out;
    this.err = err;
    this.in = in;
    this.analyzers = analyzers;
  }

  /**
   * The pipeline {@code check} and {@code review} run on each pair, with the project configuration
   * {@code config} (null: defaults); built on first use, it starts LanguageTool.
   */
  PairAnalyzer analyzer(Path config) {
    return analyzers.apply(config);
  }

  /**
   * The pipeline with the project configuration {@code config} checking with the LanguageTool
   * servers of {@code --languagetool} (none: {@link #analyzer(Path)}).
   */
  PairAnalyzer analyzer(Path config, LanguageToolOption lt) {
    if (lt == null || lt.servers.isEmpty()) {
      return analyzer(config);
    }
    return new io.translationworkbench.Workbench(
        config,
        io.translationworkbench.align.AlignerParams.defaults(),
        CommandSupport.grammarCache(),
        lt.servers);
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  InputStream in() {
    return in;
  }

  @Override
  public void run() {
    // no subcommand: show usage
    new CommandLine(this).usage(out);
  }

  /** Runs the CLI and returns the process exit code; never exits. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
    return run(args, out, err, in, new PipelineAnalyzer());
  }

  /**
   * Runs the CLI with another pipeline behind {@code check} and {@code review} (tests use stubs);
   * never exits.
   */
  public static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      InputStream in,
      Function<Path, PairAnalyzer> analyzers) {
    Main main = new Main(out, err, in, analyzers);
    CommandLine cl = new CommandLine(main);
    // only the command being run is built: picocli's reflection over every command is most of a
    // short run's start
    Class<?> only = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
    for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet()) {
      if (only == null || c.getValue() == only) {
        cl.addSubcommand(c.getKey(), c.getValue());
      }
    }
    // "@file" is an argument like any other: picocli would read the file as more arguments and echo
    // its lines in an error message
    cl.setExpandAtFiles(false);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("workbench: " + Terminal.line(ex.getMessage()));
          err.println(
              "Try 'workbench "
                  + commandPath(ex.getCommandLine())
                  + "--help' for more information.");
          err.flush();
          return ExitCode.INPUT_ERROR.code();
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UnsupportedOptionException) {
            err.println("workbench: error: " + Terminal.line(ex.getMessage()));
            err.flush();
            return ExitCode.UNSUPPORTED.code();
          }
          if (ex instanceof InputException) {
            err.println("workbench: error: " + Terminal.line(ex.getMessage()));
            err.flush();
            return ExitCode.INPUT_ERROR.code();
          }
          if (ex instanceof InvalidPathException bad) {
            // a name from the input (a configuration, a manifest) the file system cannot take
            err.println(
                "workbench: error: "
                    + InputException.quote(bad.getInput())
                    + ": not a usable file name ("
                    + bad.getReason()
                    + ")");
            err.flush();
            return ExitCode.INPUT_ERROR.code();
          }
          err.println("workbench: internal error: " + Terminal.line(String.valueOf(ex)));
          if (System.getenv("WORKBENCH_DEBUG") != null) {
            ex.printStackTrace(err);
          } else {
            err.println("(set WORKBENCH_DEBUG=1 for the stack trace)");
          }
          err.flush();
          return ExitCode.INTERNAL_ERROR.code();
        });
    // every command: --help and --version, and the one exit-code table, unwrapped
    for (CommandLine c : allCommands(cl)) {
      c.getCommandSpec().mixinStandardHelpOptions(true);
      c.getCommandSpec()
          .usageMessage()
          .width(120)
          .footerHeading("%nExit codes:%n")
          .footer(ExitCode.helpLines());
    }
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static java.util.List<CommandLine> allCommands(CommandLine cl) {
    java.util.List<CommandLine> all = new java.util.ArrayList<>();
    all.add(cl);
    for (CommandLine sub : cl.getSubcommands().values()) {
      all.addAll(allCommands(sub));
    }
    return all;
  }

  private static String commandPath(CommandLine cl) {
    StringBuilder sb = new StringBuilder();
    for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
      sb.insert(0, c.getCommandName() + " ");
    }
    return sb.toString();
  }

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err, System.in));
  }

  /** Supplies {@code --version}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "translation-workbench " + Versions.tool(),
        "LanguageTool " + Versions.languageTool() + " (embedded)"
      };
    }
  }
}
