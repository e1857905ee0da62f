package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the man pages generated at build time, so the install script can put them in place. */
@Command(
    name = "man-page",
    hidden = true,
    description = "Print a man page (troff) of insighta or one of its commands, or --list them.")
public final class ManPageCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "insighta",
      description = "The page, e.g. insighta or insighta-tokens-create.")
  String page;

  @Option(names = "--list", description = "Print the name of every page, one a line.")
  boolean list;

  ManPageCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (list) {
      pages(spec.root().commandLine(), "insighta", new ArrayList<>()).stream()
          .filter(name -> ManPageCommand.class.getResource(resource(name)) != null)
          .forEach(context.out()::println);
      return 0;
    }
    try (InputStream text = ManPageCommand.class.getResourceAsStream(resource(page))) {
      if (text == null || !page.matches("[a-z-]+")) {
        context.err().println("Error: no man page named " + page);
        return 1;
      }
      context.out().print(new String(text.readAllBytes(), StandardCharsets.UTF_8));
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> pages(CommandLine command, String name, List<String> names) {
    names.add(name);
    command.getSubcommands().values().stream()
        .distinct()
        .filter(sub -> !sub.getCommandSpec().usageMessage().hidden())
        .forEach(sub -> pages(sub, name + "-" + sub.getCommandName(), names));
    return names;
  }

  private static String resource(String name) {
    return "/man/" + name + ".1";
  }
}
