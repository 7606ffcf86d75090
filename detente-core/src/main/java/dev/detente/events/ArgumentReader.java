package dev.detente.events;

import dev.detente.nlp.Sentence;
import dev.detente.syntax.DepLabel;
import dev.detente.syntax.DependencyTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Participants component, second reading: the trigger verb's arguments in the dependency parse of
 * its sentence, asked for only where the flat reading of {@link SidePicker} is unsure (no party
 * found on a side, or other words between the subject and the verb, or a passive). The source is
 * the subject ({@code nsubj}, with its conjuncts: "Russia and China signed"), or the agent of a
 * passive ("was seized on Monday by the U.S. Navy"), or, for a verb without a subject of its own,
 * that of the verb it is coordinated with or controlled by ("agreed to withdraw", "visited Moscow
 * and held talks"); the target is the direct object, a passive subject, or the object of an
 * oblique preposition ("met with", "imposed sanctions on", "fired missiles at"). Parties named
 * inside relative or adverbial clauses, appositions or locating phrases of an argument are not it.
 */
final class ArgumentReader {
    private final Set<String> obliques;
    /** Relations below an argument whose words are not the argument itself (clauses, appositions). */
    private final Set<DepLabel> clausal;
    private final Set<String> passiveAuxiliaries;
    private final EventRules rules;

    /** The parties the parse gives, and how; either side may be empty. */
    record Arguments(List<Participant> sources, List<Participant> targets, String how) {
    }

    ArgumentReader(EventRules rules) {
        this.rules = rules;
        this.obliques = rules.words("participants", "oblique_prepositions");
        this.clausal = rules.relations("participants", "clausal_relations");
        this.passiveAuxiliaries = rules.words("participants", "passive_auxiliaries");
    }

    /** Words between the flat reading's subject and its verb beyond which the subject is unsure. */
    private static final int SURE_GAP = 3;

    /**
     * The flat reading {@code flat} of a verbal trigger, with the side it is unsure of replaced by
     * the parse's reading when the parse names a party there; unchanged when it is sure (the
     * sentence is then not parsed).
     */
    SidePicker.Parties refine(DocView v, TriggerHit h, SidePicker.Parties flat) {
        if (h.nominal() || flat.how().startsWith(SidePicker.SHARED_SUBJECT)) {
            return flat;
        }
        boolean passive = passiveLooking(v.lower, h);
        boolean sourceUnsure = flat.sources().isEmpty() || passive
                || h.first() - flat.sources().get(flat.sources().size() - 1).tokenEnd() > SURE_GAP
                || commaBetween(v.lower, flat.sources().get(flat.sources().size() - 1).tokenEnd(), h.first());
        boolean targetUnsure = flat.targets().isEmpty() || passive;
        if (!sourceUnsure && !targetUnsure || !parseCanDecide(v, h, flat, passive, sourceUnsure, targetUnsure)) {
            return flat;
        }
        Arguments a = read(v, h);
        if (a == null) {
            return flat;
        }
        boolean newSource = sourceUnsure && !a.sources().isEmpty() && !a.sources().equals(flat.sources());
        // the parse's source was the flat reading's target ("was struck overnight by Russia"): both sides move
        boolean swapped = newSource && flat.targets().stream().anyMatch(a.sources()::contains);
        boolean newTarget = (targetUnsure || swapped) && !a.targets().isEmpty() && !a.targets().equals(flat.targets());
        if (!newSource && !newTarget) {
            return flat;
        }
        List<Participant> sources = newSource ? a.sources() : flat.sources();
        List<Participant> targets = new ArrayList<>(newTarget ? a.targets() : flat.targets());
        targets.removeIf(sources::contains);
        return new SidePicker.Parties(flat.inClause(), sources, targets, a.how()
                + (newSource && newTarget ? "" : newSource ? " (source)" : " (target)"));
    }

    /**
     * Whether the parse could change the unsure side: some party of the sentence that the flat
     * reading did not give that side stands where it could be it (before the verb for a subject,
     * after it for an object; anywhere for a passive). Most sentences have none, and are not parsed.
     */
    private static boolean parseCanDecide(DocView v, TriggerHit h, SidePicker.Parties flat, boolean passive,
                                          boolean sourceUnsure, boolean targetUnsure) {
        Sentence s = h.sentence();
        if (s.tokenCount() > dev.detente.syntax.SyntaxView.MAX_PARSED_WORDS) {
            return false;
        }
        for (Participant p : v.participants()) {
            if (p.tokenEnd() <= s.firstToken() || p.tokenStart() < h.end() && p.tokenEnd() > h.first()) {
                continue;
            }
            if (p.tokenStart() >= s.endToken()) {
                break;
            }
            boolean before = p.tokenEnd() <= h.first();
            if (passive && !flat.sources().contains(p)
                    || sourceUnsure && before && !flat.sources().contains(p)
                    || targetUnsure && !before && !flat.targets().contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** "by" after the trigger in its clause. */
    private boolean byAfter(String[] lower, TriggerHit h) {
        for (int k = h.end(); k < h.clauseEnd(); k++) {
            if (rules.is(lower[k], EventWord.BY)) {
                return true;
            }
        }
        return false;
    }

    /** "Canada, which bans Russian imports, imposed": a comma closes a clause or apposition before the verb. */
    private static boolean commaBetween(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lower[k].equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "was attacked", "were expelled", "has been seized": a past participle after a form of "be". */
    private boolean passiveLooking(String[] lower, TriggerHit h) {
        String w = lower[h.first()];
        if (h.first() == h.sentence().firstToken() || !(rules.endsWith(w, EventWord.PARTICIPLE_SUFFIXES) || byAfter(lower, h))) {
            return false; // an irregular participle ("struck", "hit") shows itself by its agent
        }
        for (int k = h.first() - 1; k >= Math.max(h.sentence().firstToken(), h.first() - 3); k--) {
            if (passiveAuxiliaries.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** The parse's reading of trigger {@code h}, or null when its sentence is not parsed. */
    Arguments read(DocView v, TriggerHit h) {
        Sentence s = h.sentence();
        DependencyTree t = v.syntax.parse(s);
        if (t == null) {
            return null;
        }
        int base = s.firstToken();
        int root = spanRoot(t, h.first() - base, h.end() - base);
        if (root < 0) {
            return null;
        }
        List<Participant> inSentence = new ArrayList<>();
        for (Participant p : v.participants()) {
            if (p.tokenStart() >= base && p.tokenEnd() <= s.endToken()) {
                inSentence.add(p);
            }
        }
        List<Integer> sourceHeads = new ArrayList<>(2);
        List<Integer> targetHeads = new ArrayList<>(2);
        String how;
        int agent = t.child(root, DepLabel.AGENT);
        int passiveSubject = t.child(root, DepLabel.NSUBJPASS);
        if (passiveSubject >= 0 || agent >= 0) {
            if (agent >= 0) {
                addIfPresent(sourceHeads, t.child(agent, DepLabel.POBJ));
            }
            addIfPresent(targetHeads, passiveSubject);
            how = "parse: passive, agent is the source, subject the target";
        } else {
            int subject = subjectOf(t, root);
            addIfPresent(sourceHeads, subject);
            addIfPresent(targetHeads, t.child(root, DepLabel.DOBJ));
            addIfPresent(targetHeads, t.child(root, DepLabel.DATIVE));
            addIfPresent(targetHeads, t.child(root, DepLabel.IOBJ));
            how = "parse: subject is the source, object the target";
        }
        // "met with X", "imposed sanctions on X": oblique objects of the verb or of its object
        List<Integer> heads = new ArrayList<>(List.of(root));
        int object = t.child(root, DepLabel.DOBJ);
        if (object >= 0) {
            heads.add(object);
        }
        for (int head : heads) {
            for (int c : t.children(head)) {
                if (t.label(c) == DepLabel.PREP && obliques.contains(v.lower[base + c]) && c > h.end() - base - 1) {
                    addIfPresent(targetHeads, t.child(c, DepLabel.POBJ));
                }
            }
        }
        List<Participant> sources = partiesUnder(t, v.lower, sourceHeads, inSentence, base, h);
        List<Participant> targets = partiesUnder(t, v.lower, targetHeads, inSentence, base, h);
        targets.removeIf(sources::contains);
        return new Arguments(sources, targets, how);
    }

    /** The word of [from, to) whose head stands outside it (the first such), or -1. */
    private static int spanRoot(DependencyTree t, int from, int to) {
        for (int k = from; k < to && k < t.size(); k++) {
            int head = t.head(k);
            if (head < from || head >= to) {
                return k;
            }
        }
        return -1;
    }

    /** Its own subject, else that of the verb it is coordinated with or whose complement it is. */
    private static int subjectOf(DependencyTree t, int verb) {
        for (int k = verb, steps = 0; k >= 0 && steps < 4; steps++) {
            int subject = t.child(k, DepLabel.NSUBJ);
            if (subject < 0) {
                subject = t.child(k, DepLabel.CSUBJ);
            }
            if (subject >= 0) {
                return subject;
            }
            DepLabel label = t.label(k);
            if (!(label == DepLabel.CONJ || label == DepLabel.XCOMP)) {
                return -1;
            }
            k = t.head(k);
        }
        return -1;
    }

    private static void addIfPresent(List<Integer> heads, int k) {
        if (k >= 0 && !heads.contains(k)) {
            heads.add(k);
        }
    }

    /** The parties whose words stand in the argument's phrase (its conjuncts included), in text order. */
    private List<Participant> partiesUnder(DependencyTree t, String[] lower, List<Integer> heads, List<Participant> ps,
                                           int base, TriggerHit h) {
        List<Participant> out = new ArrayList<>(2);
        for (Participant p : ps) {
            if (p.tokenStart() < h.end() && p.tokenEnd() > h.first()) {
                continue; // the trigger's own words
            }
            for (int head : heads) {
                if (inPhrase(t, lower, base, head, p.tokenStart() - base) && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Whether word {@code k} belongs to the phrase headed by {@code head}, outside its clauses and locating phrases. */
    private boolean inPhrase(DependencyTree t, String[] lower, int base, int head, int k) {
        for (int w = k, steps = 0; w >= 0 && steps <= t.size(); w = t.head(w), steps++) {
            if (w == head) {
                return true;
            }
            DepLabel label = t.label(w);
            // "the president of Iran" names the phrase's party; "officials in Kyiv" only locates them
            if (clausal.contains(label) || label == DepLabel.POBJ && t.head(w) >= 0 && !rules.is(lower[base + t.head(w)], EventWord.OF)) {
                return false;
            }
        }
        return false;
    }
}
