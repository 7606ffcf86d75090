package dev.detente.actors;

/**
 * A name the recogniser took for a person that the text only uses as a place: every mention follows
 * a place preposition ("on Lake Nyasa", "through Novi Grad") or "town of" ("the Nicaraguan town of San
 * Carlos"), or is set off by an apposition headed by a place noun ("Novi Grad, the Bosnian town across
 * the river"); never with a title, a possessive or a speech verb after it.
 */
final class PlaceNames {
    /** How far after ", a" / ", the" the place noun of an apposition may stand ("a wooded ridge"). */
    private static final int APPOSITION_WORDS = 4;

    private final ActorKnowledge knowledge;
    private final ActorWords words;
    private final TokenView v;

    PlaceNames(ActorKnowledge knowledge, TokenView v) {
        this.knowledge = knowledge;
        this.words = knowledge.words();
        this.v = v;
    }

    /**
     * Whether the person is named only as a place: after place prepositions when they have no role,
     * only after "town of" or before a place apposition when they have one (read off the words after
     * the place: "the town of X, according to the minister,").
     */
    boolean onlyAPlace(PersonState p) {
        int counted = 0;
        for (NameRecognizer.Run run : p.cluster.runs) {
            if (v.headline[v.sentenceOf[run.start()]]) {
                continue; // a headline's words say nothing either way
            }
            int after = run.end();
            if (v.isPossessive(after) || after < v.size() && knowledge.isPersonCue(v.lower[after])) {
                return false; // "X's remarks", "X said"
            }
            boolean strong = afterPlaceNoun(run.start()) || placeApposition(after);
            if (!strong && (p.role != null || !afterPlaceWords(run.start()))) {
                return false;
            }
            counted++;
        }
        return counted > 0;
    }

    /** "on Lake Nyasa", "through Novi Grad". */
    private boolean afterPlaceWords(int start) {
        return start > 0 && words.placeOnlyBefore().contains(v.lower[start - 1]);
    }

    private boolean afterPlaceNoun(int start) {
        return afterPlaceNoun(knowledge, v, start);
    }

    private boolean placeApposition(int after) {
        return placeApposition(knowledge, v, after);
    }

    /** "the port of Umm Qasr", "the mayor of Novi Grad": a place noun or an office of a place, then "of". */
    static boolean afterPlaceNoun(ActorKnowledge knowledge, TokenView v, int start) {
        ActorWords words = knowledge.words();
        int p = start - 1;
        return v.is(p, ActorWord.OF) && p > 0 && (words.settlementNouns().contains(v.lower[p - 1])
                || knowledge.isPlaceHead(v.lower[p - 1]) || words.placeOffices().contains(v.lower[p - 1]));
    }

    /** ", the Bosnian town across the river", ", a wooded ridge on the border". */
    static boolean placeApposition(ActorKnowledge knowledge, TokenView v, int after) {
        ActorWords words = knowledge.words();
        if (!v.is(after, ",") || after + 1 >= v.size() || !words.articles().contains(v.lower[after + 1])) {
            return false;
        }
        for (int k = after + 2; k < v.size() && k <= after + 1 + APPOSITION_WORDS; k++) {
            if (words.settlementNouns().contains(v.lower[k]) || knowledge.isPlaceHead(v.lower[k])) {
                return true;
            }
            if (v.isHit(k, GazetteerEntry.Type.TITLE) || v.is(k, ",")) {
                return false;
            }
        }
        return false;
    }
}
