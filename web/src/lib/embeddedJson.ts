// JSON that the server embeds in a page next to a first view, as <script type="application/json" id="...">: never
// executed, and escaped by the server so that no text in it can end the script element.

/** The parsed JSON of the embedded script with this id, or undefined when there is none or it does not parse. */
export function embeddedJson(doc: Document, elementId: string): unknown {
  const element = doc.getElementById(elementId);
  if (!element || element.tagName !== 'SCRIPT' || element.getAttribute('type') !== 'application/json') return undefined;
  try {
    return JSON.parse(element.textContent ?? '');
  } catch {
    return undefined;
  }
}
