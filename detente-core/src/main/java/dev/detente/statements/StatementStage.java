package dev.detente.statements;

import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.knowledge.Knowledge;
import dev.detente.nlp.TextLayers;
import dev.detente.pipeline.EnglishOnly;
import dev.detente.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The statements stage: every direct quotation and reported statement with its speaker, cue,
 * said_on and the rule that found it. Reads the sentence stage's layers, and the actors and time
 * layers when they are present (it runs without them, resolving speakers and dates by its own rules).
 */
public final class StatementStage implements Stage {
    private final SpeechLexicon lexicon;
    private final SpeakerPhrases phrases;
    private final QuoteScanner scanner = new QuoteScanner();
    private final QuoteAttributor quotes = new QuoteAttributor();
    private final ReportedSpeechFinder reported;
    /** For the time stage's dating of statements ({@code SaidOnResolver}). */
    private final Knowledge knowledge;
    private final ReportedFilter filter = new ReportedFilter();

    /** The stage reading its cues and word lists from {@code knowledge} (built-in data and the user's files). */
    public StatementStage(Knowledge knowledge) {
        this.lexicon = SpeechLexicon.of(knowledge);
        this.phrases = new SpeakerPhrases(lexicon);
        this.reported = new ReportedSpeechFinder(lexicon);
        this.knowledge = knowledge;
    }

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public Doc process(Doc doc) {
        if (!doc.has(TextLayers.TOKENS) || !EnglishOnly.isEnglish(doc)) {
            return doc.with(StatementLayers.STATEMENTS, List.of());
        }
        return doc.with(StatementLayers.STATEMENTS, List.copyOf(find(doc)));
    }

    List<Statement> find(Doc doc) {
        DocView v = new DocView(doc, scanner, lexicon);
        if (v.size() == 0) {
            return List.of();
        }
        Cues cues = new Cues(v, lexicon, phrases);
        List<Draft> drafts = new ArrayList<>();
        int[] byQuote = new int[v.quotes.size()];
        List<Draft> found = new ArrayList<>();
        reported.find(cues, found);
        found.removeIf(d -> filter.notReported(cues, d));
        quotes.attribute(cues, drafts, byQuote, found);
        int directCount = drafts.size();
        for (Draft d : found) {
            if (!duplicates(d, drafts, directCount)) {
                drafts.add(d);
            }
        }
        return resolve(v, cues, drafts);
    }

    /** A reported clause already found by another cue, or identical to a direct quote. */
    private static boolean duplicates(Draft d, List<Draft> drafts, int directCount) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft o = drafts.get(i);
            int overlap = Math.min(d.end(), o.end()) - Math.max(d.start(), o.start());
            if (overlap <= 0) {
                continue;
            }
            int shorter = Math.min(d.length(), o.length());
            if (i < directCount ? overlap >= d.length() - 2 && o.length() >= d.length() - 2
                    : overlap * 2 > shorter) {
                return true;
            }
        }
        return false;
    }

    private List<Statement> resolve(DocView v, Cues cues, List<Draft> drafts) {
        PersonRegistry registry = new PersonRegistry(cues);
        SpeakerResolver resolver = new SpeakerResolver(v, registry, lexicon);
        SaidOnResolver dates = new SaidOnResolver(v, knowledge);
        Integer[] order = new Integer[drafts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> anchor(v, drafts, i)));
        Speaker[] speakers = new Speaker[drafts.size()];
        SaidOnResolver.SaidOn[] saidOn = new SaidOnResolver.SaidOn[drafts.size()];
        boolean[] done = new boolean[drafts.size()];
        for (int i : order) {
            resolveOne(i, v, drafts, resolver, dates, speakers, saidOn, done);
        }
        List<Statement> out = new ArrayList<>();
        AboutFinder about = new AboutFinder(v.doc);
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Speaker sp = speakers[i];
            if (sp == null && !d.direct()) {
                continue;
            }
            out.add(toStatement(v, cues, drafts, i, sp, saidOn[i], about));
        }
        out.sort(Comparator.comparing(Statement::span));
        return numbered(out);
    }

    /**
     * Gives each statement its id and each quoted fragment the id of the reported statement that
     * contains it (its marks may stand just outside the reported clause's end).
     */
    private static List<Statement> numbered(List<Statement> sorted) {
        List<Statement> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Statement s = sorted.get(i);
            String parent = null;
            if (s.direct()) {
                for (int j = i - 1; j >= 0 && parent == null; j--) {
                    Statement r = sorted.get(j);
                    if (!r.direct() && r.span().start() < s.span().start() && s.span().end() <= r.span().end() + 1) {
                        parent = "s" + (j + 1);
                    }
                }
            }
            out.add(s.withIds("s" + (i + 1), parent));
        }
        return out;
    }

    private void resolveOne(int i, DocView v, List<Draft> drafts, SpeakerResolver resolver, SaidOnResolver dates,
                            Speaker[] speakers, SaidOnResolver.SaidOn[] saidOn, boolean[] done) {
        if (done[i]) {
            return;
        }
        done[i] = true;
        Draft d = drafts.get(i);
        if (d.sameSpeakerAs() >= 0) {
            resolveOne(d.sameSpeakerAs(), v, drafts, resolver, dates, speakers, saidOn, done);
            speakers[i] = speakers[d.sameSpeakerAs()];
            saidOn[i] = saidOn[d.sameSpeakerAs()];
            return;
        }
        speakers[i] = resolver.resolve(d.speaker());
        saidOn[i] = dates.resolve(d, speakers[i] == null ? null : speakers[i].id());
    }

    /** Where a draft's speaker is named: the order in which speakers come into focus. */
    private static int anchor(DocView v, List<Draft> drafts, int i) {
        Draft d = drafts.get(i);
        if (d.speaker() != null) {
            return d.speaker().start();
        }
        return v.tokenAt(d.start());
    }

    private static Statement toStatement(DocView v, Cues cues, List<Draft> drafts, int i, Speaker sp,
                                         SaidOnResolver.SaidOn on, AboutFinder about) {
        Draft d = drafts.get(i);
        Draft cueSource = d;
        while (cueSource.cueToken() < 0 && cueSource.sameSpeakerAs() >= 0) {
            cueSource = drafts.get(cueSource.sameSpeakerAs());
        }
        Span cueSpan = null;
        String cue = null;
        if (cueSource.cueToken() >= 0) {
            int s = v.tok(cueSource.cueToken()).start();
            int e = v.tok(cueSource.cueToken() + cueSource.cueLength() - 1).end();
            cueSpan = new Span(s, e);
            cue = v.text.substring(s, e);
        }
        String why = d.why() + (sp == null ? "; speaker unresolved" : "; speaker '" + sp.name() + "' (" + sp.how() + ")")
                + (on == null ? "" : "; said_on " + on.value() + " (" + on.how() + ")");
        double confidence = sp == null ? d.confidence() * 0.5 : d.confidence();
        String phraseText = d.speaker() == null ? null : QuoteAttributor.phraseText(v, d.speaker());
        return new Statement(new Span(d.start(), d.end()), d.direct(), sp == null ? null : sp.id(),
                sp == null ? phraseText : sp.name(), sp == null ? null : sp.role(), sp == null ? null : sp.country(),
                cueSpan, cue, confidence, on == null ? null : on.value(), on == null ? null : on.evidence(),
                target(v, cues, cueSource), d.rule(), why, null, null,
                about.about(new Span(d.start(), d.end()), sp == null ? null : sp.id(), sp == null ? null : sp.country()));
    }

    /** The addressee of "told X" or the object of "accused X", when it names someone. */
    private static String target(DocView v, Cues cues, Draft d) {
        if (d.cueToken() < 0) {
            return null;
        }
        Cues.Cue c = cues.cueAt(d.cueToken());
        if (c == null || !(c.kind() == CueKind.TOLD || c.kind() == CueKind.FRAGMENT)) {
            return null;
        }
        int limit = v.sentence(c.token()).endToken();
        Phrase p = cues.phrases.phraseAfter(v, c.end(), limit);
        if (p == null || p.kind() == Phrase.Kind.PRONOUN || p.kind() == Phrase.Kind.GROUP
                || !v.tok(p.end() - 1).isCapitalized()) {
            return null; // "told reporters", "told state television": no named addressee
        }
        return p.name();
    }
}
