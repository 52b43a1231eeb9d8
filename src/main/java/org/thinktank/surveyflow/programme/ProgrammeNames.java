package org.thinktank.surveyflow.programme;

import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.survey.Survey;

/**
 * A session's name and a report's topic in a message, each in the reader's language: the bundles pick the Chinese
 * or the English one ({@code programme.name}), so a refusal names them as its reader reads them.
 */
final class ProgrammeNames {

    private ProgrammeNames() {
    }

    static Reason of(Session session) {
        return Reason.of("programme.name", session.name(), session.nameEn());
    }

    static Reason of(Survey survey) {
        return Reason.of("programme.name", survey.topic(), survey.topicEn() == null ? survey.topic() : survey.topicEn());
    }
}
