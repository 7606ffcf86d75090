package dev.detente.statements;

/** Shared test texts: general news English written for these tests. */
final class StatementCases {
    private StatementCases() {
    }

    /** A ~350-token article mixing every construction the stage handles. */
    static final String ARTICLE = """
            Seoul and Tokyo agree to resume talks on export controls

            SEOUL, June 3 (Wire) -- South Korea and Japan will resume working-level talks on export controls next month, South Korea's foreign ministry said on Tuesday.

            "We hope the talks will restore trust between our two countries," Foreign Minister Park Min-jun told reporters in Seoul. "There is still a long way to go."

            Park said the two sides had agreed to meet in Tokyo, adding that the agenda would include semiconductor materials.

            Japanese Chief Cabinet Secretary Hiroshi Tanaka, speaking at a regular briefing, said Tokyo welcomed the move but described the dispute as "a matter of national security."

            According to Tanaka, the government has no plans to lift the measures before the talks begin.

            The talks are expected to be difficult, he said, noting that previous rounds had ended without agreement.

            "We are ready to listen to every concern," the minister said.

            "Our position has not changed. We want a stable relationship."

            Analysts called the announcement a "cautious first step" toward repairing ties, and the opposition party said it would watch the talks closely.

            Park denied reports that Seoul had offered concessions, calling them "groundless."
            """;
}
