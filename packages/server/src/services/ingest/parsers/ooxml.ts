import { XMLParser } from 'fast-xml-parser';

/** A node of fast-xml-parser's ordered output: one tag name mapping to its children, plus attributes. */
export type XmlNode = { [tag: string]: XmlNode[] | string } & { ':@'?: Record<string, string> };

// Ordered output keeps shapes and runs in document order; entity expansion stays within the
// library's default caps, so a "billion laughs" part cannot blow up.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

export const parseXml = (xml: string): XmlNode[] => parser.parse(xml) as XmlNode[];

export const tagName = (node: XmlNode): string => Object.keys(node).find((key) => key !== ':@') ?? '';

export function childNodes(node: XmlNode): XmlNode[] {
  const value = node[tagName(node)];
  return Array.isArray(value) ? value : [];
}

export const attribute = (node: XmlNode, name: string): string | undefined => node[':@']?.[name];

/** Every descendant (depth first, in order) whose tag is one of `names`, not descending into matches. */
export function findAll(nodes: XmlNode[], ...names: string[]): XmlNode[] {
  const found: XmlNode[] = [];
  for (const node of nodes) {
    if (names.includes(tagName(node))) found.push(node);
    else found.push(...findAll(childNodes(node), ...names));
  }
  return found;
}

/** The text of DrawingML runs under a node: `a:t` text, `a:br` as a line break. */
export function drawingText(nodes: XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    const tag = tagName(node);
    if (tag === '#text') text += String(node['#text']);
    else if (tag === 'a:br') text += '\n';
    else text += drawingText(childNodes(node));
  }
  return text;
}
