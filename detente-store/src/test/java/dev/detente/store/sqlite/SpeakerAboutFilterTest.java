package dev.detente.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.store.LedgerFixtures;
import dev.detente.store.LedgerQuery;
import dev.detente.store.Rows.StatementRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements by one country about another are searched through the pair's statements: the same
 * statements as the speaker's country and the about list say, for every combination of countries.
 */
class SpeakerAboutFilterTest {
    @TempDir
    Path dir;

    @Test
    void byOneCountryAboutAnotherIsWhatTheSpeakerCountryAndAboutListSay() throws Exception {
        Path db = LedgerFixtures.build(dir);
        List<String> countries;
        try (Connection c = Database.open(db, true)) {
            countries = Sql.query(c, "SELECT DISTINCT country FROM statement_countries ORDER BY 1", List.of(), r -> r.getString(1));
        }
        assertThat(countries).hasSizeGreaterThan(2);
        int found = 0;
        try (Connection c = Database.open(db, true); SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            for (String speaker : countries) {
                for (String about : countries) {
                    List<Long> expected = Sql.query(c, "SELECT id FROM statements WHERE speaker_country = ? AND id IN "
                            + "(SELECT statement_id FROM statement_countries WHERE country = ? AND role = 'about') "
                            + "ORDER BY day DESC, id DESC", List.of(speaker, about), x -> x.getLong(1));
                    var page = r.statements(new LedgerQuery(null, null, null, null, null, null, null, null, null, null, 0, 100,
                            speaker.toLowerCase(java.util.Locale.ROOT), about));
                    assertThat(page.items()).extracting(StatementRow::id).as(speaker + " about " + about).isEqualTo(expected);
                    assertThat(page.total()).isEqualTo(expected.size());
                    found += expected.size();
                }
            }
        }
        assertThat(found).isPositive();
    }
}
