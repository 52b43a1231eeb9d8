package org.thinktank.surveyflow.findings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AttachmentRepository {

    private static final String COLUMNS = "id, finding_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at";
    private static final RowMapper<Attachment> ATTACHMENT = (rs, n) -> new Attachment(rs.getLong("id"),
            rs.getLong("finding_id"), rs.getString("file_name"), rs.getString("content_type"),
            rs.getLong("size_bytes"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a file with its content and returns it as stored, without the content. */
    Attachment insert(long findingId, String fileName, String contentType, byte[] content, String uploadedBy,
                      Instant uploadedAt) {
        long id = jdbc.sql("""
                insert into finding_attachment (finding_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(findingId, fileName, contentType, content.length, content, uploadedBy, Timestamp.from(uploadedAt))
                .query(Long.class).single();
        return jdbc.sql("select " + COLUMNS + " from finding_attachment where id = ?").param(id).query(ATTACHMENT).single();
    }

    /** The attachments of the given findings, without their content. */
    List<Attachment> ofFindings(Collection<Long> findingIds) {
        if (findingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from finding_attachment where finding_id in (:ids) order by id")
                .param("ids", findingIds).query(ATTACHMENT).list();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from finding_attachment where id = ?").param(id).query(byte[].class).single();
    }
}
