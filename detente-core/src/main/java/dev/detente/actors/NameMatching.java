package dev.detente.actors;

import java.util.List;

/**
 * When two written names are the same person's: surnames equal after folding case, hyphens and
 * apostrophes ("al-Harthi" = "Alharthi") or within one edit for longer names (transliterations:
 * "Rahimi"/"Rahimy", "Mir-e-Hosseini"/"Mir-Hosseini"); given names equal, variants of one name
 * (knowledge: Steve/Stephen, Sergei/Sergey), an initial of the other, or within one edit.
 */
final class NameMatching {
    private final ActorKnowledge knowledge;

    NameMatching(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The folded form surnames are compared in. */
    static String fold(String name) {
        String n = Gazetteer.normalize(name);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    boolean sameSurname(String a, String b) {
        return sameFoldedSurname(fold(a), fold(b));
    }

    private static boolean sameFoldedSurname(String fa, String fb) {
        if (fa.equals(fb)) {
            return true;
        }
        int shorter = Math.min(fa.length(), fb.length());
        if (shorter < 5 || Math.abs(fa.length() - fb.length()) > 2) {
            return false;
        }
        return withinOneEdit(fa, fb) || shorter >= 10 && editDistance(fa, fb) <= 2;
    }

    boolean sameGivenName(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        if (fa.equals(fb) || knowledge.givenNameGroup(a).equals(knowledge.givenNameGroup(b))) {
            return true;
        }
        if (fa.length() == 1 || fb.length() == 1) {
            return !fa.isEmpty() && !fb.isEmpty() && fa.charAt(0) == fb.charAt(0);
        }
        return Math.min(fa.length(), fb.length()) >= 5 && withinOneEdit(fa, fb);
    }

    /**
     * Whether two names (as token lists) can be the same person: same surname and, when both give
     * more, compatible given names; or one's words all found in the other ("Salim al-Harthi" in
     * "Salim bin Nasser al-Harthi").
     */
    boolean compatible(List<String> a, List<String> b) {
        return !a.isEmpty() && !b.isEmpty()
                && compatible(a, fold(a.get(a.size() - 1)), b, fold(b.get(b.size() - 1)));
    }

    /** As {@link #compatible(List, List)} with the surnames already {@link #fold folded}. */
    boolean compatible(List<String> a, String surnameA, List<String> b, String surnameB) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (!sameFoldedSurname(surnameA, surnameB)) {
            return patronymicPrefix(a, b) || patronymicPrefix(b, a);
        }
        if (a.size() == 1 || b.size() == 1) {
            return true;
        }
        return sameGivenName(a.get(0), b.get(0));
    }

    /**
     * "Hamad bin Nasser" of "Hamad bin Nasser Al Thani": a shorter name that begins the longer one and
     * runs past a patronymic particle ("bin", "ibn") names the same person, the family name left off.
     */
    private boolean patronymicPrefix(List<String> shorter, List<String> longer) {
        if (shorter.size() < 3 || shorter.size() >= longer.size()) {
            return false;
        }
        boolean particle = false;
        for (int i = 0; i < shorter.size(); i++) {
            if (!fold(shorter.get(i)).equals(fold(longer.get(i)))) {
                return false;
            }
            particle |= i > 0 && i < shorter.size() - 1 && knowledge.isParticle(Gazetteer.normalize(shorter.get(i)));
        }
        return particle;
    }

    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.charAt(0) != b.charAt(0) && a.charAt(1) != b.charAt(1)) {
            return false;
        }
        return editDistance(a, b) <= 1;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
