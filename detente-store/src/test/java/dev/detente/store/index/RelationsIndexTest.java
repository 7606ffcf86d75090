package dev.detente.store.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.detente.store.Rows.Change;
import dev.detente.store.Rows.ShiftConfidence;
import dev.detente.store.Rows.TimelinePoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RelationsIndexTest {
    private static final LocalDate MONDAY = LocalDate.parse("2025-01-06"); // ISO week 2025-W02

    /** {@code weeks} weeks of {@code perWeek} items: level {@code before} until {@code shiftWeek}, then {@code after}. */
    static List<IndexItem> series(int weeks, int perWeek, int shiftWeek, double before, double after, double noise, long seed) {
        Random random = new Random(seed);
        List<IndexItem> items = new ArrayList<>();
        long id = 1;
        for (int w = 0; w < weeks; w++) {
            double level = w < shiftWeek ? before : after;
            for (int i = 0; i < perWeek; i++) {
                LocalDate day = MONDAY.plusWeeks(w).plusDays(i % 7);
                double value = level + noise * random.nextGaussian();
                items.add(i % 2 == 0
                        ? IndexItem.event(id, day, value * 10, "EVENT-" + id)
                        : IndexItem.statement(id, day, value * 2, 1.0, "speaker-" + id));
                id++;
            }
        }
        return items;
    }

    @Test
    void detectsTheWeekOfAKnownShiftAndNamesTheItemsThatMovedIt() {
        List<IndexItem> items = series(20, 4, 10, 0.4, -0.4, 0.15, 7);
        List<Change> changes = ChangeDetector.detect("AAA-BBB", items, ChangeDetector.Settings.defaults());
        assertThat(changes).hasSize(1);
        Change c = changes.get(0);
        assertThat(c.period()).isEqualTo(Granularity.WEEK.label(MONDAY.plusWeeks(10)));
        assertThat(c.before()).isBetween(0.3, 0.5);
        assertThat(c.after()).isBetween(-0.5, -0.3);
        assertThat(c.pair()).isEqualTo("AAA-BBB");
        assertThat(c.summary()).contains("worsened").contains(c.period());
        assertThat(c.confidence()).isEqualTo(ShiftConfidence.SIGNIFICANT);
        assertThat(c.z()).isGreaterThan(1.645);
        // the movers start with the items of the change week itself (ids 41..44)
        List<Long> movers = new ArrayList<>(c.eventIds());
        movers.addAll(c.statementIds());
        assertThat(movers).contains(41L, 42L, 43L, 44L);
        assertThat(movers).allMatch(id -> id > 40);
    }

    @Test
    void anImprovementIsNamedAsSuch() {
        List<Change> changes = ChangeDetector.detect("AAA-BBB", series(12, 3, 6, -0.6, 0.3, 0.1, 3),
                ChangeDetector.Settings.defaults());
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.period()).isEqualTo(Granularity.WEEK.label(MONDAY.plusWeeks(6)));
            assertThat(c.summary()).contains("improved");
        });
    }

    @Test
    void twoShiftsFarApartAreBothFound() {
        List<IndexItem> items = new ArrayList<>(series(10, 4, 10, 0.5, 0.5, 0.1, 1));
        List<IndexItem> later = series(20, 4, 10, -0.5, 0.5, 0.1, 2).subList(0, 80);
        // shift down at week 10, back up at week 20
        int offset = 1000;
        for (IndexItem i : later) {
            items.add(new IndexItem(i.id() + offset, i.kind(), i.date().plusWeeks(10), i.value(), i.weight(), i.label()));
        }
        List<Change> changes = ChangeDetector.detect("AAA-BBB", items, ChangeDetector.Settings.defaults());
        assertThat(changes).extracting(Change::period).containsExactly(
                Granularity.WEEK.label(MONDAY.plusWeeks(10)), Granularity.WEEK.label(MONDAY.plusWeeks(20)));
    }

    @Property(tries = 60)
    void aFlatNoisySeriesHasNoChange(@ForAll @IntRange(min = 0, max = 10_000) int seed,
                                     @ForAll @DoubleRange(min = -0.6, max = 0.6) double level) {
        assertThat(ChangeDetector.detect("AAA-BBB", series(20, 4, 99, level, level, 0.15, seed),
                ChangeDetector.Settings.defaults())).isEmpty();
    }

    @Test
    void aShiftInTheLedgersLastDaysIsFoundThoughTheCusumHasNotCrossedYet() {
        // ten weeks near zero, then one burst of ten hostile-leaning items over two days: the sequential
        // sum has no days left to cross h, but the segments differ by more than one standard error
        List<IndexItem> items = new ArrayList<>();
        double[] early = {0.6, -0.5, 0.5, -0.4, 0.1, -0.2, 0.3};
        for (int i = 0; i < early.length; i++) {
            items.add(IndexItem.statement(i + 1, MONDAY.plusWeeks(i), 2 * early[i], 1.0, "s" + i));
        }
        double[] burst = {-0.2, -1.0, 0.5, -0.2, 0.5, -0.4, -0.8, -1.0, -0.7, 0.3};
        for (int i = 0; i < burst.length; i++) {
            items.add(IndexItem.statement(100 + i, MONDAY.plusWeeks(10).plusDays(i < 3 ? 0 : 1), 2 * burst[i], 1.0, "b" + i));
        }
        assertThat(ChangeDetector.detect("AAA-BBB", items, ChangeDetector.Settings.defaults())).singleElement()
                .satisfies(c -> {
                    assertThat(c.period()).isEqualTo(Granularity.WEEK.label(MONDAY.plusWeeks(10)));
                    assertThat(c.after()).isLessThan(c.before() - 0.3);
                    assertThat(c.confidence()).isEqualTo(ShiftConfidence.POSSIBLE);
                    assertThat(c.z()).isBetween(1.0, 1.645);
                    assertThat(c.summary()).contains("possibly worsened");
                    assertThat(c.statementIds()).allMatch(id -> id >= 100);
                });
    }

    @Test
    void aSmallBurstAtTheEndIsNoChange() {
        // the same ten weeks, then four items: fewer than minItems after the change
        List<IndexItem> items = new ArrayList<>(series(10, 1, 99, 0.0, 0.0, 0.3, 4));
        for (int i = 0; i < 4; i++) {
            items.add(IndexItem.statement(100 + i, MONDAY.plusWeeks(10), -1.6, 1.0, "b" + i));
        }
        assertThat(ChangeDetector.detect("AAA-BBB", items, ChangeDetector.Settings.defaults())).isEmpty();
    }

    @Test
    void tooFewItemsAreNoEvidenceOfAChange() {
        // one item a week, flipping sign once: each side of the boundary has fewer than minItems in its window
        List<IndexItem> items = series(4, 1, 2, 0.8, -0.8, 0.0, 5);
        assertThat(ChangeDetector.detect("AAA-BBB", items, ChangeDetector.Settings.defaults())).isEmpty();
    }

    @Test
    void seriesHasOnePointPerPeriodWithCountsAndABandThatNarrowsWithEvidence() {
        List<IndexItem> items = new ArrayList<>();
        items.add(IndexItem.event(1, MONDAY, 5, "AGREE"));
        for (int i = 0; i < 10; i++) {
            items.add(IndexItem.statement(10 + i, MONDAY.plusWeeks(2), 1, 1, "x"));
        }
        List<TimelinePoint> weeks = RelationsIndex.series(items, Granularity.WEEK);
        assertThat(weeks).extracting(TimelinePoint::period).containsExactly("2025-W02", "2025-W03", "2025-W04");
        TimelinePoint one = weeks.get(0);
        assertThat(one.index()).isEqualTo(0.5);
        assertThat(one.events()).isEqualTo(1);
        assertThat(one.low()).isLessThan(0.5).isGreaterThanOrEqualTo(-1);
        assertThat(one.high()).isGreaterThan(0.5).isLessThanOrEqualTo(1);
        TimelinePoint gap = weeks.get(1);
        assertThat(gap.events() + gap.statements()).isZero();
        assertThat(gap.low()).isEqualTo(-1);
        assertThat(gap.high()).isEqualTo(1);
        assertThat(gap.index()).isEqualTo(0.5); // carried forward
        TimelinePoint many = weeks.get(2);
        assertThat(many.statements()).isEqualTo(10);
        assertThat(many.high() - many.low()).isLessThan(one.high() - one.low());

        assertThat(RelationsIndex.series(items, Granularity.DAY)).hasSize(15);
        assertThat(RelationsIndex.series(items, Granularity.MONTH)).extracting(TimelinePoint::period).containsExactly("2025-01");
    }

    @Property
    void pointsStayOnTheScaleWithTheBandAroundTheIndex(@ForAll @DoubleRange(min = -20, max = 20) double weight,
                                                       @ForAll @DoubleRange(min = -3, max = 3) double stance) {
        List<TimelinePoint> points = RelationsIndex.series(List.of(IndexItem.event(1, MONDAY, weight, "e"),
                IndexItem.statement(2, MONDAY, stance, 0.5, "s")), Granularity.DAY);
        TimelinePoint p = points.get(0);
        assertThat(p.index()).isBetween(-1.0, 1.0);
        assertThat(p.low()).isLessThanOrEqualTo(p.index() + 1e-3);
        assertThat(p.high()).isGreaterThanOrEqualTo(p.index() - 1e-3);
    }

    @Test
    void trendComparesRecentWithEarlierItems() {
        assertThat(Trend.of(series(8, 2, 4, -0.5, 0.5, 0.05, 1))).isEqualTo(Trend.IMPROVING);
        assertThat(Trend.of(series(8, 2, 4, 0.5, -0.5, 0.05, 1))).isEqualTo(Trend.WORSENING);
        assertThat(Trend.of(series(8, 2, 99, 0.2, 0.2, 0.05, 1))).isEqualTo(Trend.STEADY);
        assertThat(Trend.of(series(1, 3, 99, 0.2, 0.2, 0.05, 1))).isEqualTo(Trend.TOO_FEW);
    }

    @Test
    void granularityLabelsAndParsing() {
        assertThat(Granularity.WEEK.label(LocalDate.parse("2024-12-30"))).isEqualTo("2025-W01");
        assertThat(Granularity.parse("monthly")).isEqualTo(Granularity.MONTH);
        assertThat(Granularity.parse(null)).isEqualTo(Granularity.WEEK);
        assertThatThrownBy(() -> Granularity.parse("year")).hasMessageContaining("day, week or month");
    }
}
