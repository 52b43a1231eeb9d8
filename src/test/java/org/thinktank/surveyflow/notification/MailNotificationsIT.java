package org.thinktank.surveyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;

/**
 * With a mail server configured, every notice is also mailed to the recipient's address after its transaction
 * commits. GreenMail is a real SMTP server on loopback. This test has its own application context (mail
 * properties, its own embedded database), which costs one more application start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.host=127.0.0.1",
        "surveyflow.mail.from=survey-workflow@thinktank.example",
        "surveyflow.embedded-database.data-directory=target/test-postgres/mail-data"})
@ActiveProfiles("test")
@DirtiesContext // closes this extra context (and its database) once its tests ran
class MailNotificationsIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    Surveys surveys;
    @Autowired
    Processes processes;

    private List<MimeMessage> mailsAbout(Survey survey, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> subjectOf(mail).startsWith("[" + survey.businessKey() + "]")
                        && subjectOf(mail).contains(subjectPart))
                .toList();
    }

    /** The text as its reader reads it, whatever transfer encoding the mail went out in. */
    private static String bodyOf(MimeMessage mail) throws Exception {
        return (String) mail.getContent();
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> recipientsOf(List<MimeMessage> mails) throws Exception {
        List<String> recipients = new java.util.ArrayList<>();
        for (MimeMessage mail : mails) {
            Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).forEach(recipients::add);
        }
        return recipients.stream().sorted().toList();
    }

    @Test
    void eachResearcherGetsAnAssignmentMailWhenAnInvestigationIsLaunched() throws Exception {
        Survey survey = surveys.launch();

        List<MimeMessage> mails = mailsAbout(survey, "New task: Submit findings");
        assertThat(recipientsOf(mails)).containsExactly("li.wei@thinktank.example", "wang.fang@thinktank.example");
        assertThat(bodyOf(mails.get(0))).contains("Submit findings");
        assertThat(mails.get(0).getFrom()[0].toString()).isEqualTo("survey-workflow@thinktank.example");
        assertThat(subjectOf(mails.get(0))).contains("新任务");
    }

    @Test
    void theDueDateOfAnAssignmentReadsAsEachLanguageWritesDates() throws Exception {
        Survey survey = surveys.launch();
        LocalDate due = survey.dueDates().findings();

        String body = bodyOf(mailsAbout(survey, "New task: Submit findings").get(0));

        assertThat(body).contains("（截止日期 " + due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日）",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(due));
    }

    @Test
    void theReminderIsMailedToWhoeverHasNotSubmittedYet() throws Exception {
        Survey survey = surveys.launch();
        surveys.submitFindings(survey, Surveys.LEAD);

        processes.runTimer(survey, "findingsReminderTimer");

        List<MimeMessage> mails = mailsAbout(survey, "Due soon");
        assertThat(recipientsOf(mails)).containsExactly("wang.fang@thinktank.example");
        assertThat(bodyOf(mails.get(0))).contains("is due soon");
    }

    @Test
    void anEscalationIsMailedToEveryOrganizerNamingWhoHoldsTheTask() throws Exception {
        Survey survey = surveys.launch();

        processes.runTimer(survey, "findingsOverdueTimer");

        List<MimeMessage> mails = mailsAbout(survey, "Overdue");
        assertThat(recipientsOf(mails)).containsExactly("organizer2@thinktank.example", "organizer@thinktank.example");
        assertThat(bodyOf(mails.get(0))).contains("已逾期", "is overdue", "Li Wei 李伟", "Wang Fang 王芳");
    }
}
