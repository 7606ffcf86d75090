package dev.detente.topics;

import java.util.List;

/** One recurring issue of bilateral relations: a stable id, a label and the keywords that tag it. */
public record Issue(String id, String label, List<String> keywords) {
    public Issue {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
