package org.thinktank.surveyflow.export.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates the XML parts of a .docx against the ECMA-376 transitional schemas that poi-ooxml-full bundles. One
 * tightening: the schema POI bundles lets run properties come in any order, but Word's strict readers (and the
 * first edition of the standard) want them in sequence, so run properties are checked as a sequence here.
 */
final class WordSchema {

    private static final String SCHEMAS = "org/apache/poi/schemas/ooxml/src/";
    private static final String MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Map<String, String> SCHEMA_OF_CONTENT_TYPE = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "wml.xsd",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", "wml.xsd",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml", "wml.xsd",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", "wml.xsd",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml", "wml.xsd",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml", "wml.xsd",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml", "wml.xsd",
            "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", "dml-chart.xsd",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            "shared-documentPropertiesExtended.xsd");

    private static final Map<String, Schema> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private WordSchema() {
    }

    /** The validation errors of every part the schemas cover, each with its part name and line; empty when valid. */
    static List<String> errors(byte[] docx) throws Exception {
        List<String> errors = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            for (PackagePart part : pkg.getParts()) {
                String schema = SCHEMA_OF_CONTENT_TYPE.get(part.getContentType());
                if (schema != null) {
                    errors.addAll(validate(part, COMPILED.computeIfAbsent(schema, WordSchema::compile)));
                }
            }
        }
        return errors;
    }

    /** The content types of the parts {@link #errors} validates. */
    static java.util.Set<String> validatedContentTypes() {
        return SCHEMA_OF_CONTENT_TYPE.keySet();
    }

    private static List<String> validate(PackagePart part, Schema schema) throws IOException, SAXException {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(part.getPartName().getName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + " "
                        + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try (InputStream in = part.getInputStream()) {
            validator.validate(new StreamSource(in));
        }
        return errors;
    }

    private static Schema compile(String name) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                LSInput input = ls.createLSInput();
                String file = systemId == null && "http://www.w3.org/XML/1998/namespace".equals(namespace) ? "xml.xsd"
                        : systemId == null ? null : systemId.substring(systemId.lastIndexOf('/') + 1);
                if (file == null) {
                    return null;
                }
                input.setByteStream(new ByteArrayInputStream(schemaText(file).getBytes(StandardCharsets.UTF_8)));
                input.setSystemId("ooxml:/" + file);
                input.setPublicId(publicId);
                return input;
            });
            return factory.newSchema(new StreamSource(new ByteArrayInputStream(schemaText(name).getBytes(StandardCharsets.UTF_8)),
                    "ooxml:/" + name));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot compile " + name, e);
        }
    }

    private static String schemaText(String file) {
        String resource = file.equals("xml.xsd") ? "ooxml/xml.xsd" : SCHEMAS + file;
        try (InputStream in = WordSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No schema " + resource + " on the test class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return file.equals("wml.xsd") ? runPropertiesInSequence(text) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String runPropertiesInSequence(String wml) {
        int start = wml.indexOf("<xsd:group name=\"EG_RPrBase\">");
        int end = wml.indexOf("</xsd:group>", start);
        String group = wml.substring(start, end)
                .replace("<xsd:choice>", "<xsd:sequence>").replace("</xsd:choice>", "</xsd:sequence>")
                .replaceAll("(<xsd:element name=\"\\w+\" type=\"\\w+\")/>", "$1 minOccurs=\"0\"/>");
        String tightened = wml.substring(0, start) + group + wml.substring(end);
        String repeated = "<xsd:group ref=\"EG_RPrBase\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>";
        if (!tightened.contains(repeated) || !wml.contains(MAIN)) {
            throw new IllegalStateException("The bundled wml.xsd changed; revisit WordSchema's tightening");
        }
        return tightened.replace(repeated, "<xsd:group ref=\"EG_RPrBase\" minOccurs=\"0\"/>");
    }
}
