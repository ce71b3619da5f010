import { parseHTML } from 'linkedom';

/**
 * The little of the DOM the walkers use. linkedom's own types describe a whole browser window; this
 * keeps the parsers honest about what they touch and free of DOM lib typings.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

export interface DomDocument {
  title: string;
  body: DomNode | null;
  documentElement: DomNode;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** Parses markup into a detached document; scripts never run and nothing is fetched. */
export function parseHtmlDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

export const tagOf = (node: DomNode) => node.nodeName.toLowerCase();

export const childrenOf = (node: DomNode): DomNode[] => Array.from(node.childNodes);

/** A stand-in parent for some nodes, so a walker can treat a selection of children as one element. */
export const fragment = (children: DomNode[]): DomNode => ({
  nodeType: 11,
  nodeName: '#document-fragment',
  textContent: null,
  childNodes: children,
});
