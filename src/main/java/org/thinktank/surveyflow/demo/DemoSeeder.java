package org.thinktank.surveyflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.FindingForm;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.meeting.NewMeeting;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.NewUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserAccounts;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Seeds the demo on start-up, once: a user of every role (password {@value #PASSWORD}), the demo meeting, and its
 * first investigation with its survey plan approved and the lead's and a teammate's findings as drafts. Due dates count from today.
 */
@Component
@ConditionalOnProperty(name = "surveyflow.demo.enabled", havingValue = "true")
class DemoSeeder {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final ObjectMapper objectMapper;
    private final UserAccounts accounts;
    private final UserDirectory users;
    private final MeetingCatalog meetings;
    private final SurveyRegistry surveys;
    private final FindingsBook findings;
    private final WorkCalendar calendar;
    private final TransactionTemplate transaction;
    private final DemoPlans plans;

    DemoSeeder(ObjectMapper objectMapper, UserAccounts accounts, UserDirectory users, MeetingCatalog meetings,
               SurveyRegistry surveys, FindingsBook findings, WorkCalendar calendar, TransactionTemplate transaction,
               DemoPlans plans) {
        this.plans = plans;
        this.objectMapper = objectMapper;
        this.accounts = accounts;
        this.users = users;
        this.meetings = meetings;
        this.surveys = surveys;
        this.findings = findings;
        this.calendar = calendar;
        this.transaction = transaction;
    }

    /** After the first admin is created from its secret, if one is set: an existing account is left as it is. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void seed() throws IOException {
        DemoMeeting demo = read();
        transaction.executeWithoutResult(status -> {
            seedUsers(demo);
            Meeting meeting = meetings.findByCode(demo.meeting().code()).orElseGet(() -> seedMeeting(demo));
            if (surveys.ofMeetingUnchecked(meeting.id()).isEmpty()) {
                seedSurvey(meeting, demo.surveys().get(0));
            }
        });
    }

    private DemoMeeting read() throws IOException {
        try (InputStream in = new ClassPathResource("demo/demo-meeting.json").getInputStream()) {
            return objectMapper.readValue(in, DemoMeeting.class);
        }
    }

    private void seedUsers(DemoMeeting demo) {
        Map<String, DemoMeeting.Institution> institutions = demo.institutions().stream()
                .collect(Collectors.toMap(DemoMeeting.Institution::code, Function.identity()));
        for (DemoMeeting.Person person : demo.people()) {
            if (!users.exists(person.username())) {
                DemoMeeting.Institution institution = institutions.get(person.institution());
                accounts.createDemoAccount(new NewUser(person.username(), person.name(), person.username() + "@thinktank.example",
                        institution.nameZh() + " " + institution.nameEn(), Role.valueOf(person.role()), PASSWORD));
            }
        }
    }

    private Meeting seedMeeting(DemoMeeting demo) {
        DemoMeeting.Meeting meeting = demo.meeting();
        return meetings.create(new NewMeeting(meeting.code(), meeting.nameZh(), meeting.cityZh(),
                calendar.today().plusDays(90), meeting.themeZh()), organizer(demo));
    }

    private void seedSurvey(Meeting meeting, DemoMeeting.DemoSurvey demoSurvey) {
        LocalDate today = calendar.today();
        Survey survey = surveys.launch(new LaunchRequest(meeting.code(), demoSurvey.topicZh(), demoSurvey.topicEn(),
                demoSurvey.regionZh(), demoSurvey.lead(), demoSurvey.team(), demoSurvey.reviewers(),
                today.plusDays(7), today.plusDays(14), today.plusDays(35), today.plusDays(49), today.plusDays(56), null,
                null, null),
                organizer(null));
        plans.approve(survey, demoSurvey.plan(), organizer(null));
        for (DemoMeeting.DemoFinding finding : demoSurvey.findings()) {
            List<Figure> figures = finding.figures().stream()
                    .map(f -> new Figure(f.nameZh(), f.value(), f.unit())).toList();
            findings.add(survey.id(), new Actor(finding.by(), Role.RESEARCHER), new FindingForm(finding.titleZh(),
                    FieldMethod.valueOf(finding.method()), finding.placeZh(), today.minusDays(3), finding.summaryZh(),
                    finding.recommendationZh(), null, figures));
        }
        log.info("Seeded demo investigation {} ({})", survey.businessKey(), survey.topic());
    }

    private static Actor organizer(DemoMeeting demo) {
        return new Actor("organizer", Role.ORGANIZER);
    }
}
