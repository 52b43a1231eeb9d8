package org.thinktank.surveyflow.export.excel;

import java.util.HashSet;
import java.util.Set;

/** What a person, or an institution's people together, did for the meeting. */
final class Contribution {

    private final Set<String> surveys = new HashSet<>();
    private final Spread given = new Spread();
    private int people;
    private int led;
    private int findings;
    private int tasksDone;
    private int tasksOnTime;

    /** One person's part: the investigations they lead or work in, and what the tallies counted for them. */
    static Contribution of(String username, Iterable<SurveyRow> surveys, WorkTally work, ScoreTally scores) {
        Contribution contribution = new Contribution();
        contribution.people = 1;
        for (SurveyRow survey : surveys) {
            if (username.equals(survey.lead()) || survey.team().contains(username)) {
                contribution.surveys.add(survey.key());
            }
            if (username.equals(survey.lead())) {
                contribution.led++;
            }
        }
        contribution.findings = work.findingsBy(username);
        contribution.tasksDone = work.tasksDoneBy(username);
        contribution.tasksOnTime = work.tasksOnTimeBy(username);
        ScoreTally.Scores written = scores.byReviewer().get(username);
        if (written != null) {
            contribution.given.addAll(written.overall());
        }
        return contribution;
    }

    void add(Contribution other) {
        surveys.addAll(other.surveys);
        given.addAll(other.given);
        people += other.people;
        led += other.led;
        findings += other.findings;
        tasksDone += other.tasksDone;
        tasksOnTime += other.tasksOnTime;
    }

    /**
     * The counts as a row: people, investigations, led, findings, tasks done, on time, the on-time share, reviews
     * written, their average score, and the average score the reviews of its investigations gave.
     */
    Object[] values(ScoreTally scores) {
        Spread received = new Spread();
        surveys.forEach(key -> received.addAll(scores.received(key)));
        return new Object[] {people, surveys.size(), led, findings, tasksDone, tasksOnTime,
                tasksDone == 0 ? null : new Percent(tasksOnTime / (double) tasksDone), given.count(), given.mean(),
                received.mean()};
    }
}
