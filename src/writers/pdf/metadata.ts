import type PDFDocument from 'pdfkit';
import type { DocumentOptions } from 'pdfkit';
import type { StatementDocument } from '../../render/document.js';

const generator = 'privacy-statement-compiler';

/**
 * The document information. Its date is the day the statement was last amended, at midnight
 * UTC, never the clock: the same statement gives the same file on every machine and every day.
 */
export function documentInfo(doc: StatementDocument): NonNullable<DocumentOptions['info']> {
  return {
    Title: `${doc.title} · ${doc.controller}`,
    Author: doc.controller,
    Creator: generator,
    Producer: `${generator} (PDFKit)`,
    CreationDate: new Date(`${doc.lastAmended}T00:00:00Z`),
  };
}

/**
 * PDF/A-2a is tagged exactly as the PDF/UA profile, so it also declares PDF/UA-1 conformance
 * (pdfkit declares one profile per file). PDF/A accepts metadata only from schemas it knows or
 * that the file describes, so the PDF/UA identification schema comes with its description.
 */
export function declarePdfUa(pdf: PDFDocument): void {
  pdf.appendXML(`
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>
        `);
}

/**
 * The statement's version id (see lifecycle/version.ts) in the XMP metadata, as
 * `xmpMM:VersionID`: a property of XMP's own Media Management schema, which PDF/A accepts
 * without an extension schema.
 */
export function declareVersion(pdf: PDFDocument, version: string): void {
  pdf.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
            <xmpMM:VersionID>${version}</xmpMM:VersionID>
        </rdf:Description>
        `);
}
