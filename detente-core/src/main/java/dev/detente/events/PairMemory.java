package dev.detente.events;

import dev.detente.events.lexicon.CountryGazetteer;
import java.util.ArrayList;
import java.util.List;

/**
 * What "the two sides" stands for while one document is read: the countries of the latest event
 * between two or more countries, else the last two distinct countries named so far.
 */
final class PairMemory {
    private final CountryGazetteer countries;
    private final List<String> lastPair = new ArrayList<>(3);
    private int scanned;

    PairMemory(CountryGazetteer countries) {
        this.countries = countries;
    }

    /** Takes in the countries named before token {@code upTo}. */
    void readUpTo(List<Participant> ps, int upTo) {
        int k = scanned;
        while (k < ps.size() && ps.get(k).tokenStart() < upTo) {
            Participant p = ps.get(k);
            if (p.isCountry() && !lastPair.contains(p.name())) {
                lastPair.add(p.name());
                if (lastPair.size() > 2) {
                    lastPair.remove(0);
                }
            } else if (p.isCountry()) {
                lastPair.remove(p.name());
                lastPair.add(p.name());
            }
            k++;
        }
        scanned = k;
    }

    /** The pair "the two sides" refers to, or null. */
    List<String> pairFor(List<Event> earlier) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            List<String> codes = earlier.get(k).countries();
            if (codes.size() >= 2) {
                return List.of(countries.name(codes.get(0)), countries.name(codes.get(1)));
            }
        }
        return lastPair.size() == 2 ? List.copyOf(lastPair) : null;
    }
}
