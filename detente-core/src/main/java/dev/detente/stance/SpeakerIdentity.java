package dev.detente.stance;

import dev.detente.actors.Actor;
import dev.detente.actors.ActorIndex;
import dev.detente.actors.ActorKind;
import dev.detente.statements.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who a statement's speaker is, for the stance entries, as the actors layer says (the one source
 * of identity): the speaker's actor, its country, whether it is a body or a country rather than a
 * person, and the person a body speaks through. A statement whose speaker is no actor (an
 * unresolved pronoun, a transcript label) gives no speaker entry.
 */
final class SpeakerIdentity {
    private final ActorIndex actors;
    private final List<Statement> statements;
    private final Set<String> spokesRoles;

    SpeakerIdentity(ActorIndex actors, List<Statement> statements, Set<String> spokesRoles) {
        this.actors = actors;
        this.statements = statements;
        this.spokesRoles = spokesRoles;
    }

    /** The speaker's actor, when the statements stage resolved one. */
    Optional<Actor> actorOf(Statement st) {
        return st.speakerId() == null ? Optional.empty() : actors.actor(st.speakerId());
    }

    /** The speaker's country: as the statement gives it, else its actor's. */
    String country(Statement st) {
        if (st.speakerCountry() != null && !st.speakerCountry().isBlank()) {
            return st.speakerCountry();
        }
        return actorOf(st).map(Actor::countryCode).orElse(null);
    }

    /**
     * The actor a statement's stance is credited to: its speaker; a body or country speaking ("the
     * Kremlin", "Tehran", "the foreign ministry") is credited to the person who speaks for it in
     * the document: the first person of the same country (when that country is one of the pair),
     * else, for a speaker given without a role, a person whose spokesperson role names the body
     * ("Kremlin spokesman X").
     */
    Optional<Actor> credited(Statement st, List<String> pair) {
        Optional<Actor> speaker = actorOf(st);
        if (speaker.isEmpty() || speaker.get().kind() == ActorKind.PERSON) {
            return speaker;
        }
        String own = country(st);
        if (own != null && pair.contains(own)) {
            for (Statement other : statements) {
                Optional<Actor> p = actorOf(other);
                if (p.isPresent() && p.get().kind() == ActorKind.PERSON && own.equals(country(other))) {
                    return p;
                }
            }
        }
        if (st.speakerRole() == null || st.speakerRole().isBlank()) {
            String body = speaker.get().name().toLowerCase(Locale.ROOT);
            for (Statement other : statements) {
                Optional<Actor> p = actorOf(other);
                if (p.isPresent() && p.get().kind() == ActorKind.PERSON && p.get().role() != null
                        && p.get().role().toLowerCase(Locale.ROOT).contains(body) && isSpokesRole(p.get().role())) {
                    return p;
                }
            }
        }
        return speaker;
    }

    private boolean isSpokesRole(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        for (String part : spokesRoles) {
            if (r.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
