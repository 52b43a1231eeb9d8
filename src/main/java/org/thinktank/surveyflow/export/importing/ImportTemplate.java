package org.thinktank.surveyflow.export.importing;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty investigations sheet organizers fill in to import: the header row names every column the import
 * reads, the due-date columns are formatted as dates, and a Help sheet explains each column.
 */
final class ImportTemplate {

    static final String FILE_NAME = "investigations-import-template.xlsx";

    private static final String[][] HELP = {
            {"meetingCode", "会议代码 Code of an existing meeting, e.g. AM21"},
            {"topic", "调研主题 Topic of the investigation"},
            {"region", "调研地区 Region surveyed"},
            {"lead", "负责人 Username of the lead researcher"},
            {"team", "团队 Usernames of the other researchers, comma-separated"},
            {"reviewers", "评审人 Usernames of the reviewers, comma-separated"},
            {"findingsDue", "发现截止 Date cell or yyyy-mm-dd"},
            {"draftDue", "初稿截止 Date cell or yyyy-mm-dd, not before findingsDue"},
            {"reviewDue", "评审截止 Date cell or yyyy-mm-dd, not before draftDue"},
            {"approvalDue", "批准截止 Date cell or yyyy-mm-dd, not before reviewDue"},
            {"topicEn", "英文题目 Optional: the topic in English, for the bilingual title of the study report"},
            {"conflictOverride", "利益冲突说明 Optional: why a reviewer from the lead's or team's institution is assigned"
                    + " anyway; recorded in the audit trail"},
            {"planDue", "调研方案截止 Optional: date cell or yyyy-mm-dd, not after findingsDue, by which the survey plan is"
                    + " approved; empty, the plan is due with the findings"}};

    private ImportTemplate() {
    }

    static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Sheet surveys = workbook.createSheet("Investigations");
            Row names = surveys.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                int index = column.ordinal();
                names.createCell(index).setCellValue(column.header());
                names.getCell(index).setCellStyle(header);
                surveys.setColumnWidth(index, 18 * 256);
                if (column.header().endsWith("Due")) {
                    surveys.setDefaultColumnStyle(index, date);
                }
            }
            surveys.createFreezePane(0, 1);

            Sheet help = workbook.createSheet("Help");
            for (int i = 0; i < HELP.length; i++) {
                Row row = help.createRow(i);
                row.createCell(0).setCellValue(HELP[i][0]);
                row.createCell(1).setCellValue(HELP[i][1]);
            }
            help.setColumnWidth(0, 16 * 256);
            help.setColumnWidth(1, 70 * 256);
            workbook.write(out);
        }
    }
}
