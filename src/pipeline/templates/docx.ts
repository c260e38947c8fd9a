/**
 * A strategy template's text (Markdown, parsed by the same parser as the
 * site) as an editable Word document: headings, paragraphs with bold,
 * italic and links, bullet and numbered lists, and tables to fill in.
 * Right-to-left paragraphs for Arabic.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipBuffers } from '../offline/zip.ts';
import type { MdNode } from './markdown.ts';

export interface DocxInput {
  title: string;
  summary: string;
  /** Parsed body. */
  tree: MdNode;
  /** BCP 47 tag of the text, e.g. "ar". */
  lang: string;
  rtl: boolean;
  /** Turns a link target into an absolute address (hub references become online URLs). */
  link: (url: string) => string;
  /** Lines under the title: source, licence, translation status. */
  notes: readonly string[];
  /** Date stamped in the document properties instead of the clock. */
  date: string;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8A8A8A' };

interface Style {
  bold?: boolean;
  italics?: boolean;
}

function inline(nodes: readonly MdNode[], input: DocxInput, style: Style = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    const run = (text: string, extra: Style = {}) => new TextRun({ text, ...style, ...extra, rightToLeft: input.rtl });
    switch (node.type) {
      case 'text':
        return [run(node.value ?? '')];
      case 'inlineCode':
        return [run(node.value ?? '', {})];
      case 'strong':
        return inline(node.children ?? [], input, { ...style, bold: true });
      case 'emphasis':
        return inline(node.children ?? [], input, { ...style, italics: true });
      case 'break':
        return [new TextRun({ text: '', break: 1 })];
      case 'link':
        return [
          new ExternalHyperlink({
            link: input.link(node.url ?? ''),
            children: inline(node.children ?? [], input, style),
          }),
        ];
      default:
        return inline(node.children ?? [], input, style);
    }
  });
}

function paragraph(children: ParagraphChild[], input: DocxInput, options: ConstructorParameters<typeof Paragraph>[0] & object = {}): Paragraph {
  return new Paragraph({ ...options, children, bidirectional: input.rtl });
}

function blocks(nodes: readonly MdNode[], input: DocxInput, lists: { next: number }): (Paragraph | Table)[] {
  return nodes.flatMap((node): (Paragraph | Table)[] => {
    switch (node.type) {
      case 'heading':
        // The document title is the only Heading 1; section headings of the text (## …) start at Heading 2.
        return [paragraph(inline(node.children ?? [], input), input, { heading: HEADINGS[Math.min(Math.max((node.depth ?? 2) - 1, 1), 5)]! })];
      case 'paragraph':
        return [paragraph(inline(node.children ?? [], input), input, { spacing: { after: 120 } })];
      case 'list': {
        const instance = lists.next++;
        return (node.children ?? []).flatMap((item) =>
          (item.children ?? []).map((child, index) =>
            paragraph(inline(child.children ?? [], input), input, {
              ...(index > 0
                ? { indent: { start: 720 } }
                : node.ordered
                  ? { numbering: { reference: 'numbered', level: 0, instance } }
                  : { bullet: { level: 0 } }),
            }),
          ),
        );
      }
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            visuallyRightToLeft: input.rtl,
            borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
            rows: (node.children ?? []).map(
              (row, rowIndex) =>
                new TableRow({
                  tableHeader: rowIndex === 0,
                  children: (row.children ?? []).map(
                    (cell) =>
                      new TableCell({
                        children: [paragraph(inline(cell.children ?? [], input, rowIndex === 0 ? { bold: true } : {}), input)],
                        margins: { top: 60, bottom: 60, left: 80, right: 80 },
                      }),
                  ),
                }),
            ),
          }),
          paragraph([], input),
        ];
      case 'blockquote':
        return blocks(node.children ?? [], input, lists);
      case 'thematicBreak':
        return [paragraph([], input, { border: { bottom: BORDER } })];
      case 'code':
        return (node.value ?? '').split('\n').map((line) => paragraph([new TextRun({ text: line, font: 'Courier New' })], input));
      default:
        return node.children ? blocks(node.children, input, lists) : [];
    }
  });
}

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELATIONSHIPS = 'word/_rels/document.xml.rels';

/**
 * docx names each hyperlink's relationship with a random id; number them in
 * the order the links appear instead, so the same text gives the same file.
 */
function numberLinkIds(files: Record<string, Uint8Array>): void {
  const document = files[DOCUMENT];
  const relationships = files[DOCUMENT_RELATIONSHIPS];
  if (!document || !relationships) return;
  let xml = strFromU8(document);
  let rels = strFromU8(relationships);
  const random = [...new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((match) => match[1]!).filter((id) => !/^rId\d+$/.test(id)))];
  const order = random.map((id) => ({ id, at: xml.indexOf(`"${id}"`) })).sort((a, b) => a.at - b.at);
  order.forEach(({ id }, index) => {
    const stable = `rIdLink${index + 1}`;
    xml = xml.replaceAll(`"${id}"`, `"${stable}"`);
    rels = rels.replaceAll(`"${id}"`, `"${stable}"`);
  });
  files[DOCUMENT] = strToU8(xml);
  files[DOCUMENT_RELATIONSHIPS] = strToU8(rels);
}

/** docx stamps the clock into its files and zip entries; stamp the content date instead, so builds repeat exactly. */
function reproducible(bytes: Uint8Array, date: string): Buffer {
  const when = `${date}T00:00:00Z`;
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${when}$2`),
    );
  }
  numberLinkIds(files);
  return zipBuffers(Object.entries(files), new Date(when));
}

export async function templateDocx(input: DocxInput): Promise<Buffer> {
  const document = new Document({
    title: input.title,
    description: input.summary,
    creator: 'IoT and Smart Sustainable Cities Resource Hub',
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei', cs: 'Arial' },
            size: 22,
            language: { value: input.lang, eastAsia: input.lang, bidirectional: input.lang },
          },
        },
      },
    },
    numbering: {
      config: [{ reference: 'numbered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [
      {
        children: [
          paragraph([new TextRun({ text: input.title, rightToLeft: input.rtl })], input, { heading: HeadingLevel.TITLE }),
          paragraph([new TextRun({ text: input.summary, italics: true, rightToLeft: input.rtl })], input, { spacing: { after: 200 } }),
          ...input.notes.map((note) => paragraph([new TextRun({ text: note, size: 18, color: '555555', rightToLeft: input.rtl })], input)),
          ...blocks((input.tree.children ?? []) as MdNode[], input, { next: 1 }),
        ],
      },
    ],
  });
  return reproducible(new Uint8Array(await Packer.toBuffer(document)), input.date);
}
