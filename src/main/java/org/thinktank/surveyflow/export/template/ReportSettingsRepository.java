package org.thinktank.surveyflow.export.template;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thinktank.surveyflow.export.word.Logo;

/** A meeting's branding and template choice (meeting_report_settings) and its uploaded templates (report_template). */
@Repository
class ReportSettingsRepository {

    private final JdbcClient jdbc;

    ReportSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Branding branding(long meetingId) {
        return jdbc.sql("""
                        select think_tank_name, think_tank_name_en, logo, logo_format, logo_width, logo_height
                        from meeting_report_settings where meeting_id = ?""")
                .param(meetingId).query((rs, n) -> new Branding(rs.getString("think_tank_name"),
                        rs.getString("think_tank_name_en"), logo(rs)))
                .optional().orElse(Branding.NONE);
    }

    private static Logo logo(ResultSet rs) throws SQLException {
        byte[] content = rs.getBytes("logo");
        return content == null ? null
                : new Logo(content, rs.getString("logo_format"), rs.getInt("logo_width"), rs.getInt("logo_height"));
    }

    void storeNames(long meetingId, BrandingNames names) {
        jdbc.sql("""
                        insert into meeting_report_settings (meeting_id, think_tank_name, think_tank_name_en)
                        values (?, ?, ?) on conflict (meeting_id) do update
                        set think_tank_name = excluded.think_tank_name, think_tank_name_en = excluded.think_tank_name_en""")
                .params(meetingId, names.thinkTankName(), names.thinkTankNameEn()).update();
    }

    /** Stores the logo, or removes it when {@code logo} is null. */
    void storeLogo(long meetingId, Logo logo) {
        jdbc.sql("""
                        insert into meeting_report_settings (meeting_id, logo, logo_format, logo_width, logo_height)
                        values (?, ?, ?, ?, ?) on conflict (meeting_id) do update
                        set logo = excluded.logo, logo_format = excluded.logo_format,
                            logo_width = excluded.logo_width, logo_height = excluded.logo_height""")
                .params(meetingId, logo == null ? null : logo.content(), logo == null ? null : logo.format(),
                        logo == null ? null : logo.width(), logo == null ? null : logo.height())
                .update();
    }

    Optional<String> templateChoice(long meetingId) {
        return jdbc.sql("select report_template from meeting_report_settings where meeting_id = ?").param(meetingId)
                .query(String.class).optional();
    }

    void storeTemplateChoice(long meetingId, TemplateChoice choice) {
        jdbc.sql("""
                        insert into meeting_report_settings (meeting_id, report_template) values (?, ?)
                        on conflict (meeting_id) do update set report_template = excluded.report_template""")
                .params(meetingId, choice.toString()).update();
    }

    /** Stores the next version of the meeting's templates and returns its number. */
    int storeTemplate(long meetingId, String fileName, byte[] content, String uploadedBy, Instant at) {
        // the meeting row is locked so that two uploads at once cannot draw the same number
        jdbc.sql("select id from meeting where id = ? for update").param(meetingId).query(Long.class).single();
        return jdbc.sql("""
                        insert into report_template (meeting_id, version, file_name, content, uploaded_by, uploaded_at)
                        values (?, (select coalesce(max(version), 0) + 1 from report_template where meeting_id = ?),
                                ?, ?, ?, ?)
                        returning version""")
                .params(meetingId, meetingId, fileName, content, uploadedBy, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(Integer.class).single();
    }

    List<TemplateVersion> templates(long meetingId) {
        return jdbc.sql("""
                        select t.version, t.file_name, t.uploaded_by, u.display_name, t.uploaded_at
                        from report_template t join app_user u on u.username = t.uploaded_by
                        where t.meeting_id = ? order by t.version desc""")
                .param(meetingId).query((rs, n) -> new TemplateVersion(rs.getInt("version"), rs.getString("file_name"),
                        rs.getString("uploaded_by"), rs.getString("display_name"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    Optional<byte[]> templateContent(long meetingId, int version) {
        return jdbc.sql("select content from report_template where meeting_id = ? and version = ?")
                .params(meetingId, version).query((rs, n) -> rs.getBytes(1)).optional();
    }

    Optional<String> templateFileName(long meetingId, int version) {
        return jdbc.sql("select file_name from report_template where meeting_id = ? and version = ?")
                .params(meetingId, version).query(String.class).optional();
    }
}
