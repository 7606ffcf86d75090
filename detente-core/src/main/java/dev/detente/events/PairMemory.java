package dev.detente.events;

import dev.detente.events.lexicon.CountryGazetteer;
import java.util.ArrayList;
import java.util.List;

/**
 * What "the two sides" stands for while one document is read: the countries of the latest event
 * between two or more countries, else the last two distinct countries named so far. "The two
 * ministers" stands for two persons: those of the latest event between two persons, else the
 * last two persons of different countries named.
 */
final class PairMemory {
    private final CountryGazetteer countries;
    private final List<String> lastPair = new ArrayList<>(3);
    /** Persons named so far, latest last, with their countries (null when unknown). */
    private final java.util.LinkedHashMap<String, String> persons = new java.util.LinkedHashMap<>();
    private int scanned;
    private int personsScanned;

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

    /** Takes in the persons named before token {@code upTo} (also earlier in the trigger's own sentence). */
    void readPersonsUpTo(List<Participant> ps, int upTo) {
        int k = personsScanned;
        while (k < ps.size() && ps.get(k).tokenStart() < upTo) {
            Participant p = ps.get(k);
            if (p.isPerson()) {
                persons.remove(p.name());
                persons.put(p.name(), p.country());
            }
            k++;
        }
        personsScanned = k;
    }

    /** The two persons "the two ministers" refers to, or null. */
    List<String> personPairFor(List<Event> earlier) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            List<String> two = twoPersons(earlier.get(k).actors());
            if (two != null) {
                return two;
            }
        }
        List<String> latestFirst = new ArrayList<>(persons.keySet());
        java.util.Collections.reverse(latestFirst);
        return twoOfDifferentCountries(latestFirst);
    }

    /** The first two persons among an event's actors (their countries may be unknown or misread). */
    private List<String> twoPersons(List<String> names) {
        List<String> out = new ArrayList<>(2);
        for (String n : names) {
            if (persons.containsKey(n) && out.size() < 2) {
                out.add(n);
            }
        }
        return out.size() == 2 ? out : null;
    }

    /** The first two of these names that are persons known to be of two different countries. */
    private List<String> twoOfDifferentCountries(List<String> names) {
        String first = null;
        for (String n : names) {
            String country = persons.get(n);
            if (country == null) {
                continue;
            }
            if (first == null) {
                first = n;
            } else if (!country.equals(persons.get(first))) {
                return List.of(first, n);
            }
        }
        return null;
    }
}
