package org.thinktank.surveyflow.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ProblemDetail;

/** A unique constraint broken by two requests at once reads as a conflict saying what was stored twice. */
class UniqueConstraintConflictsTests {

    private static ProblemDetail answerTo(String databaseMessage) {
        return new UniqueConstraintConflicts().duplicate(
                new DuplicateKeyException("insert failed", new SQLException(databaseMessage, "23505")));
    }

    @Test
    void aKnownConstraintSaysWhatWasStoredTwiceAndItsValue() {
        ProblemDetail problem = answerTo("ERROR: duplicate key value violates unique constraint \"meeting_code_key\"\n"
                + "  Detail: Key (code)=(AM22) already exists.");

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).isEqualTo("A meeting with code 'AM22' was added at the same moment; choose another code");
    }

    @Test
    void anUnknownConstraintIsStillAConflict() {
        ProblemDetail problem = answerTo("ERROR: duplicate key value violates unique constraint \"something_new_key\"");

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).isEqualTo(UniqueConstraintConflicts.UNKNOWN);
    }
}
