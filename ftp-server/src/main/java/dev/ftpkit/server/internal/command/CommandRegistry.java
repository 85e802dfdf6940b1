package dev.ftpkit.server.internal.command;

import dev.ftpkit.protocol.command.Verb;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which handler runs which verb. Aliases (XCWD, XPWD ...) run their canonical verb's
 * handler; a verb with no handler gets 502.
 */
public final class CommandRegistry {

    private final Map<Verb, CommandHandler> handlers = new EnumMap<>(Verb.class);
    private final CommandHandler notImplemented = new NotImplementedHandler();

    private CommandRegistry() {
    }

    /** Returns the registry of every verb this server implements. */
    public static CommandRegistry standard() {
        CommandRegistry registry = new CommandRegistry();
        registry.register(new LoginHandler(), Verb.USER, Verb.PASS, Verb.ACCT);
        registry.register(new QuitHandler(), Verb.QUIT);
        registry.register(new ReinHandler(), Verb.REIN);
        registry.register(command -> command.reply(200, "NOOP ok"), Verb.NOOP);
        // RFC 959 asks for a system name from the "Assigned Numbers" list; clients such as
        // Commons Net pick their listing parser from "UNIX Type: L8".
        registry.register(command -> command.reply(215, "UNIX Type: L8"), Verb.SYST);
        registry.register(new FeatHandler(), Verb.FEAT);
        registry.register(new OptsHandler(), Verb.OPTS);
        registry.register(new HelpHandler(registry), Verb.HELP);
        registry.register(new SiteHandler(), Verb.SITE);
        registry.register(new HostHandler(), Verb.HOST);
        registry.register(new AcknowledgeHandler(), Verb.ALLO, Verb.CLNT);
        registry.register(new NavigationHandler(), Verb.PWD, Verb.CWD, Verb.CDUP);
        registry.register(new TransferParameterHandler(), Verb.TYPE, Verb.MODE, Verb.STRU);
        registry.register(new PassiveHandler(), Verb.PASV, Verb.EPSV);
        registry.register(new ActiveHandler(), Verb.PORT, Verb.EPRT);
        registry.register(new RestartHandler(), Verb.REST);
        registry.register(new FileInfoHandler(), Verb.SIZE, Verb.MDTM);
        registry.register(new DeleteHandler(), Verb.DELE);
        registry.register(new DirectoryHandler(), Verb.MKD, Verb.RMD);
        registry.register(new RenameHandler(), Verb.RNFR, Verb.RNTO);
        registry.register(new RetrieveHandler(), Verb.RETR);
        registry.register(new StoreHandler(), Verb.STOR, Verb.STOU, Verb.APPE);
        registry.register(new ListingHandler(), Verb.LIST, Verb.NLST, Verb.MLSD);
        registry.register(new MlstHandler(), Verb.MLST);
        registry.register(new AbortHandler(), Verb.ABOR);
        registry.register(new StatHandler(), Verb.STAT);
        registry.register(new AvblHandler(), Verb.AVBL);
        return registry;
    }

    /** Returns the handler of {@code verb}, or the one that replies 502. */
    public CommandHandler handlerFor(Verb verb) {
        return handlers.getOrDefault(verb.canonical(), notImplemented);
    }

    /** Returns whether {@code verb} has a handler of its own, for HELP and FEAT. */
    public boolean implemented(Verb verb) {
        return handlers.containsKey(verb.canonical());
    }

    /** Returns the verbs with a handler, aliases included. */
    public Set<Verb> implementedVerbs() {
        Set<Verb> verbs = EnumSet.noneOf(Verb.class);
        for (Verb verb : Verb.values()) {
            if (implemented(verb)) {
                verbs.add(verb);
            }
        }
        return verbs;
    }

    private void register(CommandHandler handler, Verb... verbs) {
        for (Verb verb : verbs) {
            handlers.put(verb, handler);
        }
    }
}
