package dev.detente.actors;

import static dev.detente.actors.ActorWord.*;

import dev.detente.actors.RoleReader.Affiliation;

/**
 * What the tokens of a role say it belongs to ({@link RoleReader.Affiliation}): the role's own demonym or
 * country (not one it is sent "to"), else the country of a government body or a capital in it ("Kremlin"
 * → RUS), else a generic body ("foreign ministry") the document's context resolves; "the country's" is
 * the country named just before.
 */
final class RoleAffiliation {
    private final ActorWords words;
    private final TokenView v;

    RoleAffiliation(RoleTokens tokens) {
        this.words = tokens.words;
        this.v = tokens.v;
    }

    /** Whether the place at token k follows "in" after a named institution ("... Institute in Lyon"). */
    private boolean institutionPlace(int k) {
        int before = k - 2;
        return v.is(k - 1, IN) && before >= 0 && words.institutionHeads().contains(v.lower[before])
                && Character.isUpperCase(v.text(before).charAt(0));
    }

    /** What a span of tokens says the role belongs to. */
    Affiliation affiliation(int start, int end) {
        String explicit = null;
        String body = null;
        String generic = null;
        boolean international = false;
        for (int k = start; k < end; ) {
            Gazetteer.Match m = v.hit[k];
            if (m == null) {
                k++;
                continue;
            }
            GazetteerEntry country = m.firstOf(GazetteerEntry.Type.DEMONYM);
            // a demonym is an adjective ("for the Russian Foreign Ministry") unless it ends the role as a
            // noun: "envoy to Laos" (a name that also reads as a demonym's plural) is a country sent to
            boolean asNoun = country == null || m.end() >= end;
            if (country == null) {
                country = m.firstOf(GazetteerEntry.Type.COUNTRY);
            }
            int p = v.is(k - 1, ARTICLE_THE) ? k - 2 : k - 1;
            // a preposition inside the role ("envoy to Kenya"); one right before it is no part of it ("spoke to Kenya's X")
            boolean target = country != null && asNoun && !v.isPossessive(m.end()) && p >= start
                    && words.targetPrepositions().contains(v.lower[p]);
            GazetteerEntry org = m.firstOf(GazetteerEntry.Type.ORGANIZATION);
            GazetteerEntry gen = m.firstOf(GazetteerEntry.Type.GENERIC_BODY);
            GazetteerEntry capital = m.firstOf(GazetteerEntry.Type.CAPITAL);
            if (capital == null) {
                capital = m.firstOf(GazetteerEntry.Type.CITY); // "Mumbai police chief": a city's office is its country's
            }
            if (country != null && !target && explicit == null) {
                explicit = country.code();
            } else if (org != null && body == null) {
                if ("igo".equals(org.orgKind())) {
                    international = true;
                } else if (org.country() != null) {
                    body = org.country();
                }
            } else if (gen != null && generic == null) {
                generic = gen.canonical();
                if (gen.defaultCode() != null) {
                    international = true;
                }
            } else if (capital != null && body == null && !v.is(k - 1, IN)) {
                body = capital.country();
            } else if (body == null && m.first().isPlace() && institutionPlace(k)) {
                body = m.first().country(); // "a professor at Fudan University in Shanghai"
            }
            k = m.end();
        }
        String c = explicit != null ? explicit : body;
        if (c == null && v.is(start + 1, POSSESSIVE_CLITIC) && words.countryNouns().contains(v.lower[start])) {
            c = countryNamedBefore(start); // "the country's deputy foreign minister": the country just named
        }
        if (c != null) {
            return new Affiliation(c, null, false);
        }
        return new Affiliation(null, international ? null : generic, international);
    }

    /** How far back "the country's" looks for the country it stands for. */
    private static final int COUNTRY_REFERENCE_TOKENS = 80;

    /** The country (by name or demonym) named last before token {@code k}, within a few sentences; null if none. */
    private String countryNamedBefore(int k) {
        for (int i = k - 1; i >= 0 && k - i <= COUNTRY_REFERENCE_TOKENS; i--) {
            Gazetteer.Match m = v.hit[i];
            if (m == null) {
                continue;
            }
            GazetteerEntry country = m.firstOf(GazetteerEntry.Type.COUNTRY);
            if (country == null) {
                country = m.firstOf(GazetteerEntry.Type.DEMONYM);
            }
            if (country != null) {
                return country.code();
            }
            i = m.start();
        }
        return null;
    }
}
