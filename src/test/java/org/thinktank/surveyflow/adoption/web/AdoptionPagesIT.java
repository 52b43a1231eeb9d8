package org.thinktank.surveyflow.adoption.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.thinktank.surveyflow.adoption.AdoptionRecords;
import org.thinktank.surveyflow.adoption.AdoptionStep;
import org.thinktank.surveyflow.adoption.InstructionLevel;
import org.thinktank.surveyflow.adoption.MeetingFollowUps;
import org.thinktank.surveyflow.adoption.StepForm;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Meetings;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/** The adoption pages in Chinese: an investigation's recommendations and their steps, and the meeting's dashboard. */
@IntegrationTest
class AdoptionPagesIT {

    private static final String TWO_ITEMS = "1. 加快建设区域创新中心\n2. 完善人才政策\n";

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    AdoptionRecords records;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Meetings meetings;
    @Autowired
    MeetingFollowUps followUps;

    private ResultActions open(String path, String username) throws Exception {
        return pages.mvc().perform(get(path).header("Accept-Language", "zh-CN").with(pages.as(username)));
    }

    private long first(Survey survey) {
        return records.of(survey.id(), Surveys.ORGANIZER).get(0).id();
    }

    private long stepCount() {
        return jdbc.sql("select count(*) from adoption_step").query(Long.class).single();
    }

    @Test
    void theInvestigationPageLinksToTheAdoptionPageOnceTheReportIsApproved() throws Exception {
        Survey survey = surveys.publishedWith(TWO_ITEMS);

        open("/surveys/" + survey.id(), "li.wei").andExpect(status().isOk())
                .andExpect(content().string(containsString("成果采纳")))
                .andExpect(content().string(containsString("/surveys/" + survey.id() + "/adoption")));
    }

    @Test
    void theAdoptionPageShowsEachRecommendationWithItsStepsInChinese() throws Exception {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        records.record(survey.id(), first(survey), Surveys.LEAD, new StepForm(AdoptionStep.Kind.INSTRUCTION,
                calendar.today(), null, "某副省长", InstructionLevel.PROVINCIAL,
                "请省科技厅研究落实。", null, null), Optional.empty());

        open("/surveys/" + survey.id() + "/adoption", "wang.fang").andExpect(status().isOk())
                .andExpect(content().string(containsString("加快建设区域创新中心")))
                .andExpect(content().string(containsString("已获批示")))
                .andExpect(content().string(containsString("获得批示")))
                .andExpect(content().string(containsString("(省部级)")))
                .andExpect(content().string(containsString("尚未报送")))
                .andExpect(content().string(not(containsString(">PROVINCIAL<"))))
                .andExpect(content().string(not(containsString("step-form-"))));
    }

    @Test
    void theLeadRecordsAnInstructionWithItsScanFromThePage() throws Exception {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        long id = first(survey);
        MockMultipartFile scan = new MockMultipartFile("attachment", "批示.pdf", "application/pdf",
                "%PDF-1.4 scan".getBytes());

        pages.mvc().perform(multipart("/surveys/" + survey.id() + "/adoption/" + id + "/steps").file(scan)
                        .param("kind", "INSTRUCTION").param("on", calendar.today().toString()).param("by", "某部长")
                        .param("level", "CENTRAL").param("text", "此建议很好。")
                        .header("Accept-Language", "zh-CN").with(csrf()).with(pages.as("li.wei")))
                .andExpect(status().isFound());

        long stepId = records.of(survey.id(), Surveys.LEAD).get(0).steps().get(0).id();
        byte[] served = open("/surveys/" + survey.id() + "/adoption/" + id + "/steps/" + stepId + "/attachment",
                "organizer").andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo("%PDF-1.4 scan".getBytes());
    }

    @Test
    void aBadLinkFromThePageIsRefusedOnTheSamePageAndNothingIsWritten() throws Exception {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        long id = first(survey);
        long before = stepCount();

        pages.mvc().perform(multipart("/surveys/" + survey.id() + "/adoption/" + id + "/steps")
                        .param("kind", "ADOPTED").param("on", calendar.today().toString()).param("document", "某文件")
                        .param("link", "ftp://example.org/x").header("Accept-Language", "zh-CN").with(csrf())
                        .with(pages.as("organizer")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("链接必须是以 http:// 或 https:// 开头的网址")));

        assertThat(stepCount()).isEqualTo(before);
    }

    @Test
    void theMeetingsAdoptionDashboardShowsTheFiguresInChineseToOrganizersOnly() throws Exception {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        records.record(survey.id(), first(survey), Surveys.LEAD, new StepForm(AdoptionStep.Kind.ADOPTED,
                calendar.today(), null, null, null, null, "关于加快区域创新中心建设的若干措施", null), Optional.empty());
        String dashboard = "/meetings/" + survey.meetingId() + "/adoption";

        open(dashboard, "organizer").andExpect(status().isOk())
                .andExpect(content().string(containsString("采纳率")))
                .andExpect(content().string(containsString("各调研的建议数")))
                .andExpect(content().string(containsString("data-survey=\"" + survey.businessKey() + "\"")))
                .andExpect(content().string(containsString("采纳入政策文件")))
                .andExpect(content().string(containsString("第 1 条：加快建设区域创新中心")));
        open(dashboard, "li.wei").andExpect(status().isForbidden());
    }

    @Test
    void anOrganizerSetsTheMeetingsFollowUpMonthsAndMonthsOutOfOrderAreRefused() throws Exception {
        Meeting meeting = meetings.opening(LocalDate.of(2031, 3, 1));
        String path = "/meetings/" + meeting.id() + "/follow-up";

        pages.mvc().perform(post(path).param("months", "6, 3").header("Accept-Language", "zh-CN").with(csrf())
                        .with(pages.as("organizer")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("跟踪月份须从小到大排列")));
        assertThat(followUps.of(meeting.id()).own()).isFalse();

        pages.mvc().perform(post(path).param("months", "3，6，12").header("Accept-Language", "zh-CN").with(csrf())
                .with(pages.as("organizer"))).andExpect(status().isFound());
        assertThat(followUps.of(meeting.id()).months()).containsExactly(3, 6, 12);
    }
}
