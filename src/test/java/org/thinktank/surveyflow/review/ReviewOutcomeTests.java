package org.thinktank.surveyflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thinktank.surveyflow.review.Recommendation.ACCEPT;
import static org.thinktank.surveyflow.review.Recommendation.MAJOR_REVISION;
import static org.thinktank.surveyflow.review.Recommendation.MINOR_REVISION;
import static org.thinktank.surveyflow.review.Recommendation.REJECT;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReviewOutcomeTests {

    @Test
    void allAcceptIsAccepted() {
        assertThat(ReviewOutcome.of(List.of(ACCEPT, ACCEPT))).isEqualTo(ReviewOutcome.ACCEPT);
    }

    @Test
    void aMinorRevisionAmongAcceptsAsksForARevision() {
        assertThat(ReviewOutcome.of(List.of(ACCEPT, MINOR_REVISION))).isEqualTo(ReviewOutcome.REVISE);
    }

    @Test
    void aMajorRevisionAsksForARevision() {
        assertThat(ReviewOutcome.of(List.of(MAJOR_REVISION))).isEqualTo(ReviewOutcome.REVISE);
    }

    @Test
    void aRejectGoesToTheOrganizersWhateverTheOthersSay() {
        assertThat(ReviewOutcome.of(List.of(ACCEPT, MINOR_REVISION, REJECT))).isEqualTo(ReviewOutcome.REJECT);
    }

    @Test
    void aRoundWithoutReviewsHasNoOutcome() {
        assertThatThrownBy(() -> ReviewOutcome.of(List.of())).isInstanceOf(IllegalStateException.class);
    }
}
