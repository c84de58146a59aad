package io.zhuanhua.importer;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** zhuanhua-import: brings a shop's history into the suite through the same gRPC APIs integrations use. */
@TopCommand
@Command(name = "zhuanhua-import", mixinStandardHelpOptions = true, subcommands = { ChatsCommand.class,
        OrdersCommand.class },
        description = "Import exported chat logs and order lists into the Zhuanhua suite.")
public class ImporterCommand {
}
