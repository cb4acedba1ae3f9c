/**
 * A parse5 TreeAdapter that builds linkedom nodes directly, so one spec-compliant
 * parse yields the DOM the rest of maqal queries (no re-serialisation, no second parse).
 *
 * linkedom keeps a document as one doubly linked list in document order
 * (element → its attributes → its children → its END marker). parse5 appends almost
 * everything at the end of the current node, so the fast path links nodes in place
 * with no child-list scans; the rare tree surgery of the HTML algorithm (foster
 * parenting, adoption agency) goes through linkedom's own DOM methods.
 */
import { DOMParser, parseHTML } from 'linkedom';
import type { DefaultTreeAdapterMap, TreeAdapter, Token } from 'parse5';
import { html as parse5Html } from 'parse5';

type AnyNode = any; // linkedom's classes are not typed for internal use

const probe = parseHTML('<p a="b">t</p>').document;
const probeEl = probe.querySelector('p') as AnyNode;
const symbolNamed = (obj: object, name: string): symbol => {
  const found = Object.getOwnPropertySymbols(obj).find((s) => s.description === name);
  if (!found) throw new Error(`linkedom internals changed: no ${name} symbol`);
  return found;
};
/** linkedom's private links, shared with ./dom.ts for fast iterative walks. */
export const NEXT = symbolNamed(probeEl, 'next');
export const PREV = symbolNamed(probeEl, 'prev');
export const END = symbolNamed(probeEl, 'end');
export const VALUE = symbolNamed(probeEl.getAttributeNode('a'), 'value');
const CONTENT = symbolNamed(probe.createElement('template'), 'content');
const PRIVATE = symbolNamed(probeEl, 'private');
const CLASS_LIST = symbolNamed(probeEl, 'classList');
const DATASET = symbolNamed(probeEl, 'dataset');
const STYLE = symbolNamed(probeEl, 'style');
export const START = symbolNamed(probeEl[END], 'start');
/**
 * An element's document position, set by the element index (`parse/element-index`). The slot is
 * made with the element: a property added afterwards would give every element a new hidden class
 * and a separate property array.
 */
export const ORDER = Symbol('maqal.order');
const CHANGED = symbolNamed(probeEl.getAttributeNode('a'), 'changed');
const TEXT_PROTO = Object.getPrototypeOf(probe.createTextNode(''));
const COMMENT_PROTO = Object.getPrototypeOf(probe.createComment(''));
const COMMENT_NAME = (probe.createComment('') as AnyNode).localName as string;
const probeDoctype = parseHTML('<!DOCTYPE html><html></html>').document.doctype as AnyNode;
const DOCTYPE_PROTO = Object.getPrototypeOf(probeDoctype);
const DOCTYPE_LOCAL_NAME: string = probeDoctype.localName;
const ATTR_PROTO = Object.getPrototypeOf(probe.createAttribute('a'));
const NODE_END = -1;

/**
 * linkedom's Node constructor registers every node (attributes and text included) in a
 * WeakMap for event listeners, which costs more than parsing itself. maqal never
 * dispatches events, so nodes are made from their prototypes with the same own fields
 * the constructors set. Classes whose constructors do more keep their constructor.
 */
const NEEDS_CONSTRUCTOR = new Set(['template', 'style', 'canvas']);
/** An element kind: its prototype, its tag name as one shared, internalised string, and a maker. */
interface Kind {
  proto: object;
  name: string;
  make: ElementMaker;
}

type ElementMaker = new (doc: AnyNode, name: string) => AnyNode;

/**
 * A constructor per element kind, sharing one body, whose `prototype` is linkedom's prototype for
 * the tag: the element is exactly what `Object.create(proto)` plus the same own fields gives (same
 * prototype chain, `instanceof`, `constructor`), but V8 sizes the object for all its fields at
 * once. `Object.create` objects hold 4 fields in the object and the other 7 in a separate
 * property array that grows (and is copied) twice per element, and every read of those 7 by the
 * walks goes through it.
 */
function elementMaker(proto: object): ElementMaker {
  function Element(this: AnyNode, doc: AnyNode, name: string): void {
    this.ownerDocument = doc;
    this.localName = name;
    this.nodeType = ELEMENT_NODE;
    this.parentNode = null;
    this[PREV] = null;
    this[PRIVATE] = null;
    this[CLASS_LIST] = null;
    this[DATASET] = null;
    this[STYLE] = null;
    this[ORDER] = -1;
    this[NEXT] = this[END] = new ElementEnd(this, doc);
  }
  Element.prototype = proto;
  return Element as unknown as ElementMaker;
}
const kinds = new Map<string, Kind>();

/**
 * The tokenizer spells every tag name afresh, character by character. Every element of a kind
 * gets one shared tag string instead, internalised like a source literal: the extractor's many
 * `tag === 'p'` and `BLOCK_TAGS.has(tag)` tests then compare pointers, and a page holds one
 * copy of `div`, not thousands.
 */
const internalise = (s: string): string => Object.keys({ [s]: 0 })[0]!;

function kindOf(tag: string): Kind {
  let kind = kinds.get(tag);
  if (!kind) {
    const proto = Object.getPrototypeOf(probe.createElement(tag)) as object;
    kind = { proto, name: internalise(tag), make: elementMaker(proto) };
    // Bounded: custom element names are unbounded across pages (a pure cache; cleared when full).
    if (kinds.size >= 5000) kinds.clear();
    kinds.set(tag, kind);
  }
  return kind;
}

/**
 * An element's END marker, with the own fields linkedom's constructor gives it. A class, not an
 * object literal: V8 counts how many objects of each literal survive a minor GC and, past a
 * ratio, allocates that literal's objects straight in the old generation from then on. Markers
 * live as long as their page, so a GC during a large page could tip the literal over; dead old
 * markers then pointed into each later page's young tree, so every tree survived the minor GCs
 * and was promoted (about one process in five: GC time ×5 for the rest of its life).
 * Objects made by `new` are never pretenured this way.
 */
class ElementEnd {
  constructor(el: AnyNode, doc: AnyNode) {
    const self = this as AnyNode;
    self[NEXT] = null;
    self[PREV] = el;
    self[START] = el;
    self.nodeType = NODE_END;
    self.ownerDocument = doc;
    self.parentNode = null;
  }
}

const ELEMENT_NODE = 1;
const ATTRIBUTE_NODE = 2;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

type CharacterDataMaker = new (doc: AnyNode, data: string) => AnyNode;

/** Text and comment nodes the same way as elements (see `elementMaker`): own fields in the object. */
function characterDataMaker(proto: object, localName: string, nodeType: number): CharacterDataMaker {
  function CharacterData(this: AnyNode, doc: AnyNode, data: string): void {
    this.ownerDocument = doc;
    this.localName = localName;
    this.nodeType = nodeType;
    this.parentNode = null;
    this[NEXT] = null;
    this[PREV] = null;
    this[VALUE] = data;
  }
  CharacterData.prototype = proto;
  return CharacterData as unknown as CharacterDataMaker;
}
const TextNode = characterDataMaker(TEXT_PROTO, '#text', TEXT_NODE);

type AttrMaker = new (doc: AnyNode, name: string, value: string, owner: AnyNode) => AnyNode;

/**
 * Attribute nodes the same way (see `elementMaker`): a page has more attributes than elements, and an
 * `Object.create` attribute held six of its ten fields in a property array grown twice per attribute.
 */
const AttrNode = function Attr(this: AnyNode, doc: AnyNode, name: string, value: string, owner: AnyNode): void {
  this.ownerDocument = doc;
  this.localName = name;
  this.nodeType = ATTRIBUTE_NODE;
  this.parentNode = null;
  this[NEXT] = null;
  this[PREV] = null;
  this.ownerElement = owner;
  this.name = name;
  this[VALUE] = value;
  this[CHANGED] = false;
} as unknown as AttrMaker;
AttrNode.prototype = ATTR_PROTO;
const CommentNode = characterDataMaker(COMMENT_PROTO, COMMENT_NAME, COMMENT_NODE);
const DOCUMENT_TYPE_NODE = 10;
const NS_HTML = parse5Html.NS.HTML;

/** The node whose NEXT is where a new last child of `parent` goes. */
const lastOf = (parent: AnyNode): AnyNode => parent[END][PREV];
const endOf = (node: AnyNode): AnyNode => (node.nodeType === ELEMENT_NODE ? node[END] : node);

function linkBefore(parent: AnyNode, node: AnyNode, before: AnyNode): void {
  const prev = before[PREV];
  const last = endOf(node);
  prev[NEXT] = node;
  node[PREV] = prev;
  last[NEXT] = before;
  before[PREV] = last;
  node.parentNode = parent;
}

function unlink(node: AnyNode): void {
  const prev = node[PREV];
  const next = endOf(node)[NEXT];
  if (prev) prev[NEXT] = next;
  if (next) next[PREV] = prev;
  node[PREV] = null;
  endOf(node)[NEXT] = null;
  node.parentNode = null;
}

/**
 * Sees the tree being built, so a caller can index it without walking it afterwards.
 * Elements and text nodes are reported as they are created, which is document order
 * until the HTML algorithm rearranges nodes (misnested tags, foster parenting) or fills a
 * `<template>` — then `rearranged` is called and the caller should walk the tree instead.
 */
export interface ParseObserver {
  /** A new element, with its attributes as written (names lower-cased, first of duplicates kept). */
  element(el: Element, tagName: string, namespaceURI: string, attrs: readonly Token.Attribute[]): void;
  /** A new text node (more text may still be appended to it). */
  text(node: Text): void;
  /**
   * The text node last reported by `text` is complete, and this is its text. Called before the
   * next text node is reported, and for the last one when the document is finished — so a caller
   * can read each text while it is still in the cache instead of walking all of them afterwards.
   */
  textComplete(node: Text, data: string): void;
  /** Nodes were moved, detached or put in a template: the reported order is not document order. */
  rearranged(): void;
  /** A repeated `<html>`/`<body>` start tag gave an element attributes it did not have. */
  adopted(el: Element, attrs: readonly Token.Attribute[]): void;
}

/** Build the adapter for one document (it closes over that document's factory). */
export function createLinkedomTreeAdapter(observer?: ParseObserver): TreeAdapter<DefaultTreeAdapterMap> & { document(): AnyNode } {
  // Not parseHTML(''): it reads `defaultView`, which files the document in linkedom's
  // module-level WeakMap with a Proxy whose handler closes over the document. V8's young-
  // generation collector keeps such an entry's value alive, so every page's whole tree
  // survived the minor GCs and was copied into the old space (≈ 0.5 MB a page, ~40% of the
  // parse's time in pauses). Without that entry a finished page dies young, as parse5's own
  // tree does. (`defaultView` still works; it is created when first asked for.)
  const doc: AnyNode = new DOMParser().parseFromString('', 'text/html');
  // An empty document may still hold nodes; start from an empty list.
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  const docMode = { mode: 'no-quirks' as string };

  const newText = (data: string): AnyNode => new TextNode(doc, data);

  // parse5 asks for the namespace of the current element at nearly every token; linkedom answers
  // through a getter on each tag's own prototype (a megamorphic lookup). Only SVG and MathML
  // elements are not HTML, and the parser made each of them here.
  const foreign = new Set<AnyNode>();

  const newElement = (tag: string, ns: string): AnyNode => {
    if (ns !== NS_HTML) {
      const el = doc.createElementNS(ns, tag);
      // linkedom knows SVG but makes MathML elements HTML ones: they keep the namespace the parser gave.
      if (el.namespaceURI !== ns) Object.defineProperty(el, 'namespaceURI', { value: ns, configurable: true });
      foreign.add(el);
      return el;
    }
    if (NEEDS_CONSTRUCTOR.has(tag)) return doc.createElement(tag);
    const kind = kindOf(tag);
    return new kind.make(doc, kind.name);
  };

  // parse5 hands a paragraph's text over word by word (a run of letters, then one of spaces);
  // `+=` would build a rope of hundreds of pieces that V8 flattens on first read. The pieces
  // of the text node being written are joined once, when the parser moves on.
  let pendingNode: AnyNode = null;
  let pieces: string[] | null = null;
  const settleText = (): void => {
    if (!pendingNode) return;
    if (pieces) pendingNode[VALUE] = pieces.join('');
    if (observer) observer.textComplete(pendingNode, pendingNode[VALUE]);
    pendingNode = null;
    pieces = null;
  };

  const adapter: AnyNode = {
    document: () => {
      settleText();
      return doc;
    },
    createDocument: () => doc,
    createDocumentFragment: () => doc.createDocumentFragment(),
    createElement(tagName: string, namespaceURI: string, attrs: Token.Attribute[]) {
      const el = newElement(tagName, namespaceURI);
      const end = el[END];
      for (let i = 0; i < attrs.length; i++) {
        const a = attrs[i]!;
        const attr = new AttrNode(doc, a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value, el);
        const prev = end[PREV];
        prev[NEXT] = attr;
        attr[PREV] = prev;
        attr[NEXT] = end;
        end[PREV] = attr;
      }
      if (observer) observer.element(el, tagName, namespaceURI, attrs);
      return el;
    },
    createCommentNode: (data: string) => new CommentNode(doc, data),
    createTextNode: (value: string) => newText(value),
    appendChild(parent: AnyNode, node: AnyNode) {
      if (node.parentNode) {
        observer?.rearranged();
        unlink(node);
      }
      linkBefore(parent, node, parent[END]);
    },
    insertBefore(parent: AnyNode, node: AnyNode, ref: AnyNode) {
      observer?.rearranged();
      if (node.parentNode) unlink(node);
      linkBefore(parent, node, ref);
    },
    setTemplateContent() {
      /* linkedom's template owns its content fragment already */
    },
    getTemplateContent: (template: AnyNode) => {
      observer?.rearranged();
      return template[CONTENT];
    },
    setDocumentType(document: AnyNode, name: string, publicId: string, systemId: string) {
      const dt = Object.create(DOCTYPE_PROTO);
      dt.ownerDocument = document;
      dt.localName = DOCTYPE_LOCAL_NAME;
      dt.nodeType = DOCUMENT_TYPE_NODE;
      dt.parentNode = null;
      dt.name = name;
      dt.publicId = publicId;
      dt.systemId = systemId;
      dt[NEXT] = null;
      dt[PREV] = null;
      // The doctype goes after any comments already at the top, where parse5 says.
      linkBefore(document, dt, document[END]);
    },
    setDocumentMode: (_d: AnyNode, mode: string) => {
      docMode.mode = mode;
    },
    getDocumentMode: () => docMode.mode,
    detachNode(node: AnyNode) {
      observer?.rearranged();
      if (node.parentNode) unlink(node);
    },
    insertText(parent: AnyNode, text: string) {
      const last = lastOf(parent);
      if (last === pendingNode) {
        if (pieces) pieces.push(text);
        else pieces = [last[VALUE], text];
      } else if (last.nodeType === TEXT_NODE && last.parentNode === parent) {
        // Text added to a node already reported complete: only after nodes were moved.
        observer?.rearranged();
        last[VALUE] += text;
      } else {
        settleText();
        const node = newText(text);
        pendingNode = node;
        linkBefore(parent, node, parent[END]);
        if (observer) observer.text(node);
      }
    },
    insertTextBefore(parent: AnyNode, text: string, ref: AnyNode) {
      observer?.rearranged();
      settleText();
      const prev = ref[PREV];
      if (prev && prev.nodeType === TEXT_NODE && prev.parentNode === parent) prev[VALUE] += text;
      else linkBefore(parent, newText(text), ref);
    },
    adoptAttributes(recipient: AnyNode, attrs: Token.Attribute[]) {
      const added = attrs.filter((a) => !recipient.hasAttribute(a.name));
      for (const a of added) recipient.setAttribute(a.name, a.value);
      if (added.length) observer?.adopted(recipient, added);
    },
    getFirstChild: (node: AnyNode) => node.firstChild,
    getChildNodes: (node: AnyNode) => node.childNodes,
    getParentNode: (node: AnyNode) => node.parentNode,
    getAttrList: (el: AnyNode) =>
      Array.from(el.attributes as ArrayLike<AnyNode>, (a) => ({ name: a.name, value: a.value })),
    getTagName: (el: AnyNode) => el.localName,
    getNamespaceURI: (el: AnyNode) => (foreign.size !== 0 && foreign.has(el) ? el.namespaceURI : NS_HTML),
    getTextNodeContent: (node: AnyNode) => node[VALUE],
    getCommentNodeContent: (node: AnyNode) => node[VALUE],
    getDocumentTypeNodeName: (node: AnyNode) => node.name,
    getDocumentTypeNodePublicId: (node: AnyNode) => node.publicId ?? '',
    getDocumentTypeNodeSystemId: (node: AnyNode) => node.systemId ?? '',
    isTextNode: (node: AnyNode) => node.nodeType === TEXT_NODE,
    isCommentNode: (node: AnyNode) => node.nodeType === COMMENT_NODE,
    isDocumentTypeNode: (node: AnyNode) => node.nodeType === DOCUMENT_TYPE_NODE,
    isElementNode: (node: AnyNode) => node.nodeType === ELEMENT_NODE,
    setNodeSourceCodeLocation() {},
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation() {},
  };
  return adapter;
}
