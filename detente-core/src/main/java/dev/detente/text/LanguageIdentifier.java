package dev.detente.text;

import dev.detente.pipeline.EnglishOnly;
import dev.detente.knowledge.Knowledge;
import dev.detente.knowledge.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies an article's language as an ISO 639-1 code. Two steps, so that the common case costs
 * microseconds: (1) English function words — words frequent in English and rare as words of other
 * Latin-script languages — making up at least {@value #ENGLISH_SHARE} of the first
 * {@value #SAMPLE_CHARS} characters' words (at least {@value #MIN_WORDS} words) mean English;
 * (2) otherwise OpenNLP's langdetect model (103 languages, shipped in
 * opennlp-models-langdetect) on the first {@value #MODEL_SAMPLE_CHARS} characters. Bosnian, Croatian and Serbian are one
 * language to the model; the standards are told apart by their most frequent differing words
 * (Serbian ekavian "vreme", "pre", "šta"; Croatian ijekavian "vrijeme", "prije", "tko") and
 * Cyrillic script (Serbian). The model is loaded once; {@link LanguageDetectorME} is thread-safe
 * for prediction, so one instance serves all threads.
 */
public final class LanguageIdentifier {
    static final int SAMPLE_CHARS = 1000;
    /** The model's cost grows with the text; 500 characters are plenty for a confident guess. */
    static final int MODEL_SAMPLE_CHARS = 500;
    static final double ENGLISH_SHARE = 0.2;
    static final int MIN_WORDS = 12;
    /** Below this many letters nothing reliable can be said. */
    static final int MIN_LETTERS = 20;
    /**
     * On a text of fewer than {@value #MIN_WORDS} words the model's first guess is unreliable (one
     * short English news sentence in twenty comes out Spanish, Latin or Norwegian); such a text is
     * English when the model ranks English among its first {@value #SHORT_TEXT_ENGLISH_RANKS}
     * guesses: measured on 249 one-sentence English news sentences (right for 248, against 237
     * by the first guess) and 22 short sentences in 16 other languages (all still right; English
     * ranked 8th or lower for each). Up to {@value #SHORT_TEXT_WORDS} words (a news sentence or two,
     * name-heavy and poor in function words: "Malawian Trade Minister X and Zambian Trade Minister Y met
     * in Lusaka." came out Waray with English third) the same holds when English function and news
     * words make up {@value #SHORT_TEXT_ENGLISH_SHARE} of the words: a 20-word French sentence ranks
     * English among its first five too, but holds none.
     */
    static final int SHORT_TEXT_ENGLISH_RANKS = 5;
    /** Up to this many words a text counts as short for {@link #SHORT_TEXT_ENGLISH_RANKS}. */
    static final int SHORT_TEXT_WORDS = 40;
    /**
     * A sentence of fewer than {@value #MIN_WORDS} words with at least {@value #SHORT_TEXT_ENGLISH_WORDS}
     * English function or news words is English when the model ranks English among its first
     * {@value #SHORT_TEXT_LOOSE_RANKS}: "Russia expelled ten Estonian diplomats." ranks it 10th (first: Waray);
     * one-sentence German and Italian news rank it 7th to 9th but hold no such word, and Romance ones rank it
     * 43rd and lower.
     */
    static final int SHORT_TEXT_LOOSE_RANKS = 15;
    static final int SHORT_TEXT_ENGLISH_WORDS = 2;
    static final double SHORT_TEXT_ENGLISH_SHARE = 0.15;
    /** The model's code for English. */
    private static final String ENGLISH_ISO3 = "eng";

    private final Set<String> englishFunctionWords;
    private final Set<String> englishNewsWords;
    private final Set<String> serbianEkavian;
    private final Set<String> ijekavianWords;
    private final Set<String> croatianOnly;
    private final Set<String> serboCroatianCodes;
    private final Map<String, String> iso3ToIso1;
    private final LanguageDetectorME detector;

    private LanguageIdentifier(Knowledge knowledge, LanguageDetectorME detector) {
        Lexicon words = knowledge.lexicon();
        this.englishFunctionWords = words.words("text.english_function_words");
        this.englishNewsWords = words.words("text.english_news_words");
        this.serbianEkavian = words.words("text.serbian_ekavian");
        this.ijekavianWords = words.words("text.ijekavian");
        this.croatianOnly = words.words("text.croatian_only");
        this.serboCroatianCodes = words.words("text.serbo_croatian_codes");
        this.iso3ToIso1 = iso3ToIso1(words);
        this.detector = detector;
    }

    /** The identifier of {@code knowledge}'s word lists; the model is loaded once for all. */
    public static LanguageIdentifier of(Knowledge knowledge) {
        return knowledge.view(LanguageIdentifier.class, k -> new LanguageIdentifier(k, Model.DETECTOR));
    }

    /** The model takes a second and 50 MB to load; {@link LanguageDetectorME} is thread-safe for prediction. */
    private static final class Model {
        static final LanguageDetectorME DETECTOR = load();

        private static LanguageDetectorME load() {
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("langdetect-183.bin not on the classpath (opennlp-models-langdetect)");
                }
                return new LanguageDetectorME(new LanguageDetectorModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language model", e);
            }
        }
    }

    /** The ISO 639-1 code of the text's language, or null when the text is too short to tell. */
    public String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int letters = 0;
        boolean cyrillic = false;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                cyrillic |= c >= '\u0400' && c <= '\u04FF';
            }
        }
        if (letters < MIN_LETTERS) {
            return null;
        }
        String[] words = BoilerplateClassifier.words(sample.toLowerCase(Locale.ROOT));
        int english = 0;
        int newsWords = 0;
        for (String w : words) {
            if (englishFunctionWords.contains(w)) {
                english++;
            } else if (englishNewsWords.contains(w)) {
                newsWords++;
            }
        }
        if (words.length >= MIN_WORDS && english >= ENGLISH_SHARE * words.length) {
            return EnglishOnly.ENGLISH;
        }
        String modelSample = sample.length() > MODEL_SAMPLE_CHARS ? sample.substring(0, MODEL_SAMPLE_CHARS) : sample;
        Language[] ranked = detector.predictLanguages(modelSample);
        boolean englishNearTop = englishAmongFirst(ranked, SHORT_TEXT_ENGLISH_RANKS);
        if (englishNearTop && (words.length < MIN_WORDS
                || words.length < SHORT_TEXT_WORDS && english + newsWords >= SHORT_TEXT_ENGLISH_SHARE * words.length)) {
            return EnglishOnly.ENGLISH;
        }
        if (words.length < MIN_WORDS && english + newsWords >= SHORT_TEXT_ENGLISH_WORDS
                && englishAmongFirst(ranked, SHORT_TEXT_LOOSE_RANKS)) {
            return EnglishOnly.ENGLISH;
        }
        Language best = ranked[0];
        String code = iso3ToIso1.getOrDefault(best.getLang(), best.getLang());
        if (serboCroatianCodes.contains(code)) {
            return serboCroatianStandard(words, cyrillic, code);
        }
        return code;
    }

    private static boolean englishAmongFirst(Language[] ranked, int n) {
        for (int i = 0; i < Math.min(n, ranked.length); i++) {
            if (ranked[i].getLang().equals(ENGLISH_ISO3)) {
                return true;
            }
        }
        return false;
    }

    String serboCroatianStandard(String[] words, boolean cyrillic, String modelGuess) {
        if (cyrillic) {
            return "sr";
        }
        int ekavian = 0;
        int ijekavian = 0;
        int croatian = 0;
        for (String w : words) {
            if (serbianEkavian.contains(w)) {
                ekavian++;
            }
            if (ijekavianWords.contains(w)) {
                ijekavian++;
            }
            if (croatianOnly.contains(w)) {
                croatian++;
            }
        }
        if (ekavian > ijekavian) {
            return "sr";
        }
        if (croatian > 0) {
            return "hr";
        }
        return modelGuess;
    }

    private static Map<String, String> iso3ToIso1(Lexicon words) {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.put(Locale.of(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code known for this one
            }
        }
        // Macrolanguage members and codes Java spells the old way.
        map.putAll(words.table("text.language_code_aliases"));
        return Map.copyOf(map);
    }
}
