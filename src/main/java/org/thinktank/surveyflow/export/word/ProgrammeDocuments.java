package org.thinktank.surveyflow.export.word;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.export.FileNames;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.programme.MeetingProgramme;
import org.thinktank.surveyflow.programme.ProgrammeReader;
import org.thinktank.surveyflow.programme.ScheduledSlot;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.UserDirectory;

/** A meeting's programme as the printed document shows it: presenters by display name and institution. */
@Service
public class ProgrammeDocuments {

    private final ProgrammeReader programmes;
    private final UserDirectory users;

    ProgrammeDocuments(ProgrammeReader programmes, UserDirectory users) {
        this.programmes = programmes;
        this.users = users;
    }

    public static String fileName(Meeting meeting) {
        return FileNames.of(meeting.code() + " " + meeting.name() + " programme", "docx");
    }

    /** The programme for an organizer. */
    public ProgrammeDocument of(Meeting meeting, Actor actor) {
        return of(programmes.of(meeting, actor));
    }

    /** The programme, whoever asks: for callers that have checked the reader is an organizer. */
    public ProgrammeDocument ofUnchecked(Meeting meeting) {
        return of(programmes.ofUnchecked(meeting));
    }

    private ProgrammeDocument of(MeetingProgramme programme) {
        Set<String> presenters = new HashSet<>();
        programme.slots().forEach(slot -> presenters.add(slot.presentation().presenter()));
        Map<String, AppUser> people = users.findAll(presenters).stream()
                .collect(Collectors.toMap(AppUser::username, Function.identity()));
        Meeting meeting = programme.meeting();
        return new ProgrammeDocument(meeting.code(), meeting.name(), meeting.city(), programme.sessions().stream()
                .map(session -> new ProgrammeDocument.SessionBlock(session.session().name(), session.session().nameEn(),
                        session.session().heldOn(), session.session().startsAt(), session.session().endsAt(),
                        session.session().room(), session.slots().stream().map(slot -> item(slot, people)).toList()))
                .toList());
    }

    private static ProgrammeDocument.Item item(ScheduledSlot slot, Map<String, AppUser> people) {
        AppUser presenter = people.get(slot.presentation().presenter());
        Person person = presenter == null ? new Person(slot.presentation().presenter(), null)
                : new Person(presenter.displayName(), presenter.institution());
        return new ProgrammeDocument.Item(slot.presentation().startsAt(), slot.presentation().endsAt(),
                slot.survey().topic(), slot.survey().topicEn(), person);
    }
}
