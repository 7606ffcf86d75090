package dev.detente.cli.query;

import dev.detente.store.LedgerQuery;
import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.ActorRow;
import dev.detente.store.Rows.Page;
import dev.detente.store.Rows.RoleSpell;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `detente actors`: the people, organisations and countries of the ledger, most mentioned first. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "List actors (most mentioned first).")
public final class ActorsCommand extends LedgerCommand {
    @Option(names = "--name", description = "Name or alias (or part of it).")
    String name;
    @Option(names = "--country", converter = Values.Country.class, description = "Alpha-3 country.")
    String country;
    @Option(names = "--kind", converter = Values.ActorKind.class,
            description = "person, organization (or organisation), country or place.")
    String kind;
    @Mixin
    FilterOptions filter;

    @Override
    protected int query(LedgerReader reader, PrintStream out) {
        Page<ActorRow> page = reader.actors(new LedgerQuery(null, country, null, null, null, kind, name,
                null, null, null, filter.offset, filter.limit));
        Printer.print(out, format, page.items(), columns());
        PageNote.print(format, page);
        return 0;
    }

    static Columns<ActorRow> columns() {
        return new Columns<ActorRow>()
                .add("id", ActorRow::id, 24)
                .add("name", ActorRow::name, 30)
                .add("kind", ActorRow::kind)
                .add("country", ActorRow::country)
                .add("roles", a -> a.roles().stream().map(ActorsCommand::spell).toList(), 50)
                .add("statements", ActorRow::statements)
                .add("events", ActorRow::events)
                .add("aliases", ActorRow::aliases, 40);
    }

    private static String spell(RoleSpell r) {
        String when = r.from() == null ? "" : r.from().equals(r.to()) ? " (" + r.from() + ")" : " (" + r.from() + ".." + r.to() + ")";
        return r.role() + (r.country() == null ? "" : ", " + r.country()) + when + (r.article() == null ? "" : " [" + r.article() + "]");
    }
}
