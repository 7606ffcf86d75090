package dev.detente.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's arguments: {@code [options] OUTPUT INPUT...}.
 */
record JobOptions(String output, List<String> inputs, String defaultPublished, List<String> knowledgeFiles,
                  int partitions, boolean overwrite) {
    static final String USAGE = "usage: AnalyzeJob [--published YYYY-MM-DD] [--knowledge FILE]... [--partitions N] "
            + "[--overwrite] OUTPUT INPUT...";

    JobOptions {
        inputs = List.copyOf(inputs);
        knowledgeFiles = List.copyOf(knowledgeFiles);
    }

    /** Throws IllegalArgumentException with a one-line message naming the bad option. */
    static JobOptions parse(String[] args) {
        List<String> positional = new ArrayList<>();
        List<String> knowledge = new ArrayList<>();
        String published = null;
        int partitions = 0;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--published" -> {
                    published = value(args, ++i, a);
                    try {
                        LocalDate.parse(published);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--published must be a date YYYY-MM-DD, not '" + published + "'");
                    }
                }
                case "--knowledge" -> knowledge.add(value(args, ++i, a));
                case "--overwrite" -> overwrite = true;
                case "--partitions" -> {
                    String v = value(args, ++i, a);
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        partitions = -1;
                    }
                    if (partitions < 1) {
                        throw new IllegalArgumentException("--partitions must be a whole number >= 1, not '" + v + "'");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() < 2) {
            throw new IllegalArgumentException("an OUTPUT folder and at least one INPUT are needed; " + USAGE);
        }
        return new JobOptions(positional.get(0), positional.subList(1, positional.size()), published, knowledge, partitions,
                overwrite);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
